/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.ScenarioStep#getPainPoint <em>Pain Point</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getScenarioStep()
 * @model
 * @generated
 */
public interface ScenarioStep extends Named {
	/**
	 * Returns the value of the '<em><b>Pain Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What hurts in this step, if anything.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pain Point</em>' attribute.
	 * @see #setPainPoint(String)
	 * @see org.outsidein.model.OutsideInPackage#getScenarioStep_PainPoint()
	 * @model
	 * @generated
	 */
	String getPainPoint();

	/**
	 * Sets the value of the '{@link org.outsidein.model.ScenarioStep#getPainPoint <em>Pain Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pain Point</em>' attribute.
	 * @see #getPainPoint()
	 * @generated
	 */
	void setPainPoint(String value);

} // ScenarioStep
