/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to containers, which hold nodes and containers of their own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends AbstractNodeMapping {
	/**
	 * Returns the value of the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings of what the container holds, evaluated with self = the container's element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Node Mappings</em>' containment reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getContainerMapping_SubNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getSubNodeMappings();

} // ContainerMapping
