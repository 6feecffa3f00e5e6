/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Department</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A department of the organisation.
 * <!-- end-model-doc -->
 *
 *
 * @see org.outsidein.model.OutsideInPackage#getDepartment()
 * @model
 * @generated
 */
public interface Department extends Named {
} // Department
