/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to edges. Relation-based when it has no domain class: one edge from each source to each element the target finder returns. Element-based when it has one: one edge per candidate element, between what the source and target finders return.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeMapping#getFoldAbove <em>Fold Above</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeMapping()
 * @model
 * @generated
 */
public interface EdgeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings whose elements may be sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeMapping_SourceMappings()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings whose elements may be targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeMapping_TargetMappings()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Source Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based: the source element(s) of the edge element (self). Written in the expression language of docs/diagram-descriptions.md.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Finder Expression</em>' attribute.
	 * @see #setSourceFinderExpression(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeMapping_SourceFinderExpression()
	 * @model
	 * @generated
	 */
	String getSourceFinderExpression();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.EdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Finder Expression</em>' attribute.
	 * @see #getSourceFinderExpression()
	 * @generated
	 */
	void setSourceFinderExpression(String value);

	/**
	 * Returns the value of the '<em><b>Target Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relation-based: the targets of the source element (self); element-based: the target element(s) of the edge element (self). Written in the expression language of docs/diagram-descriptions.md.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Finder Expression</em>' attribute.
	 * @see #setTargetFinderExpression(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeMapping_TargetFinderExpression()
	 * @model required="true"
	 * @generated
	 */
	String getTargetFinderExpression();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.EdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Finder Expression</em>' attribute.
	 * @see #getTargetFinderExpression()
	 * @generated
	 */
	void setTargetFinderExpression(String value);

	/**
	 * Returns the value of the '<em><b>Fold Above</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When one source has more than this many edges of this mapping to the nodes inside one container, they are drawn as one edge to the container, labelled with their number, so that a diagram of thousands of memberships stays readable and quick to draw; 0 (the default) never folds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fold Above</em>' attribute.
	 * @see #setFoldAbove(int)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeMapping_FoldAbove()
	 * @model default="0"
	 * @generated
	 */
	int getFoldAbove();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.EdgeMapping#getFoldAbove <em>Fold Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fold Above</em>' attribute.
	 * @see #getFoldAbove()
	 * @generated
	 */
	void setFoldAbove(int value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The style when no conditional style applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyle)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.EdgeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.ConditionalEdgeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Styles with a condition; the first whose condition holds wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalEdgeStyle> getConditionalStyles();

} // EdgeMapping
