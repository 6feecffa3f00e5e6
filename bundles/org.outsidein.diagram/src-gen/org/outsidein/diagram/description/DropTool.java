/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drop Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Drops an element of one mapping onto a container. Variables: element (the dropped element), oldContainer and newContainer (the elements of the parents), diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.DropTool#getDragged <em>Dragged</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.DropTool#getInto <em>Into</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getDropTool()
 * @model
 * @generated
 */
public interface DropTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Dragged</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings whose elements may be dropped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dragged</em>' reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getDropTool_Dragged()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getDragged();

	/**
	 * Returns the value of the '<em><b>Into</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The containers they may be dropped onto; empty for the diagram itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Into</em>' reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getDropTool_Into()
	 * @model
	 * @generated
	 */
	EList<AbstractNodeMapping> getInto();

} // DropTool
