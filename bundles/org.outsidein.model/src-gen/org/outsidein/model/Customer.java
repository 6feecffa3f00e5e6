/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person or an organisation in the ecosystem. Lead users may not be customers at all.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Customer#getKind <em>Kind</em>}</li>
 *   <li>{@link org.outsidein.model.Customer#getGroupSize <em>Group Size</em>}</li>
 *   <li>{@link org.outsidein.model.Customer#isCurrentCustomer <em>Current Customer</em>}</li>
 *   <li>{@link org.outsidein.model.Customer#isLeadUser <em>Lead User</em>}</li>
 *   <li>{@link org.outsidein.model.Customer#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.outsidein.model.Customer#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.outsidein.model.Customer#getInventions <em>Inventions</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getCustomer()
 * @model
 * @generated
 */
public interface Customer extends Named, ExternallyIdentified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.CustomerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is an individual, an organisation, or a group of customers modelled as one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.outsidein.model.CustomerKind
	 * @see #setKind(CustomerKind)
	 * @see org.outsidein.model.OutsideInPackage#getCustomer_Kind()
	 * @model
	 * @generated
	 */
	CustomerKind getKind();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Customer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.outsidein.model.CustomerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CustomerKind value);

	/**
	 * Returns the value of the '<em><b>Group Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a group: how many customers it stands for (say, the 400 regulars of a forum). Individuals and organisations count as one customer each.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Size</em>' attribute.
	 * @see #setGroupSize(int)
	 * @see org.outsidein.model.OutsideInPackage#getCustomer_GroupSize()
	 * @model
	 * @generated
	 */
	int getGroupSize();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Customer#getGroupSize <em>Group Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Size</em>' attribute.
	 * @see #getGroupSize()
	 * @generated
	 */
	void setGroupSize(int value);

	/**
	 * Returns the value of the '<em><b>Current Customer</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is a current customer of the organisation. Lead users are often not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Customer</em>' attribute.
	 * @see #setCurrentCustomer(boolean)
	 * @see org.outsidein.model.OutsideInPackage#getCustomer_CurrentCustomer()
	 * @model default="true"
	 * @generated
	 */
	boolean isCurrentCustomer();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Customer#isCurrentCustomer <em>Current Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Customer</em>' attribute.
	 * @see #isCurrentCustomer()
	 * @generated
	 */
	void setCurrentCustomer(boolean value);

	/**
	 * Returns the value of the '<em><b>Lead User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is a lead user: passionate about getting something done, already improvising new ways to do it, and usually willing to share them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead User</em>' attribute.
	 * @see #setLeadUser(boolean)
	 * @see org.outsidein.model.OutsideInPackage#getCustomer_LeadUser()
	 * @model
	 * @generated
	 */
	boolean isLeadUser();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Customer#isLeadUser <em>Lead User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead User</em>' attribute.
	 * @see #isLeadUser()
	 * @generated
	 */
	void setLeadUser(boolean value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment this customer belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.outsidein.model.OutsideInPackage#getCustomer_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Customer#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.RoleAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roles this customer plays for the organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getCustomer_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoleAssignment> getRoles();

	/**
	 * Returns the value of the '<em><b>Inventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Invention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What this customer improvised to get something done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inventions</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getCustomer_Inventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Invention> getInventions();

} // Customer
