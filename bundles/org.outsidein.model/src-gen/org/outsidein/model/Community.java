/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Community</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A community of customers: one the organisation runs, or one its customers already belong to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Community#getOwnership <em>Ownership</em>}</li>
 *   <li>{@link org.outsidein.model.Community#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.outsidein.model.Community#getPurposes <em>Purposes</em>}</li>
 *   <li>{@link org.outsidein.model.Community#getMembers <em>Members</em>}</li>
 *   <li>{@link org.outsidein.model.Community#getEmployees <em>Employees</em>}</li>
 *   <li>{@link org.outsidein.model.Community#getIdeas <em>Ideas</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getCommunity()
 * @model
 * @generated
 */
public interface Community extends Named {
	/**
	 * Returns the value of the '<em><b>Ownership</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.CommunityOwnership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the organisation runs the community or joins an existing one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ownership</em>' attribute.
	 * @see org.outsidein.model.CommunityOwnership
	 * @see #setOwnership(CommunityOwnership)
	 * @see org.outsidein.model.OutsideInPackage#getCommunity_Ownership()
	 * @model
	 * @generated
	 */
	CommunityOwnership getOwnership();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Community#getOwnership <em>Ownership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ownership</em>' attribute.
	 * @see org.outsidein.model.CommunityOwnership
	 * @see #getOwnership()
	 * @generated
	 */
	void setOwnership(CommunityOwnership value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.CommunityChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the community meets online, in person, or both.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.outsidein.model.CommunityChannel
	 * @see #setChannel(CommunityChannel)
	 * @see org.outsidein.model.OutsideInPackage#getCommunity_Channel()
	 * @model
	 * @generated
	 */
	CommunityChannel getChannel();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Community#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.outsidein.model.CommunityChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(CommunityChannel value);

	/**
	 * Returns the value of the '<em><b>Purposes</b></em>' attribute list.
	 * The list contents are of type {@link org.outsidein.model.CommunityPurpose}.
	 * The literals are from the enumeration {@link org.outsidein.model.CommunityPurpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the community is used for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purposes</em>' attribute list.
	 * @see org.outsidein.model.CommunityPurpose
	 * @see org.outsidein.model.OutsideInPackage#getCommunity_Purposes()
	 * @model
	 * @generated
	 */
	EList<CommunityPurpose> getPurposes();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customers taking part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getCommunity_Members()
	 * @model
	 * @generated
	 */
	EList<Customer> getMembers();

	/**
	 * Returns the value of the '<em><b>Employees</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Employee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The employees, executives included, taking part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employees</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getCommunity_Employees()
	 * @model
	 * @generated
	 */
	EList<Employee> getEmployees();

	/**
	 * Returns the value of the '<em><b>Ideas</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Idea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ideas that came from the community.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ideas</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getCommunity_Ideas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Idea> getIdeas();

} // Community
