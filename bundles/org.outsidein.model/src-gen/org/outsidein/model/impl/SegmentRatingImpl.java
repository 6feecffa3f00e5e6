/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.Segment;
import org.outsidein.model.SegmentRating;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Rating</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.SegmentRatingImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.outsidein.model.impl.SegmentRatingImpl#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.outsidein.model.impl.SegmentRatingImpl#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.outsidein.model.impl.SegmentRatingImpl#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link org.outsidein.model.impl.SegmentRatingImpl#getOpportunity <em>Opportunity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentRatingImpl extends IdentifiedImpl implements SegmentRating {
	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected Segment segment;

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
	 * The default value of the '{@link #getOpportunity() <em>Opportunity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunity()
	 * @generated
	 * @ordered
	 */
	protected static final Double OPPORTUNITY_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentRatingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.SEGMENT_RATING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (Segment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OutsideInPackage.SEGMENT_RATING__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(Segment newSegment) {
		Segment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SEGMENT_RATING__SEGMENT, oldSegment, segment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SEGMENT_RATING__IMPORTANCE, oldImportance, importance));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SEGMENT_RATING__SATISFACTION, oldSatisfaction, satisfaction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SEGMENT_RATING__RESPONDENTS, oldRespondents, respondents));
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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OutsideInPackage.SEGMENT_RATING__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case OutsideInPackage.SEGMENT_RATING__IMPORTANCE:
				return getImportance();
			case OutsideInPackage.SEGMENT_RATING__SATISFACTION:
				return getSatisfaction();
			case OutsideInPackage.SEGMENT_RATING__RESPONDENTS:
				return getRespondents();
			case OutsideInPackage.SEGMENT_RATING__OPPORTUNITY:
				return getOpportunity();
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
			case OutsideInPackage.SEGMENT_RATING__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case OutsideInPackage.SEGMENT_RATING__IMPORTANCE:
				setImportance((Double)newValue);
				return;
			case OutsideInPackage.SEGMENT_RATING__SATISFACTION:
				setSatisfaction((Double)newValue);
				return;
			case OutsideInPackage.SEGMENT_RATING__RESPONDENTS:
				setRespondents((Integer)newValue);
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
			case OutsideInPackage.SEGMENT_RATING__SEGMENT:
				setSegment((Segment)null);
				return;
			case OutsideInPackage.SEGMENT_RATING__IMPORTANCE:
				setImportance(IMPORTANCE_EDEFAULT);
				return;
			case OutsideInPackage.SEGMENT_RATING__SATISFACTION:
				setSatisfaction(SATISFACTION_EDEFAULT);
				return;
			case OutsideInPackage.SEGMENT_RATING__RESPONDENTS:
				setRespondents(RESPONDENTS_EDEFAULT);
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
			case OutsideInPackage.SEGMENT_RATING__SEGMENT:
				return segment != null;
			case OutsideInPackage.SEGMENT_RATING__IMPORTANCE:
				return IMPORTANCE_EDEFAULT == null ? importance != null : !IMPORTANCE_EDEFAULT.equals(importance);
			case OutsideInPackage.SEGMENT_RATING__SATISFACTION:
				return SATISFACTION_EDEFAULT == null ? satisfaction != null : !SATISFACTION_EDEFAULT.equals(satisfaction);
			case OutsideInPackage.SEGMENT_RATING__RESPONDENTS:
				return RESPONDENTS_EDEFAULT == null ? respondents != null : !RESPONDENTS_EDEFAULT.equals(respondents);
			case OutsideInPackage.SEGMENT_RATING__OPPORTUNITY:
				return OPPORTUNITY_EDEFAULT == null ? getOpportunity() != null : !OPPORTUNITY_EDEFAULT.equals(getOpportunity());
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

} //SegmentRatingImpl
