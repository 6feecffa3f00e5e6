/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import javax.xml.datatype.XMLGregorianCalendar;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Invention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A new way of doing something that a lead user improvised.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Invention#getStatus <em>Status</em>}</li>
 *   <li>{@link org.outsidein.model.Invention#getObservedOn <em>Observed On</em>}</li>
 *   <li>{@link org.outsidein.model.Invention#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getInvention()
 * @model
 * @generated
 */
public interface Invention extends Named {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.InventionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the organisation has taken the invention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.outsidein.model.InventionStatus
	 * @see #setStatus(InventionStatus)
	 * @see org.outsidein.model.OutsideInPackage#getInvention_Status()
	 * @model
	 * @generated
	 */
	InventionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Invention#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.outsidein.model.InventionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InventionStatus value);

	/**
	 * Returns the value of the '<em><b>Observed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the organisation first observed the invention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed On</em>' attribute.
	 * @see #setObservedOn(XMLGregorianCalendar)
	 * @see org.outsidein.model.OutsideInPackage#getInvention_ObservedOn()
	 * @model dataType="org.outsidein.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getObservedOn();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Invention#getObservedOn <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed On</em>' attribute.
	 * @see #getObservedOn()
	 * @generated
	 */
	void setObservedOn(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome the invention helps to reach.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' reference.
	 * @see #setOutcome(Outcome)
	 * @see org.outsidein.model.OutsideInPackage#getInvention_Outcome()
	 * @model
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Invention#getOutcome <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

} // Invention
