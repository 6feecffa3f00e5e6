/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of mappings and tools that can be shown or hidden together.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.Layer#getName <em>Name</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.Layer#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.Layer#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.Layer#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the layer, unique in its description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getLayer_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.Layer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nodes and containers at the top level of the diagram.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getLayer_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getLayer_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tools of the palette.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getLayer_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

} // Layer
