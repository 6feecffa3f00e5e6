/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Maturity Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One level of maturity: its number, its name, what it means (the description) and the overall score from which it is reached.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.MaturityLevel#getNumber <em>Number</em>}</li>
 *   <li>{@link org.outsidein.model.MaturityLevel#getMinimumScore <em>Minimum Score</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getMaturityLevel()
 * @model
 * @generated
 */
public interface MaturityLevel extends Named {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The level's number, from 1 for the lowest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.outsidein.model.OutsideInPackage#getMaturityLevel_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.outsidein.model.MaturityLevel#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The overall score (0 to 100) from which this level is reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Score</em>' attribute.
	 * @see #setMinimumScore(double)
	 * @see org.outsidein.model.OutsideInPackage#getMaturityLevel_MinimumScore()
	 * @model
	 * @generated
	 */
	double getMinimumScore();

	/**
	 * Sets the value of the '{@link org.outsidein.model.MaturityLevel#getMinimumScore <em>Minimum Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Score</em>' attribute.
	 * @see #getMinimumScore()
	 * @generated
	 */
	void setMinimumScore(double value);

} // MaturityLevel
