/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


import javax.xml.datatype.XMLGregorianCalendar;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated self-assessment of the organisation's practice, activity by activity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Assessment#getDate <em>Date</em>}</li>
 *   <li>{@link org.outsidein.model.Assessment#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link org.outsidein.model.Assessment#getScope <em>Scope</em>}</li>
 *   <li>{@link org.outsidein.model.Assessment#getScopeName <em>Scope Name</em>}</li>
 *   <li>{@link org.outsidein.model.Assessment#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.outsidein.model.Assessment#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Named {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the assessment was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(XMLGregorianCalendar)
	 * @see org.outsidein.model.OutsideInPackage#getAssessment_Date()
	 * @model dataType="org.outsidein.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getDate();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Assessment#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who made the assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessor</em>' attribute.
	 * @see #setAssessor(String)
	 * @see org.outsidein.model.OutsideInPackage#getAssessment_Assessor()
	 * @model
	 * @generated
	 */
	String getAssessor();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Assessment#getAssessor <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessor</em>' attribute.
	 * @see #getAssessor()
	 * @generated
	 */
	void setAssessor(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.AssessmentScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What part of the organisation was assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.outsidein.model.AssessmentScope
	 * @see #setScope(AssessmentScope)
	 * @see org.outsidein.model.OutsideInPackage#getAssessment_Scope()
	 * @model
	 * @generated
	 */
	AssessmentScope getScope();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Assessment#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.outsidein.model.AssessmentScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(AssessmentScope value);

	/**
	 * Returns the value of the '<em><b>Scope Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the division, department or group assessed, when the scope is not the whole organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Name</em>' attribute.
	 * @see #setScopeName(String)
	 * @see org.outsidein.model.OutsideInPackage#getAssessment_ScopeName()
	 * @model
	 * @generated
	 */
	String getScopeName();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Assessment#getScopeName <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Name</em>' attribute.
	 * @see #getScopeName()
	 * @generated
	 */
	void setScopeName(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One answer per assessed activity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Answer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Responses</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Response}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What each respondent of a questionnaire answered; the answers above are their consensus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responses</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getAssessment_Responses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Response> getResponses();

} // Assessment
