/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The organisation practising outside innovation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Organisation#getCustomerBaseSize <em>Customer Base Size</em>}</li>
 *   <li>{@link org.outsidein.model.Organisation#getHeadcount <em>Headcount</em>}</li>
 *   <li>{@link org.outsidein.model.Organisation#getDepartments <em>Departments</em>}</li>
 *   <li>{@link org.outsidein.model.Organisation#getEmployees <em>Employees</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Named {
	/**
	 * Returns the value of the '<em><b>Customer Base Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many customers the organisation has in all. The model lists only some of them; the share of customers active in a role is measured against this number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Base Size</em>' attribute.
	 * @see #setCustomerBaseSize(int)
	 * @see org.outsidein.model.OutsideInPackage#getOrganisation_CustomerBaseSize()
	 * @model
	 * @generated
	 */
	int getCustomerBaseSize();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Organisation#getCustomerBaseSize <em>Customer Base Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Base Size</em>' attribute.
	 * @see #getCustomerBaseSize()
	 * @generated
	 */
	void setCustomerBaseSize(int value);

	/**
	 * Returns the value of the '<em><b>Headcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many people the organisation employs in all. The share of employees engaging customers is measured against this number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Headcount</em>' attribute.
	 * @see #setHeadcount(int)
	 * @see org.outsidein.model.OutsideInPackage#getOrganisation_Headcount()
	 * @model
	 * @generated
	 */
	int getHeadcount();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Organisation#getHeadcount <em>Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Headcount</em>' attribute.
	 * @see #getHeadcount()
	 * @generated
	 */
	void setHeadcount(int value);

	/**
	 * Returns the value of the '<em><b>Departments</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Department}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation's departments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Departments</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOrganisation_Departments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Department> getDepartments();

	/**
	 * Returns the value of the '<em><b>Employees</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Employee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The employees that matter to the model: those who interact with or monitor customers, take part in communities or own next steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employees</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOrganisation_Employees()
	 * @model containment="true"
	 * @generated
	 */
	EList<Employee> getEmployees();

} // Organisation
