/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.description.ConditionalNodeStyle;
import org.outsidein.diagram.description.DescriptionPackage;
import org.outsidein.diagram.description.NodeStyle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.impl.AbstractNodeMappingImpl#getLimit <em>Limit</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.AbstractNodeMappingImpl#getXExpression <em>XExpression</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.AbstractNodeMappingImpl#getYExpression <em>YExpression</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.AbstractNodeMappingImpl#getPlotScale <em>Plot Scale</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.AbstractNodeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.AbstractNodeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractNodeMappingImpl extends DiagramElementMappingImpl implements AbstractNodeMapping {
	/**
	 * The default value of the '{@link #getLimit() <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimit()
	 * @generated
	 * @ordered
	 */
	protected static final int LIMIT_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getLimit() <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimit()
	 * @generated
	 * @ordered
	 */
	protected int limit = LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getXExpression() <em>XExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String XEXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXExpression() <em>XExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXExpression()
	 * @generated
	 * @ordered
	 */
	protected String xExpression = XEXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getYExpression() <em>YExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String YEXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYExpression() <em>YExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYExpression()
	 * @generated
	 * @ordered
	 */
	protected String yExpression = YEXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlotScale() <em>Plot Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlotScale()
	 * @generated
	 * @ordered
	 */
	protected static final int PLOT_SCALE_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getPlotScale() <em>Plot Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlotScale()
	 * @generated
	 * @ordered
	 */
	protected int plotScale = PLOT_SCALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected NodeStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalNodeStyle> conditionalStyles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractNodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.ABSTRACT_NODE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLimit() {
		return limit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimit(int newLimit) {
		int oldLimit = limit;
		limit = newLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__LIMIT, oldLimit, limit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getXExpression() {
		return xExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXExpression(String newXExpression) {
		String oldXExpression = xExpression;
		xExpression = newXExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION, oldXExpression, xExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getYExpression() {
		return yExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYExpression(String newYExpression) {
		String oldYExpression = yExpression;
		yExpression = newYExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION, oldYExpression, yExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlotScale() {
		return plotScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlotScale(int newPlotScale) {
		int oldPlotScale = plotScale;
		plotScale = newPlotScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__PLOT_SCALE, oldPlotScale, plotScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(NodeStyle newStyle, NotificationChain msgs) {
		NodeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(NodeStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalNodeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalNodeStyle>(ConditionalNodeStyle.class, this, DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LIMIT:
				return getLimit();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION:
				return getXExpression();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION:
				return getYExpression();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__PLOT_SCALE:
				return getPlotScale();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return getStyle();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LIMIT:
				setLimit((Integer)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION:
				setXExpression((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION:
				setYExpression((String)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__PLOT_SCALE:
				setPlotScale((Integer)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalNodeStyle>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LIMIT:
				setLimit(LIMIT_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION:
				setXExpression(XEXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION:
				setYExpression(YEXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__PLOT_SCALE:
				setPlotScale(PLOT_SCALE_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)null);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LIMIT:
				return limit != LIMIT_EDEFAULT;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION:
				return XEXPRESSION_EDEFAULT == null ? xExpression != null : !XEXPRESSION_EDEFAULT.equals(xExpression);
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION:
				return YEXPRESSION_EDEFAULT == null ? yExpression != null : !YEXPRESSION_EDEFAULT.equals(yExpression);
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__PLOT_SCALE:
				return plotScale != PLOT_SCALE_EDEFAULT;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return style != null;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (limit: ");
		result.append(limit);
		result.append(", xExpression: ");
		result.append(xExpression);
		result.append(", yExpression: ");
		result.append(yExpression);
		result.append(", plotScale: ");
		result.append(plotScale);
		result.append(')');
		return result.toString();
	}

} //AbstractNodeMappingImpl
