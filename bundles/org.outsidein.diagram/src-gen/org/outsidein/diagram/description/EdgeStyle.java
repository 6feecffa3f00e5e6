/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an edge looks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.EdgeStyle#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeStyle#getColor <em>Color</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.EdgeStyle#isTargetArrow <em>Target Arrow</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeStyle()
 * @model
 * @generated
 */
public interface EdgeStyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.diagram.description.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Solid, dashed or dotted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.outsidein.diagram.description.LineStyle
	 * @see #setLineStyle(LineStyle)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeStyle_LineStyle()
	 * @model
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.EdgeStyle#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.outsidein.diagram.description.LineStyle
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * The default value is <code>"#555555"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line colour, as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeStyle_Color()
	 * @model default="#555555"
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.EdgeStyle#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line width in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeStyle_Width()
	 * @model default="1"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.EdgeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Target Arrow</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an arrow head marks the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Arrow</em>' attribute.
	 * @see #setTargetArrow(boolean)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getEdgeStyle_TargetArrow()
	 * @model default="true"
	 * @generated
	 */
	boolean isTargetArrow();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.EdgeStyle#isTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Arrow</em>' attribute.
	 * @see #isTargetArrow()
	 * @generated
	 */
	void setTargetArrow(boolean value);

} // EdgeStyle
