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

import org.outsidein.model.MaturityLevel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.Scoring;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getCustomerShareRule <em>Customer Share Rule</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getEmployeeShareRule <em>Employee Share Rule</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getWeCanPoints <em>We Can Points</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getWeWillPoints <em>We Will Points</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getWeShouldPoints <em>We Should Points</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getPracticeWeight <em>Practice Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getEvidenceWeight <em>Evidence Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getEvidenceInFull <em>Evidence In Full</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getFewestSurveyAnswers <em>Fewest Survey Answers</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getStepsWeight <em>Steps Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getRolesWeight <em>Roles Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getEngagementWeight <em>Engagement Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getCustomerRuleWeight <em>Customer Rule Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getEmployeeRuleWeight <em>Employee Rule Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getDepartmentsWeight <em>Departments Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getRolesPlayedWeight <em>Roles Played Weight</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScoringImpl#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringImpl extends IdentifiedImpl implements Scoring {
	/**
	 * The default value of the '{@link #getCustomerShareRule() <em>Customer Share Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerShareRule()
	 * @generated
	 * @ordered
	 */
	protected static final double CUSTOMER_SHARE_RULE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCustomerShareRule() <em>Customer Share Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerShareRule()
	 * @generated
	 * @ordered
	 */
	protected double customerShareRule = CUSTOMER_SHARE_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmployeeShareRule() <em>Employee Share Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployeeShareRule()
	 * @generated
	 * @ordered
	 */
	protected static final double EMPLOYEE_SHARE_RULE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEmployeeShareRule() <em>Employee Share Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployeeShareRule()
	 * @generated
	 * @ordered
	 */
	protected double employeeShareRule = EMPLOYEE_SHARE_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeCanPoints() <em>We Can Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeCanPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double WE_CAN_POINTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeCanPoints() <em>We Can Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeCanPoints()
	 * @generated
	 * @ordered
	 */
	protected double weCanPoints = WE_CAN_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeWillPoints() <em>We Will Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeWillPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double WE_WILL_POINTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeWillPoints() <em>We Will Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeWillPoints()
	 * @generated
	 * @ordered
	 */
	protected double weWillPoints = WE_WILL_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeShouldPoints() <em>We Should Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeShouldPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double WE_SHOULD_POINTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeShouldPoints() <em>We Should Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeShouldPoints()
	 * @generated
	 * @ordered
	 */
	protected double weShouldPoints = WE_SHOULD_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPracticeWeight() <em>Practice Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPracticeWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double PRACTICE_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPracticeWeight() <em>Practice Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPracticeWeight()
	 * @generated
	 * @ordered
	 */
	protected double practiceWeight = PRACTICE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceWeight() <em>Evidence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double EVIDENCE_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEvidenceWeight() <em>Evidence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceWeight()
	 * @generated
	 * @ordered
	 */
	protected double evidenceWeight = EVIDENCE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceInFull() <em>Evidence In Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceInFull()
	 * @generated
	 * @ordered
	 */
	protected static final int EVIDENCE_IN_FULL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEvidenceInFull() <em>Evidence In Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceInFull()
	 * @generated
	 * @ordered
	 */
	protected int evidenceInFull = EVIDENCE_IN_FULL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFewestSurveyAnswers() <em>Fewest Survey Answers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFewestSurveyAnswers()
	 * @generated
	 * @ordered
	 */
	protected static final int FEWEST_SURVEY_ANSWERS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getFewestSurveyAnswers() <em>Fewest Survey Answers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFewestSurveyAnswers()
	 * @generated
	 * @ordered
	 */
	protected int fewestSurveyAnswers = FEWEST_SURVEY_ANSWERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepsWeight() <em>Steps Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double STEPS_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStepsWeight() <em>Steps Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsWeight()
	 * @generated
	 * @ordered
	 */
	protected double stepsWeight = STEPS_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRolesWeight() <em>Roles Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRolesWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double ROLES_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRolesWeight() <em>Roles Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRolesWeight()
	 * @generated
	 * @ordered
	 */
	protected double rolesWeight = ROLES_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngagementWeight() <em>Engagement Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngagementWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double ENGAGEMENT_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEngagementWeight() <em>Engagement Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngagementWeight()
	 * @generated
	 * @ordered
	 */
	protected double engagementWeight = ENGAGEMENT_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerRuleWeight() <em>Customer Rule Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerRuleWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double CUSTOMER_RULE_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCustomerRuleWeight() <em>Customer Rule Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerRuleWeight()
	 * @generated
	 * @ordered
	 */
	protected double customerRuleWeight = CUSTOMER_RULE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmployeeRuleWeight() <em>Employee Rule Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployeeRuleWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double EMPLOYEE_RULE_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEmployeeRuleWeight() <em>Employee Rule Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployeeRuleWeight()
	 * @generated
	 * @ordered
	 */
	protected double employeeRuleWeight = EMPLOYEE_RULE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartmentsWeight() <em>Departments Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentsWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double DEPARTMENTS_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDepartmentsWeight() <em>Departments Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentsWeight()
	 * @generated
	 * @ordered
	 */
	protected double departmentsWeight = DEPARTMENTS_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRolesPlayedWeight() <em>Roles Played Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRolesPlayedWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double ROLES_PLAYED_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRolesPlayedWeight() <em>Roles Played Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRolesPlayedWeight()
	 * @generated
	 * @ordered
	 */
	protected double rolesPlayedWeight = ROLES_PLAYED_WEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLevels() <em>Levels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<MaturityLevel> levels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.SCORING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCustomerShareRule() {
		return customerShareRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerShareRule(double newCustomerShareRule) {
		double oldCustomerShareRule = customerShareRule;
		customerShareRule = newCustomerShareRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__CUSTOMER_SHARE_RULE, oldCustomerShareRule, customerShareRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEmployeeShareRule() {
		return employeeShareRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployeeShareRule(double newEmployeeShareRule) {
		double oldEmployeeShareRule = employeeShareRule;
		employeeShareRule = newEmployeeShareRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__EMPLOYEE_SHARE_RULE, oldEmployeeShareRule, employeeShareRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeCanPoints() {
		return weCanPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeCanPoints(double newWeCanPoints) {
		double oldWeCanPoints = weCanPoints;
		weCanPoints = newWeCanPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__WE_CAN_POINTS, oldWeCanPoints, weCanPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeWillPoints() {
		return weWillPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeWillPoints(double newWeWillPoints) {
		double oldWeWillPoints = weWillPoints;
		weWillPoints = newWeWillPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__WE_WILL_POINTS, oldWeWillPoints, weWillPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeShouldPoints() {
		return weShouldPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeShouldPoints(double newWeShouldPoints) {
		double oldWeShouldPoints = weShouldPoints;
		weShouldPoints = newWeShouldPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__WE_SHOULD_POINTS, oldWeShouldPoints, weShouldPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPracticeWeight() {
		return practiceWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPracticeWeight(double newPracticeWeight) {
		double oldPracticeWeight = practiceWeight;
		practiceWeight = newPracticeWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__PRACTICE_WEIGHT, oldPracticeWeight, practiceWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEvidenceWeight() {
		return evidenceWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceWeight(double newEvidenceWeight) {
		double oldEvidenceWeight = evidenceWeight;
		evidenceWeight = newEvidenceWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__EVIDENCE_WEIGHT, oldEvidenceWeight, evidenceWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEvidenceInFull() {
		return evidenceInFull;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceInFull(int newEvidenceInFull) {
		int oldEvidenceInFull = evidenceInFull;
		evidenceInFull = newEvidenceInFull;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__EVIDENCE_IN_FULL, oldEvidenceInFull, evidenceInFull));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFewestSurveyAnswers() {
		return fewestSurveyAnswers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFewestSurveyAnswers(int newFewestSurveyAnswers) {
		int oldFewestSurveyAnswers = fewestSurveyAnswers;
		fewestSurveyAnswers = newFewestSurveyAnswers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__FEWEST_SURVEY_ANSWERS, oldFewestSurveyAnswers, fewestSurveyAnswers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStepsWeight() {
		return stepsWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepsWeight(double newStepsWeight) {
		double oldStepsWeight = stepsWeight;
		stepsWeight = newStepsWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__STEPS_WEIGHT, oldStepsWeight, stepsWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRolesWeight() {
		return rolesWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRolesWeight(double newRolesWeight) {
		double oldRolesWeight = rolesWeight;
		rolesWeight = newRolesWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__ROLES_WEIGHT, oldRolesWeight, rolesWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEngagementWeight() {
		return engagementWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngagementWeight(double newEngagementWeight) {
		double oldEngagementWeight = engagementWeight;
		engagementWeight = newEngagementWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__ENGAGEMENT_WEIGHT, oldEngagementWeight, engagementWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCustomerRuleWeight() {
		return customerRuleWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerRuleWeight(double newCustomerRuleWeight) {
		double oldCustomerRuleWeight = customerRuleWeight;
		customerRuleWeight = newCustomerRuleWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__CUSTOMER_RULE_WEIGHT, oldCustomerRuleWeight, customerRuleWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEmployeeRuleWeight() {
		return employeeRuleWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployeeRuleWeight(double newEmployeeRuleWeight) {
		double oldEmployeeRuleWeight = employeeRuleWeight;
		employeeRuleWeight = newEmployeeRuleWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__EMPLOYEE_RULE_WEIGHT, oldEmployeeRuleWeight, employeeRuleWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDepartmentsWeight() {
		return departmentsWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartmentsWeight(double newDepartmentsWeight) {
		double oldDepartmentsWeight = departmentsWeight;
		departmentsWeight = newDepartmentsWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__DEPARTMENTS_WEIGHT, oldDepartmentsWeight, departmentsWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRolesPlayedWeight() {
		return rolesPlayedWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRolesPlayedWeight(double newRolesPlayedWeight) {
		double oldRolesPlayedWeight = rolesPlayedWeight;
		rolesPlayedWeight = newRolesPlayedWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.SCORING__ROLES_PLAYED_WEIGHT, oldRolesPlayedWeight, rolesPlayedWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaturityLevel> getLevels() {
		if (levels == null) {
			levels = new EObjectContainmentEList<MaturityLevel>(MaturityLevel.class, this, OutsideInPackage.SCORING__LEVELS);
		}
		return levels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.SCORING__LEVELS:
				return ((InternalEList<?>)getLevels()).basicRemove(otherEnd, msgs);
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
			case OutsideInPackage.SCORING__CUSTOMER_SHARE_RULE:
				return getCustomerShareRule();
			case OutsideInPackage.SCORING__EMPLOYEE_SHARE_RULE:
				return getEmployeeShareRule();
			case OutsideInPackage.SCORING__WE_CAN_POINTS:
				return getWeCanPoints();
			case OutsideInPackage.SCORING__WE_WILL_POINTS:
				return getWeWillPoints();
			case OutsideInPackage.SCORING__WE_SHOULD_POINTS:
				return getWeShouldPoints();
			case OutsideInPackage.SCORING__PRACTICE_WEIGHT:
				return getPracticeWeight();
			case OutsideInPackage.SCORING__EVIDENCE_WEIGHT:
				return getEvidenceWeight();
			case OutsideInPackage.SCORING__EVIDENCE_IN_FULL:
				return getEvidenceInFull();
			case OutsideInPackage.SCORING__FEWEST_SURVEY_ANSWERS:
				return getFewestSurveyAnswers();
			case OutsideInPackage.SCORING__STEPS_WEIGHT:
				return getStepsWeight();
			case OutsideInPackage.SCORING__ROLES_WEIGHT:
				return getRolesWeight();
			case OutsideInPackage.SCORING__ENGAGEMENT_WEIGHT:
				return getEngagementWeight();
			case OutsideInPackage.SCORING__CUSTOMER_RULE_WEIGHT:
				return getCustomerRuleWeight();
			case OutsideInPackage.SCORING__EMPLOYEE_RULE_WEIGHT:
				return getEmployeeRuleWeight();
			case OutsideInPackage.SCORING__DEPARTMENTS_WEIGHT:
				return getDepartmentsWeight();
			case OutsideInPackage.SCORING__ROLES_PLAYED_WEIGHT:
				return getRolesPlayedWeight();
			case OutsideInPackage.SCORING__LEVELS:
				return getLevels();
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
			case OutsideInPackage.SCORING__CUSTOMER_SHARE_RULE:
				setCustomerShareRule((Double)newValue);
				return;
			case OutsideInPackage.SCORING__EMPLOYEE_SHARE_RULE:
				setEmployeeShareRule((Double)newValue);
				return;
			case OutsideInPackage.SCORING__WE_CAN_POINTS:
				setWeCanPoints((Double)newValue);
				return;
			case OutsideInPackage.SCORING__WE_WILL_POINTS:
				setWeWillPoints((Double)newValue);
				return;
			case OutsideInPackage.SCORING__WE_SHOULD_POINTS:
				setWeShouldPoints((Double)newValue);
				return;
			case OutsideInPackage.SCORING__PRACTICE_WEIGHT:
				setPracticeWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__EVIDENCE_WEIGHT:
				setEvidenceWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__EVIDENCE_IN_FULL:
				setEvidenceInFull((Integer)newValue);
				return;
			case OutsideInPackage.SCORING__FEWEST_SURVEY_ANSWERS:
				setFewestSurveyAnswers((Integer)newValue);
				return;
			case OutsideInPackage.SCORING__STEPS_WEIGHT:
				setStepsWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__ROLES_WEIGHT:
				setRolesWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__ENGAGEMENT_WEIGHT:
				setEngagementWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__CUSTOMER_RULE_WEIGHT:
				setCustomerRuleWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__EMPLOYEE_RULE_WEIGHT:
				setEmployeeRuleWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__DEPARTMENTS_WEIGHT:
				setDepartmentsWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__ROLES_PLAYED_WEIGHT:
				setRolesPlayedWeight((Double)newValue);
				return;
			case OutsideInPackage.SCORING__LEVELS:
				getLevels().clear();
				getLevels().addAll((Collection<? extends MaturityLevel>)newValue);
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
			case OutsideInPackage.SCORING__CUSTOMER_SHARE_RULE:
				setCustomerShareRule(CUSTOMER_SHARE_RULE_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__EMPLOYEE_SHARE_RULE:
				setEmployeeShareRule(EMPLOYEE_SHARE_RULE_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__WE_CAN_POINTS:
				setWeCanPoints(WE_CAN_POINTS_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__WE_WILL_POINTS:
				setWeWillPoints(WE_WILL_POINTS_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__WE_SHOULD_POINTS:
				setWeShouldPoints(WE_SHOULD_POINTS_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__PRACTICE_WEIGHT:
				setPracticeWeight(PRACTICE_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__EVIDENCE_WEIGHT:
				setEvidenceWeight(EVIDENCE_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__EVIDENCE_IN_FULL:
				setEvidenceInFull(EVIDENCE_IN_FULL_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__FEWEST_SURVEY_ANSWERS:
				setFewestSurveyAnswers(FEWEST_SURVEY_ANSWERS_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__STEPS_WEIGHT:
				setStepsWeight(STEPS_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__ROLES_WEIGHT:
				setRolesWeight(ROLES_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__ENGAGEMENT_WEIGHT:
				setEngagementWeight(ENGAGEMENT_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__CUSTOMER_RULE_WEIGHT:
				setCustomerRuleWeight(CUSTOMER_RULE_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__EMPLOYEE_RULE_WEIGHT:
				setEmployeeRuleWeight(EMPLOYEE_RULE_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__DEPARTMENTS_WEIGHT:
				setDepartmentsWeight(DEPARTMENTS_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__ROLES_PLAYED_WEIGHT:
				setRolesPlayedWeight(ROLES_PLAYED_WEIGHT_EDEFAULT);
				return;
			case OutsideInPackage.SCORING__LEVELS:
				getLevels().clear();
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
			case OutsideInPackage.SCORING__CUSTOMER_SHARE_RULE:
				return customerShareRule != CUSTOMER_SHARE_RULE_EDEFAULT;
			case OutsideInPackage.SCORING__EMPLOYEE_SHARE_RULE:
				return employeeShareRule != EMPLOYEE_SHARE_RULE_EDEFAULT;
			case OutsideInPackage.SCORING__WE_CAN_POINTS:
				return weCanPoints != WE_CAN_POINTS_EDEFAULT;
			case OutsideInPackage.SCORING__WE_WILL_POINTS:
				return weWillPoints != WE_WILL_POINTS_EDEFAULT;
			case OutsideInPackage.SCORING__WE_SHOULD_POINTS:
				return weShouldPoints != WE_SHOULD_POINTS_EDEFAULT;
			case OutsideInPackage.SCORING__PRACTICE_WEIGHT:
				return practiceWeight != PRACTICE_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__EVIDENCE_WEIGHT:
				return evidenceWeight != EVIDENCE_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__EVIDENCE_IN_FULL:
				return evidenceInFull != EVIDENCE_IN_FULL_EDEFAULT;
			case OutsideInPackage.SCORING__FEWEST_SURVEY_ANSWERS:
				return fewestSurveyAnswers != FEWEST_SURVEY_ANSWERS_EDEFAULT;
			case OutsideInPackage.SCORING__STEPS_WEIGHT:
				return stepsWeight != STEPS_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__ROLES_WEIGHT:
				return rolesWeight != ROLES_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__ENGAGEMENT_WEIGHT:
				return engagementWeight != ENGAGEMENT_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__CUSTOMER_RULE_WEIGHT:
				return customerRuleWeight != CUSTOMER_RULE_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__EMPLOYEE_RULE_WEIGHT:
				return employeeRuleWeight != EMPLOYEE_RULE_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__DEPARTMENTS_WEIGHT:
				return departmentsWeight != DEPARTMENTS_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__ROLES_PLAYED_WEIGHT:
				return rolesPlayedWeight != ROLES_PLAYED_WEIGHT_EDEFAULT;
			case OutsideInPackage.SCORING__LEVELS:
				return levels != null && !levels.isEmpty();
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
		result.append(" (customerShareRule: ");
		result.append(customerShareRule);
		result.append(", employeeShareRule: ");
		result.append(employeeShareRule);
		result.append(", weCanPoints: ");
		result.append(weCanPoints);
		result.append(", weWillPoints: ");
		result.append(weWillPoints);
		result.append(", weShouldPoints: ");
		result.append(weShouldPoints);
		result.append(", practiceWeight: ");
		result.append(practiceWeight);
		result.append(", evidenceWeight: ");
		result.append(evidenceWeight);
		result.append(", evidenceInFull: ");
		result.append(evidenceInFull);
		result.append(", fewestSurveyAnswers: ");
		result.append(fewestSurveyAnswers);
		result.append(", stepsWeight: ");
		result.append(stepsWeight);
		result.append(", rolesWeight: ");
		result.append(rolesWeight);
		result.append(", engagementWeight: ");
		result.append(engagementWeight);
		result.append(", customerRuleWeight: ");
		result.append(customerRuleWeight);
		result.append(", employeeRuleWeight: ");
		result.append(employeeRuleWeight);
		result.append(", departmentsWeight: ");
		result.append(departmentsWeight);
		result.append(", rolesPlayedWeight: ");
		result.append(rolesPlayedWeight);
		result.append(')');
		return result.toString();
	}

} //ScoringImpl
