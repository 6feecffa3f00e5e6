/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Node Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates an element shown by a node mapping. Variables: container (the element of the container or diagram clicked), diagram.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.CreateNodeTool#getMapping <em>Mapping</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getCreateNodeTool()
 * @model
 * @generated
 */
public interface CreateNodeTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mapping the new element is meant to appear in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(AbstractNodeMapping)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getCreateNodeTool_Mapping()
	 * @model required="true"
	 * @generated
	 */
	AbstractNodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.CreateNodeTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(AbstractNodeMapping value);

} // CreateNodeTool
