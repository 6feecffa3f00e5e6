/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Rating</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one segment rates an outcome: importance and satisfaction from 0 to 10, and the survey answers they rest on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.SegmentRating#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.outsidein.model.SegmentRating#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.outsidein.model.SegmentRating#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.outsidein.model.SegmentRating#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link org.outsidein.model.SegmentRating#getOpportunity <em>Opportunity</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getSegmentRating()
 * @model
 * @generated
 */
public interface SegmentRating extends Identified {
	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment whose respondents gave these ratings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.outsidein.model.OutsideInPackage#getSegmentRating_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.outsidein.model.SegmentRating#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How important the outcome is to the segment, from 0 to 10.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Importance</em>' attribute.
	 * @see #setImportance(Double)
	 * @see org.outsidein.model.OutsideInPackage#getSegmentRating_Importance()
	 * @model
	 * @generated
	 */
	Double getImportance();

	/**
	 * Sets the value of the '{@link org.outsidein.model.SegmentRating#getImportance <em>Importance</em>}' attribute.
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
	 * How satisfied the segment is with how it reaches the outcome today, from 0 to 10.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfaction</em>' attribute.
	 * @see #setSatisfaction(Double)
	 * @see org.outsidein.model.OutsideInPackage#getSegmentRating_Satisfaction()
	 * @model
	 * @generated
	 */
	Double getSatisfaction();

	/**
	 * Sets the value of the '{@link org.outsidein.model.SegmentRating#getSatisfaction <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfaction</em>' attribute.
	 * @see #getSatisfaction()
	 * @generated
	 */
	void setSatisfaction(Double value);

	/**
	 * Returns the value of the '<em><b>Respondents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many survey answers of the segment the ratings rest on (the fewer of the two).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondents</em>' attribute.
	 * @see #setRespondents(Integer)
	 * @see org.outsidein.model.OutsideInPackage#getSegmentRating_Respondents()
	 * @model
	 * @generated
	 */
	Integer getRespondents();

	/**
	 * Sets the value of the '{@link org.outsidein.model.SegmentRating#getRespondents <em>Respondents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondents</em>' attribute.
	 * @see #getRespondents()
	 * @generated
	 */
	void setRespondents(Integer value);

	/**
	 * Returns the value of the '<em><b>Opportunity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment's opportunity score: importance + max(importance - satisfaction, 0). Empty unless both ratings are given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunity</em>' attribute.
	 * @see org.outsidein.model.OutsideInPackage#getSegmentRating_Opportunity()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Double getOpportunity();

} // SegmentRating
