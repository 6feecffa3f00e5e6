/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A method, behaviour or programme an organisation can practise.
 * <!-- end-model-doc -->
 *
 *
 * @see org.outsidein.model.OutsideInPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends Named {
} // Activity
