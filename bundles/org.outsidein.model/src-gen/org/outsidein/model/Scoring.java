/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The numbers of a methodology's maturity model, kept as data so that a methodology author changes them without code. Every weight is a share from 0 to 1; the weights of one sum add up to 1.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Scoring#getCustomerShareRule <em>Customer Share Rule</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getEmployeeShareRule <em>Employee Share Rule</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getWeCanPoints <em>We Can Points</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getWeWillPoints <em>We Will Points</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getWeShouldPoints <em>We Should Points</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getPracticeWeight <em>Practice Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getEvidenceWeight <em>Evidence Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getEvidenceInFull <em>Evidence In Full</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getFewestSurveyAnswers <em>Fewest Survey Answers</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getStepsWeight <em>Steps Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getRolesWeight <em>Roles Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getEngagementWeight <em>Engagement Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getCustomerRuleWeight <em>Customer Rule Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getEmployeeRuleWeight <em>Employee Rule Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getDepartmentsWeight <em>Departments Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getRolesPlayedWeight <em>Roles Played Weight</em>}</li>
 *   <li>{@link org.outsidein.model.Scoring#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getScoring()
 * @model
 * @generated
 */
public interface Scoring extends Identified {
	/**
	 * Returns the value of the '<em><b>Customer Share Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule of thumb: the share of the whole customer base that should be active in one or more customer roles (0.10 in Outside Innovation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Share Rule</em>' attribute.
	 * @see #setCustomerShareRule(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_CustomerShareRule()
	 * @model
	 * @generated
	 */
	double getCustomerShareRule();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getCustomerShareRule <em>Customer Share Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Share Rule</em>' attribute.
	 * @see #getCustomerShareRule()
	 * @generated
	 */
	void setCustomerShareRule(double value);

	/**
	 * Returns the value of the '<em><b>Employee Share Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rule of thumb: the share of all employees who should interact with or monitor customers in at least one role (0.30 in Outside Innovation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employee Share Rule</em>' attribute.
	 * @see #setEmployeeShareRule(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_EmployeeShareRule()
	 * @model
	 * @generated
	 */
	double getEmployeeShareRule();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getEmployeeShareRule <em>Employee Share Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employee Share Rule</em>' attribute.
	 * @see #getEmployeeShareRule()
	 * @generated
	 */
	void setEmployeeShareRule(double value);

	/**
	 * Returns the value of the '<em><b>We Can Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a We Can answer is worth, from 0 to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>We Can Points</em>' attribute.
	 * @see #setWeCanPoints(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_WeCanPoints()
	 * @model
	 * @generated
	 */
	double getWeCanPoints();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getWeCanPoints <em>We Can Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>We Can Points</em>' attribute.
	 * @see #getWeCanPoints()
	 * @generated
	 */
	void setWeCanPoints(double value);

	/**
	 * Returns the value of the '<em><b>We Will Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a committed We Will (with plan, budget and delivery date) is worth, from 0 to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>We Will Points</em>' attribute.
	 * @see #setWeWillPoints(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_WeWillPoints()
	 * @model
	 * @generated
	 */
	double getWeWillPoints();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getWeWillPoints <em>We Will Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>We Will Points</em>' attribute.
	 * @see #getWeWillPoints()
	 * @generated
	 */
	void setWeWillPoints(double value);

	/**
	 * Returns the value of the '<em><b>We Should Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a We Should is worth, from 0 to 1; a We Will without plan, budget or delivery date is worth the same.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>We Should Points</em>' attribute.
	 * @see #setWeShouldPoints(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_WeShouldPoints()
	 * @model
	 * @generated
	 */
	double getWeShouldPoints();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getWeShouldPoints <em>We Should Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>We Should Points</em>' attribute.
	 * @see #getWeShouldPoints()
	 * @generated
	 */
	void setWeShouldPoints(double value);

	/**
	 * Returns the value of the '<em><b>Practice Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight of the self-assessment (practice) in the score of a step or a role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Practice Weight</em>' attribute.
	 * @see #setPracticeWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_PracticeWeight()
	 * @model
	 * @generated
	 */
	double getPracticeWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getPracticeWeight <em>Practice Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Practice Weight</em>' attribute.
	 * @see #getPracticeWeight()
	 * @generated
	 */
	void setPracticeWeight(double value);

	/**
	 * Returns the value of the '<em><b>Evidence Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight of what the model records (evidence) in the score of a step or a role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Weight</em>' attribute.
	 * @see #setEvidenceWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_EvidenceWeight()
	 * @model
	 * @generated
	 */
	double getEvidenceWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getEvidenceWeight <em>Evidence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Weight</em>' attribute.
	 * @see #getEvidenceWeight()
	 * @generated
	 */
	void setEvidenceWeight(double value);

	/**
	 * Returns the value of the '<em><b>Evidence In Full</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many recorded items make one piece of evidence count in full; fewer count in proportion, so that one toolkit user does not prove a whole step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence In Full</em>' attribute.
	 * @see #setEvidenceInFull(int)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_EvidenceInFull()
	 * @model
	 * @generated
	 */
	int getEvidenceInFull();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getEvidenceInFull <em>Evidence In Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence In Full</em>' attribute.
	 * @see #getEvidenceInFull()
	 * @generated
	 */
	void setEvidenceInFull(int value);

	/**
	 * Returns the value of the '<em><b>Fewest Survey Answers</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many survey answers an importance or satisfaction score should rest on; reports flag scores resting on fewer (30 by default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fewest Survey Answers</em>' attribute.
	 * @see #setFewestSurveyAnswers(int)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_FewestSurveyAnswers()
	 * @model default="30"
	 * @generated
	 */
	int getFewestSurveyAnswers();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getFewestSurveyAnswers <em>Fewest Survey Answers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fewest Survey Answers</em>' attribute.
	 * @see #getFewestSurveyAnswers()
	 * @generated
	 */
	void setFewestSurveyAnswers(int value);

	/**
	 * Returns the value of the '<em><b>Steps Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight of the average step score in the overall score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps Weight</em>' attribute.
	 * @see #setStepsWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_StepsWeight()
	 * @model
	 * @generated
	 */
	double getStepsWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getStepsWeight <em>Steps Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps Weight</em>' attribute.
	 * @see #getStepsWeight()
	 * @generated
	 */
	void setStepsWeight(double value);

	/**
	 * Returns the value of the '<em><b>Roles Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight of the average role score in the overall score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles Weight</em>' attribute.
	 * @see #setRolesWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_RolesWeight()
	 * @model
	 * @generated
	 */
	double getRolesWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getRolesWeight <em>Roles Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roles Weight</em>' attribute.
	 * @see #getRolesWeight()
	 * @generated
	 */
	void setRolesWeight(double value);

	/**
	 * Returns the value of the '<em><b>Engagement Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight of the engagement score in the overall score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engagement Weight</em>' attribute.
	 * @see #setEngagementWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_EngagementWeight()
	 * @model
	 * @generated
	 */
	double getEngagementWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getEngagementWeight <em>Engagement Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engagement Weight</em>' attribute.
	 * @see #getEngagementWeight()
	 * @generated
	 */
	void setEngagementWeight(double value);

	/**
	 * Returns the value of the '<em><b>Customer Rule Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight, within engagement, of the customers active in roles measured against the customer rule of thumb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Rule Weight</em>' attribute.
	 * @see #setCustomerRuleWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_CustomerRuleWeight()
	 * @model
	 * @generated
	 */
	double getCustomerRuleWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getCustomerRuleWeight <em>Customer Rule Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Rule Weight</em>' attribute.
	 * @see #getCustomerRuleWeight()
	 * @generated
	 */
	void setCustomerRuleWeight(double value);

	/**
	 * Returns the value of the '<em><b>Employee Rule Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight, within engagement, of the employees engaging customers measured against the employee rule of thumb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employee Rule Weight</em>' attribute.
	 * @see #setEmployeeRuleWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_EmployeeRuleWeight()
	 * @model
	 * @generated
	 */
	double getEmployeeRuleWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getEmployeeRuleWeight <em>Employee Rule Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employee Rule Weight</em>' attribute.
	 * @see #getEmployeeRuleWeight()
	 * @generated
	 */
	void setEmployeeRuleWeight(double value);

	/**
	 * Returns the value of the '<em><b>Departments Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight, within engagement, of the share of departments engaging customers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Departments Weight</em>' attribute.
	 * @see #setDepartmentsWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_DepartmentsWeight()
	 * @model
	 * @generated
	 */
	double getDepartmentsWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getDepartmentsWeight <em>Departments Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Departments Weight</em>' attribute.
	 * @see #getDepartmentsWeight()
	 * @generated
	 */
	void setDepartmentsWeight(double value);

	/**
	 * Returns the value of the '<em><b>Roles Played Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight, within engagement, of the share of the methodology's roles that customers play.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles Played Weight</em>' attribute.
	 * @see #setRolesPlayedWeight(double)
	 * @see org.outsidein.model.OutsideInPackage#getScoring_RolesPlayedWeight()
	 * @model
	 * @generated
	 */
	double getRolesPlayedWeight();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Scoring#getRolesPlayedWeight <em>Roles Played Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roles Played Weight</em>' attribute.
	 * @see #getRolesPlayedWeight()
	 * @generated
	 */
	void setRolesPlayedWeight(double value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.MaturityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The maturity levels, from the lowest; an overall score reaches a level from its minimum score on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getScoring_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<MaturityLevel> getLevels();

} // Scoring
