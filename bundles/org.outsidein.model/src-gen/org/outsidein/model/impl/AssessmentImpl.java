/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;


import java.util.Collection;

import javax.xml.datatype.XMLGregorianCalendar;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentScope;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.Response;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.AssessmentImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.outsidein.model.impl.AssessmentImpl#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link org.outsidein.model.impl.AssessmentImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.outsidein.model.impl.AssessmentImpl#getScopeName <em>Scope Name</em>}</li>
 *   <li>{@link org.outsidein.model.impl.AssessmentImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.outsidein.model.impl.AssessmentImpl#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends NamedImpl implements Assessment {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessor() <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSESSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessor() <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected String assessor = ASSESSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentScope SCOPE_EDEFAULT = AssessmentScope.ORGANISATION;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected AssessmentScope scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeName() <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeName()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeName() <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeName()
	 * @generated
	 * @ordered
	 */
	protected String scopeName = SCOPE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<Answer> answers;

	/**
	 * The cached value of the '{@link #getResponses() <em>Responses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected EList<Response> responses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(XMLGregorianCalendar newDate) {
		XMLGregorianCalendar oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ASSESSMENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssessor() {
		return assessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessor(String newAssessor) {
		String oldAssessor = assessor;
		assessor = newAssessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ASSESSMENT__ASSESSOR, oldAssessor, assessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(AssessmentScope newScope) {
		AssessmentScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ASSESSMENT__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeName() {
		return scopeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeName(String newScopeName) {
		String oldScopeName = scopeName;
		scopeName = newScopeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ASSESSMENT__SCOPE_NAME, oldScopeName, scopeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Answer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<Answer>(Answer.class, this, OutsideInPackage.ASSESSMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Response> getResponses() {
		if (responses == null) {
			responses = new EObjectContainmentEList<Response>(Response.class, this, OutsideInPackage.ASSESSMENT__RESPONSES);
		}
		return responses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.ASSESSMENT__RESPONSES:
				return ((InternalEList<?>)getResponses()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OutsideInPackage.ASSESSMENT__DATE:
				return getDate();
			case OutsideInPackage.ASSESSMENT__ASSESSOR:
				return getAssessor();
			case OutsideInPackage.ASSESSMENT__SCOPE:
				return getScope();
			case OutsideInPackage.ASSESSMENT__SCOPE_NAME:
				return getScopeName();
			case OutsideInPackage.ASSESSMENT__ANSWERS:
				return getAnswers();
			case OutsideInPackage.ASSESSMENT__RESPONSES:
				return getResponses();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OutsideInPackage.ASSESSMENT__DATE:
				setDate((XMLGregorianCalendar)newValue);
				return;
			case OutsideInPackage.ASSESSMENT__ASSESSOR:
				setAssessor((String)newValue);
				return;
			case OutsideInPackage.ASSESSMENT__SCOPE:
				setScope((AssessmentScope)newValue);
				return;
			case OutsideInPackage.ASSESSMENT__SCOPE_NAME:
				setScopeName((String)newValue);
				return;
			case OutsideInPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends Answer>)newValue);
				return;
			case OutsideInPackage.ASSESSMENT__RESPONSES:
				getResponses().clear();
				getResponses().addAll((Collection<? extends Response>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OutsideInPackage.ASSESSMENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case OutsideInPackage.ASSESSMENT__ASSESSOR:
				setAssessor(ASSESSOR_EDEFAULT);
				return;
			case OutsideInPackage.ASSESSMENT__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case OutsideInPackage.ASSESSMENT__SCOPE_NAME:
				setScopeName(SCOPE_NAME_EDEFAULT);
				return;
			case OutsideInPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				return;
			case OutsideInPackage.ASSESSMENT__RESPONSES:
				getResponses().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OutsideInPackage.ASSESSMENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case OutsideInPackage.ASSESSMENT__ASSESSOR:
				return ASSESSOR_EDEFAULT == null ? assessor != null : !ASSESSOR_EDEFAULT.equals(assessor);
			case OutsideInPackage.ASSESSMENT__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case OutsideInPackage.ASSESSMENT__SCOPE_NAME:
				return SCOPE_NAME_EDEFAULT == null ? scopeName != null : !SCOPE_NAME_EDEFAULT.equals(scopeName);
			case OutsideInPackage.ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case OutsideInPackage.ASSESSMENT__RESPONSES:
				return responses != null && !responses.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (date: ");
		result.append(date);
		result.append(", assessor: ");
		result.append(assessor);
		result.append(", scope: ");
		result.append(scope);
		result.append(", scopeName: ");
		result.append(scopeName);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
