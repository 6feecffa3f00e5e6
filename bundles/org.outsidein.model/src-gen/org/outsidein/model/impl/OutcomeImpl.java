/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.SegmentRating;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outcome</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.OutcomeImpl#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutcomeImpl#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutcomeImpl#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutcomeImpl#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutcomeImpl#getSegmentRatings <em>Segment Ratings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutcomeImpl extends NamedImpl implements Outcome {
	/**
	 * The default value of the '{@link #getImportance() <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportance()
	 * @generated
	 * @ordered
	 */
	protected static final Double IMPORTANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportance() <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportance()
	 * @generated
	 * @ordered
	 */
	protected Double importance = IMPORTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSatisfaction() <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected static final Double SATISFACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSatisfaction() <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected Double satisfaction = SATISFACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpportunity() <em>Opportunity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunity()
	 * @generated
	 * @ordered
	 */
	protected static final Double OPPORTUNITY_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRespondents() <em>Respondents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondents()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RESPONDENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondents() <em>Respondents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondents()
	 * @generated
	 * @ordered
	 */
	protected Integer respondents = RESPONDENTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegmentRatings() <em>Segment Ratings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentRatings()
	 * @generated
	 * @ordered
	 */
	protected EList<SegmentRating> segmentRatings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutcomeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.OUTCOME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getImportance() {
		return importance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportance(Double newImportance) {
		Double oldImportance = importance;
		importance = newImportance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.OUTCOME__IMPORTANCE, oldImportance, importance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getSatisfaction() {
		return satisfaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfaction(Double newSatisfaction) {
		Double oldSatisfaction = satisfaction;
		satisfaction = newSatisfaction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.OUTCOME__SATISFACTION, oldSatisfaction, satisfaction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getOpportunity() {
		return org.outsidein.model.util.OpportunityScore.of(getImportance(), getSatisfaction());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRespondents() {
		return respondents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondents(Integer newRespondents) {
		Integer oldRespondents = respondents;
		respondents = newRespondents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.OUTCOME__RESPONDENTS, oldRespondents, respondents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SegmentRating> getSegmentRatings() {
		if (segmentRatings == null) {
			segmentRatings = new EObjectContainmentEList<SegmentRating>(SegmentRating.class, this, OutsideInPackage.OUTCOME__SEGMENT_RATINGS);
		}
		return segmentRatings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.OUTCOME__SEGMENT_RATINGS:
				return ((InternalEList<?>)getSegmentRatings()).basicRemove(otherEnd, msgs);
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
			case OutsideInPackage.OUTCOME__IMPORTANCE:
				return getImportance();
			case OutsideInPackage.OUTCOME__SATISFACTION:
				return getSatisfaction();
			case OutsideInPackage.OUTCOME__OPPORTUNITY:
				return getOpportunity();
			case OutsideInPackage.OUTCOME__RESPONDENTS:
				return getRespondents();
			case OutsideInPackage.OUTCOME__SEGMENT_RATINGS:
				return getSegmentRatings();
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
			case OutsideInPackage.OUTCOME__IMPORTANCE:
				setImportance((Double)newValue);
				return;
			case OutsideInPackage.OUTCOME__SATISFACTION:
				setSatisfaction((Double)newValue);
				return;
			case OutsideInPackage.OUTCOME__RESPONDENTS:
				setRespondents((Integer)newValue);
				return;
			case OutsideInPackage.OUTCOME__SEGMENT_RATINGS:
				getSegmentRatings().clear();
				getSegmentRatings().addAll((Collection<? extends SegmentRating>)newValue);
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
			case OutsideInPackage.OUTCOME__IMPORTANCE:
				setImportance(IMPORTANCE_EDEFAULT);
				return;
			case OutsideInPackage.OUTCOME__SATISFACTION:
				setSatisfaction(SATISFACTION_EDEFAULT);
				return;
			case OutsideInPackage.OUTCOME__RESPONDENTS:
				setRespondents(RESPONDENTS_EDEFAULT);
				return;
			case OutsideInPackage.OUTCOME__SEGMENT_RATINGS:
				getSegmentRatings().clear();
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
			case OutsideInPackage.OUTCOME__IMPORTANCE:
				return IMPORTANCE_EDEFAULT == null ? importance != null : !IMPORTANCE_EDEFAULT.equals(importance);
			case OutsideInPackage.OUTCOME__SATISFACTION:
				return SATISFACTION_EDEFAULT == null ? satisfaction != null : !SATISFACTION_EDEFAULT.equals(satisfaction);
			case OutsideInPackage.OUTCOME__OPPORTUNITY:
				return OPPORTUNITY_EDEFAULT == null ? getOpportunity() != null : !OPPORTUNITY_EDEFAULT.equals(getOpportunity());
			case OutsideInPackage.OUTCOME__RESPONDENTS:
				return RESPONDENTS_EDEFAULT == null ? respondents != null : !RESPONDENTS_EDEFAULT.equals(respondents);
			case OutsideInPackage.OUTCOME__SEGMENT_RATINGS:
				return segmentRatings != null && !segmentRatings.isEmpty();
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
		result.append(" (importance: ");
		result.append(importance);
		result.append(", satisfaction: ");
		result.append(satisfaction);
		result.append(", respondents: ");
		result.append(respondents);
		result.append(')');
		return result.toString();
	}

} //OutcomeImpl
