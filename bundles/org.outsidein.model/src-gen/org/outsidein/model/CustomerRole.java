/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role customers play for the organisation, such as Lead Customer or Guide.
 * <!-- end-model-doc -->
 *
 *
 * @see org.outsidein.model.OutsideInPackage#getCustomerRole()
 * @model
 * @generated
 */
public interface CustomerRole extends ActivityContainer {
} // CustomerRole
