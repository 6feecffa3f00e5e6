/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How customers go about reaching an outcome: today, step by step, and in the ideal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Scenario#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.outsidein.model.Scenario#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.outsidein.model.Scenario#getTodaySteps <em>Today Steps</em>}</li>
 *   <li>{@link org.outsidein.model.Scenario#getIdealSteps <em>Ideal Steps</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Named {
	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcomes the scenario is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getScenario_Outcomes()
	 * @model
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Customers</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customers whose experience the scenario describes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customers</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getScenario_Customers()
	 * @model
	 * @generated
	 */
	EList<Customer> getCustomers();

	/**
	 * Returns the value of the '<em><b>Today Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.ScenarioStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps customers take today.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Today Steps</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getScenario_TodaySteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioStep> getTodaySteps();

	/**
	 * Returns the value of the '<em><b>Ideal Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.ScenarioStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps of the ideal experience.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ideal Steps</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getScenario_IdealSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioStep> getIdealSteps();

} // Scenario
