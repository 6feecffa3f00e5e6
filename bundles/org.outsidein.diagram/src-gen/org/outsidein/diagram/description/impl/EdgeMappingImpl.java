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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.description.ConditionalEdgeStyle;
import org.outsidein.diagram.description.DescriptionPackage;
import org.outsidein.diagram.description.EdgeMapping;
import org.outsidein.diagram.description.EdgeStyle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.impl.EdgeMappingImpl#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.EdgeMappingImpl#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.EdgeMappingImpl#getSourceFinderExpression <em>Source Finder Expression</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.EdgeMappingImpl#getTargetFinderExpression <em>Target Finder Expression</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.EdgeMappingImpl#getFoldAbove <em>Fold Above</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.EdgeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.EdgeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeMappingImpl extends DiagramElementMappingImpl implements EdgeMapping {
	/**
	 * The cached value of the '{@link #getSourceMappings() <em>Source Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> sourceMappings;

	/**
	 * The cached value of the '{@link #getTargetMappings() <em>Target Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> targetMappings;

	/**
	 * The default value of the '{@link #getSourceFinderExpression() <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FINDER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFinderExpression() <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected String sourceFinderExpression = SOURCE_FINDER_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetFinderExpression() <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_FINDER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetFinderExpression() <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected String targetFinderExpression = TARGET_FINDER_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFoldAbove() <em>Fold Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoldAbove()
	 * @generated
	 * @ordered
	 */
	protected static final int FOLD_ABOVE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFoldAbove() <em>Fold Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoldAbove()
	 * @generated
	 * @ordered
	 */
	protected int foldAbove = FOLD_ABOVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected EdgeStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalEdgeStyle> conditionalStyles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.EDGE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getSourceMappings() {
		if (sourceMappings == null) {
			sourceMappings = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS);
		}
		return sourceMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getTargetMappings() {
		if (targetMappings == null) {
			targetMappings = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS);
		}
		return targetMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFinderExpression() {
		return sourceFinderExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFinderExpression(String newSourceFinderExpression) {
		String oldSourceFinderExpression = sourceFinderExpression;
		sourceFinderExpression = newSourceFinderExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION, oldSourceFinderExpression, sourceFinderExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetFinderExpression() {
		return targetFinderExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFinderExpression(String newTargetFinderExpression) {
		String oldTargetFinderExpression = targetFinderExpression;
		targetFinderExpression = newTargetFinderExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION, oldTargetFinderExpression, targetFinderExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFoldAbove() {
		return foldAbove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoldAbove(int newFoldAbove) {
		int oldFoldAbove = foldAbove;
		foldAbove = newFoldAbove;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__FOLD_ABOVE, oldFoldAbove, foldAbove));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(EdgeStyle newStyle, NotificationChain msgs) {
		EdgeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__STYLE, oldStyle, newStyle);
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
	public void setStyle(EdgeStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalEdgeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalEdgeStyle>(ConditionalEdgeStyle.class, this, DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES);
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
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return getSourceMappings();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return getTargetMappings();
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				return getSourceFinderExpression();
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				return getTargetFinderExpression();
			case DescriptionPackage.EDGE_MAPPING__FOLD_ABOVE:
				return getFoldAbove();
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return getStyle();
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				getSourceMappings().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				getTargetMappings().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				setSourceFinderExpression((String)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				setTargetFinderExpression((String)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__FOLD_ABOVE:
				setFoldAbove((Integer)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyle)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalEdgeStyle>)newValue);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				setSourceFinderExpression(SOURCE_FINDER_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				setTargetFinderExpression(TARGET_FINDER_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__FOLD_ABOVE:
				setFoldAbove(FOLD_ABOVE_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyle)null);
				return;
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return sourceMappings != null && !sourceMappings.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return targetMappings != null && !targetMappings.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				return SOURCE_FINDER_EXPRESSION_EDEFAULT == null ? sourceFinderExpression != null : !SOURCE_FINDER_EXPRESSION_EDEFAULT.equals(sourceFinderExpression);
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				return TARGET_FINDER_EXPRESSION_EDEFAULT == null ? targetFinderExpression != null : !TARGET_FINDER_EXPRESSION_EDEFAULT.equals(targetFinderExpression);
			case DescriptionPackage.EDGE_MAPPING__FOLD_ABOVE:
				return foldAbove != FOLD_ABOVE_EDEFAULT;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return style != null;
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
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
		result.append(" (sourceFinderExpression: ");
		result.append(sourceFinderExpression);
		result.append(", targetFinderExpression: ");
		result.append(targetFinderExpression);
		result.append(", foldAbove: ");
		result.append(foldAbove);
		result.append(')');
		return result.toString();
	}

} //EdgeMappingImpl
