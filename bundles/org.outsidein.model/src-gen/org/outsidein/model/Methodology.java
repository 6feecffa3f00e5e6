/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Methodology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A method for customer-led innovation: the roles customers play, the steps an organisation takes, and the activities of each. Shipped as data, so a methodology author can add roles, steps and activities without Java.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Methodology#getVersion <em>Version</em>}</li>
 *   <li>{@link org.outsidein.model.Methodology#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.outsidein.model.Methodology#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.outsidein.model.Methodology#getScoring <em>Scoring</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getMethodology()
 * @model
 * @generated
 */
public interface Methodology extends Named {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the methodology.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.outsidein.model.OutsideInPackage#getMethodology_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Methodology#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.CustomerRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roles customers can play.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getMethodology_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerRole> getRoles();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.InnovationStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps an organisation takes, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getMethodology_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<InnovationStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How practice is scored against this methodology: the rules of thumb, what each answer is worth, the weights and the maturity levels. A methodology without scoring is scored as the built-in Outside Innovation methodology is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scoring</em>' containment reference.
	 * @see #setScoring(Scoring)
	 * @see org.outsidein.model.OutsideInPackage#getMethodology_Scoring()
	 * @model containment="true"
	 * @generated
	 */
	Scoring getScoring();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Methodology#getScoring <em>Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring</em>' containment reference.
	 * @see #getScoring()
	 * @generated
	 */
	void setScoring(Scoring value);

} // Methodology
