/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A result customers want to reach. Innovation comes from the gap between the outcome customers want and how things are today.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Outcome#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.outsidein.model.Outcome#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.outsidein.model.Outcome#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.outsidein.model.Outcome#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link org.outsidein.model.Outcome#getSegmentRatings <em>Segment Ratings</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getOutcome()
 * @model
 * @generated
 */
public interface Outcome extends Named {
	/**
	 * Returns the value of the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How important the outcome is to customers, from 0 to 10. Empty when not yet rated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Importance</em>' attribute.
	 * @see #setImportance(Double)
	 * @see org.outsidein.model.OutsideInPackage#getOutcome_Importance()
	 * @model
	 * @generated
	 */
	Double getImportance();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Outcome#getImportance <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importance</em>' attribute.
	 * @see #getImportance()
	 * @generated
	 */
	void setImportance(Double value);

	/**
	 * Returns the value of the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How satisfied customers are with how they reach the outcome today, from 0 to 10. Empty when not yet rated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfaction</em>' attribute.
	 * @see #setSatisfaction(Double)
	 * @see org.outsidein.model.OutsideInPackage#getOutcome_Satisfaction()
	 * @model
	 * @generated
	 */
	Double getSatisfaction();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Outcome#getSatisfaction <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfaction</em>' attribute.
	 * @see #getSatisfaction()
	 * @generated
	 */
	void setSatisfaction(Double value);

	/**
	 * Returns the value of the '<em><b>Opportunity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opportunity score of Outcome-Driven Innovation: importance + max(importance - satisfaction, 0). Empty unless both ratings are given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunity</em>' attribute.
	 * @see org.outsidein.model.OutsideInPackage#getOutcome_Opportunity()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Double getOpportunity();

	/**
	 * Returns the value of the '<em><b>Respondents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many survey answers the importance and satisfaction rest on (the fewer of the two); empty when they were set by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondents</em>' attribute.
	 * @see #setRespondents(Integer)
	 * @see org.outsidein.model.OutsideInPackage#getOutcome_Respondents()
	 * @model
	 * @generated
	 */
	Integer getRespondents();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Outcome#getRespondents <em>Respondents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondents</em>' attribute.
	 * @see #getRespondents()
	 * @generated
	 */
	void setRespondents(Integer value);

	/**
	 * Returns the value of the '<em><b>Segment Ratings</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.SegmentRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome's importance and satisfaction within each segment, as a survey measured them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment Ratings</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutcome_SegmentRatings()
	 * @model containment="true"
	 * @generated
	 */
	EList<SegmentRating> getSegmentRatings();

} // Outcome
