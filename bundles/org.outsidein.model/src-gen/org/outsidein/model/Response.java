/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One person's answers to the self-assessment questionnaire, as their answers file gave them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Response#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link org.outsidein.model.Response#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.outsidein.model.Response#getDepartmentName <em>Department Name</em>}</li>
 *   <li>{@link org.outsidein.model.Response#getAnswered <em>Answered</em>}</li>
 *   <li>{@link org.outsidein.model.Response#getSource <em>Source</em>}</li>
 *   <li>{@link org.outsidein.model.Response#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getResponse()
 * @model
 * @generated
 */
public interface Response extends Identified {
	/**
	 * Returns the value of the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondent</em>' attribute.
	 * @see #setRespondent(String)
	 * @see org.outsidein.model.OutsideInPackage#getResponse_Respondent()
	 * @model
	 * @generated
	 */
	String getRespondent();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Response#getRespondent <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent</em>' attribute.
	 * @see #getRespondent()
	 * @generated
	 */
	void setRespondent(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The respondent's department, when it is one of the model's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.outsidein.model.OutsideInPackage#getResponse_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Response#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Department Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department as the respondent gave it, when it is not one of the model's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department Name</em>' attribute.
	 * @see #setDepartmentName(String)
	 * @see org.outsidein.model.OutsideInPackage#getResponse_DepartmentName()
	 * @model
	 * @generated
	 */
	String getDepartmentName();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Response#getDepartmentName <em>Department Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department Name</em>' attribute.
	 * @see #getDepartmentName()
	 * @generated
	 */
	void setDepartmentName(String value);

	/**
	 * Returns the value of the '<em><b>Answered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the respondent saved the answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answered</em>' attribute.
	 * @see #setAnswered(XMLGregorianCalendar)
	 * @see org.outsidein.model.OutsideInPackage#getResponse_Answered()
	 * @model dataType="org.outsidein.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getAnswered();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Response#getAnswered <em>Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered</em>' attribute.
	 * @see #getAnswered()
	 * @generated
	 */
	void setAnswered(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answers file the response was read from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.outsidein.model.OutsideInPackage#getResponse_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Response#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.ResponseAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The activities the respondent answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getResponse_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResponseAnswer> getAnswers();

} // Response
