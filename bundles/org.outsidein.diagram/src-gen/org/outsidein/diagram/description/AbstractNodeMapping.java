/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to boxes: nodes or containers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.AbstractNodeMapping#getLimit <em>Limit</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.AbstractNodeMapping#getXExpression <em>XExpression</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.AbstractNodeMapping#getYExpression <em>YExpression</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.AbstractNodeMapping#getPlotScale <em>Plot Scale</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.AbstractNodeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getAbstractNodeMapping()
 * @model abstract="true"
 * @generated
 */
public interface AbstractNodeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Limit</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many elements of this mapping in one parent; the rest are shown as one aggregate node, so that a group of 100 000 stays usable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limit</em>' attribute.
	 * @see #setLimit(int)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getAbstractNodeMapping_Limit()
	 * @model default="200"
	 * @generated
	 */
	int getLimit();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.AbstractNodeMapping#getLimit <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' attribute.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(int value);

	/**
	 * Returns the value of the '<em><b>XExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With yExpression: a number placing the element horizontally in its parent (a plot, such as importance against satisfaction) instead of leaving it to the layout; the parent's other children must be placed too. Written in the expression language of docs/diagram-descriptions.md.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>XExpression</em>' attribute.
	 * @see #setXExpression(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getAbstractNodeMapping_XExpression()
	 * @model
	 * @generated
	 */
	String getXExpression();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.AbstractNodeMapping#getXExpression <em>XExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XExpression</em>' attribute.
	 * @see #getXExpression()
	 * @generated
	 */
	void setXExpression(String value);

	/**
	 * Returns the value of the '<em><b>YExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With xExpression: a number placing the element vertically in its parent, larger values higher up. Written in the expression language of docs/diagram-descriptions.md.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>YExpression</em>' attribute.
	 * @see #setYExpression(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getAbstractNodeMapping_YExpression()
	 * @model
	 * @generated
	 */
	String getYExpression();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.AbstractNodeMapping#getYExpression <em>YExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>YExpression</em>' attribute.
	 * @see #getYExpression()
	 * @generated
	 */
	void setYExpression(String value);

	/**
	 * Returns the value of the '<em><b>Plot Scale</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pixels per unit of xExpression and yExpression.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plot Scale</em>' attribute.
	 * @see #setPlotScale(int)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getAbstractNodeMapping_PlotScale()
	 * @model default="60"
	 * @generated
	 */
	int getPlotScale();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.AbstractNodeMapping#getPlotScale <em>Plot Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plot Scale</em>' attribute.
	 * @see #getPlotScale()
	 * @generated
	 */
	void setPlotScale(int value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The style when no conditional style applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getAbstractNodeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.AbstractNodeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.diagram.description.ConditionalNodeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Styles with a condition; the first whose condition holds wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.outsidein.diagram.description.DescriptionPackage#getAbstractNodeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalNodeStyle> getConditionalStyles();

} // AbstractNodeMapping
