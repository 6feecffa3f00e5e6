/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.ScenarioStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.ScenarioStepImpl#getPainPoint <em>Pain Point</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioStepImpl extends NamedImpl implements ScenarioStep {
	/**
	 * The default value of the '{@link #getPainPoint() <em>Pain Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoint()
	 * @generated
	 * @ordered
	 */
	protected static final String PAIN_POINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPainPoint() <em>Pain Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoint()
	 * @generated
	 * @ordered
	 */
	protected String painPoint = PAIN_POINT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.SCENARIO_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPainPoint() {
		return painPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPainPoint(String newPainPoint) {
		String oldPainPoint = painPoint;
		painPoint = newPainPoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCENARIO_STEP__PAIN_POINT, oldPainPoint, painPoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OutsideInPackage.SCENARIO_STEP__PAIN_POINT:
				return getPainPoint();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OutsideInPackage.SCENARIO_STEP__PAIN_POINT:
				setPainPoint((String)newValue);
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
			case OutsideInPackage.SCENARIO_STEP__PAIN_POINT:
				setPainPoint(PAIN_POINT_EDEFAULT);
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
			case OutsideInPackage.SCENARIO_STEP__PAIN_POINT:
				return PAIN_POINT_EDEFAULT == null ? painPoint != null : !PAIN_POINT_EDEFAULT.equals(painPoint);
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
		result.append(" (painPoint: ");
		result.append(painPoint);
		result.append(')');
		return result.toString();
	}

} //ScenarioStepImpl
