/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delete Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Deletes what an element of the mappings stands for. Variables: self (the element), container (the element of its parent), diagram. Without operations, the element itself is deleted.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.DeleteTool#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getDeleteTool()
 * @model
 * @generated
 */
public interface DeleteTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings whose elements it deletes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getDeleteTool_Mappings()
	 * @model required="true"
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

} // DeleteTool
