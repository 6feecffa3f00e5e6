/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Edge Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Connects two elements. Variables: source, target (the elements of the two nodes), diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.CreateEdgeTool#getMapping <em>Mapping</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getCreateEdgeTool()
 * @model
 * @generated
 */
public interface CreateEdgeTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edge mapping the new connection is meant to appear in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(EdgeMapping)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getCreateEdgeTool_Mapping()
	 * @model required="true"
	 * @generated
	 */
	EdgeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.CreateEdgeTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(EdgeMapping value);

} // CreateEdgeTool
