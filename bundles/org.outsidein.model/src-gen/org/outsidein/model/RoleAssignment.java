/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


import javax.xml.datatype.XMLGregorianCalendar;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer playing one role for the organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.RoleAssignment#getRole <em>Role</em>}</li>
 *   <li>{@link org.outsidein.model.RoleAssignment#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.outsidein.model.RoleAssignment#getSince <em>Since</em>}</li>
 *   <li>{@link org.outsidein.model.RoleAssignment#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.outsidein.model.RoleAssignment#getInteractingEmployees <em>Interacting Employees</em>}</li>
 *   <li>{@link org.outsidein.model.RoleAssignment#getMonitoringEmployees <em>Monitoring Employees</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getRoleAssignment()
 * @model
 * @generated
 */
public interface RoleAssignment extends Identified {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role played.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(CustomerRole)
	 * @see org.outsidein.model.OutsideInPackage#getRoleAssignment_Role()
	 * @model required="true"
	 * @generated
	 */
	CustomerRole getRole();

	/**
	 * Sets the value of the '{@link org.outsidein.model.RoleAssignment#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(CustomerRole value);

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.RelationshipDepth}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How deep the relationship with this customer in this role is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see org.outsidein.model.RelationshipDepth
	 * @see #setDepth(RelationshipDepth)
	 * @see org.outsidein.model.OutsideInPackage#getRoleAssignment_Depth()
	 * @model
	 * @generated
	 */
	RelationshipDepth getDepth();

	/**
	 * Sets the value of the '{@link org.outsidein.model.RoleAssignment#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see org.outsidein.model.RelationshipDepth
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(RelationshipDepth value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Since when the customer has played this role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(XMLGregorianCalendar)
	 * @see org.outsidein.model.OutsideInPackage#getRoleAssignment_Since()
	 * @model dataType="org.outsidein.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getSince();

	/**
	 * Sets the value of the '{@link org.outsidein.model.RoleAssignment#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcomes this customer cares about in this role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getRoleAssignment_Outcomes()
	 * @model
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Interacting Employees</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Employee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employees who interact with this customer in this role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interacting Employees</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getRoleAssignment_InteractingEmployees()
	 * @model
	 * @generated
	 */
	EList<Employee> getInteractingEmployees();

	/**
	 * Returns the value of the '<em><b>Monitoring Employees</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Employee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employees who monitor this customer in this role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Monitoring Employees</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getRoleAssignment_MonitoringEmployees()
	 * @model
	 * @generated
	 */
	EList<Employee> getMonitoringEmployees();

} // RoleAssignment
