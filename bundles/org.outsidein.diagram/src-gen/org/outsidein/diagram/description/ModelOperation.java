/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One change to the model. Operations run in the context of an element (self); some open a new context for their sub-operations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.ModelOperation#getSubOperations <em>Sub Operations</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getModelOperation()
 * @model abstract="true"
 * @generated
 */
public interface ModelOperation extends EObject {
	/**
	 * Returns the value of the '<em><b>Sub Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run after this operation, in its result's context.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Operations</em>' containment reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getModelOperation_SubOperations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getSubOperations();

} // ModelOperation
