/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a node or container looks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.NodeStyle#getShape <em>Shape</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.NodeStyle#getColor <em>Color</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.NodeStyle#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.NodeStyle#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.NodeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.NodeStyle#getHeight <em>Height</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.NodeStyle#getIcon <em>Icon</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.NodeStyle#isBold <em>Bold</em>}</li>
 * </ul>
 *
 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle()
 * @model
 * @generated
 */
public interface NodeStyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.diagram.description.NodeShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.outsidein.diagram.description.NodeShape
	 * @see #setShape(NodeShape)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle_Shape()
	 * @model
	 * @generated
	 */
	NodeShape getShape();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.outsidein.diagram.description.NodeShape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(NodeShape value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * The default value is <code>"#ffffff"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fill, as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle_Color()
	 * @model default="#ffffff"
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.NodeStyle#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * The default value is <code>"#555555"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outline colour, as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle_BorderColor()
	 * @model default="#555555"
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.NodeStyle#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Label Color</b></em>' attribute.
	 * The default value is <code>"#222222"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text colour, as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Color</em>' attribute.
	 * @see #setLabelColor(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle_LabelColor()
	 * @model default="#222222"
	 * @generated
	 */
	String getLabelColor();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.NodeStyle#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Color</em>' attribute.
	 * @see #getLabelColor()
	 * @generated
	 */
	void setLabelColor(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The width in pixels a node starts from (containers grow to fit their children).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle_Width()
	 * @model default="120"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.NodeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"40"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The height in pixels a node starts from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle_Height()
	 * @model default="40"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.NodeStyle#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An icon path, relative to the bundle or file of the description; empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Icon</em>' attribute.
	 * @see #setIcon(String)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle_Icon()
	 * @model
	 * @generated
	 */
	String getIcon();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.NodeStyle#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon</em>' attribute.
	 * @see #getIcon()
	 * @generated
	 */
	void setIcon(String value);

	/**
	 * Returns the value of the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the label is bold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bold</em>' attribute.
	 * @see #setBold(boolean)
	 * @see org.outsidein.diagram.description.DescriptionPackage#getNodeStyle_Bold()
	 * @model
	 * @generated
	 */
	boolean isBold();

	/**
	 * Sets the value of the '{@link org.outsidein.diagram.description.NodeStyle#isBold <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bold</em>' attribute.
	 * @see #isBold()
	 * @generated
	 */
	void setBold(boolean value);

} // NodeStyle
