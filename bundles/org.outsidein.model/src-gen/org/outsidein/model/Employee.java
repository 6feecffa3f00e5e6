/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Employee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person working for the organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Employee#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.outsidein.model.Employee#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.outsidein.model.Employee#isExecutive <em>Executive</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getEmployee()
 * @model
 * @generated
 */
public interface Employee extends Named, ExternallyIdentified {
	/**
	 * Returns the value of the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The employee's job title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Title</em>' attribute.
	 * @see #setJobTitle(String)
	 * @see org.outsidein.model.OutsideInPackage#getEmployee_JobTitle()
	 * @model
	 * @generated
	 */
	String getJobTitle();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Employee#getJobTitle <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Title</em>' attribute.
	 * @see #getJobTitle()
	 * @generated
	 */
	void setJobTitle(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department the employee belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.outsidein.model.OutsideInPackage#getEmployee_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Employee#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Executive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the employee is an executive. Executives should take part in the communities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Executive</em>' attribute.
	 * @see #setExecutive(boolean)
	 * @see org.outsidein.model.OutsideInPackage#getEmployee_Executive()
	 * @model
	 * @generated
	 */
	boolean isExecutive();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Employee#isExecutive <em>Executive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executive</em>' attribute.
	 * @see #isExecutive()
	 * @generated
	 */
	void setExecutive(boolean value);

} // Employee
