/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Externally Identified</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element that mirrors a record kept in another system, such as a customer in a CRM or an employee in an HR system. The other system's id lets a repeated import update the element instead of adding it again.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.ExternallyIdentified#getExternalId <em>External Id</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getExternallyIdentified()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface ExternallyIdentified extends Identified {
	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the matching record in the system it was imported from (a CRM account number, an HR staff number). Empty for elements entered by hand. Unlike id, it belongs to the other system and may change there.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see org.outsidein.model.OutsideInPackage#getExternallyIdentified_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link org.outsidein.model.ExternallyIdentified#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

} // ExternallyIdentified
