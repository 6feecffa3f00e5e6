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

import org.outsidein.model.Department;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Response</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.ResponseImpl#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ResponseImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ResponseImpl#getDepartmentName <em>Department Name</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ResponseImpl#getAnswered <em>Answered</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ResponseImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ResponseImpl#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResponseImpl extends IdentifiedImpl implements Response {
	/**
	 * The default value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONDENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected String respondent = RESPONDENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Department department;

	/**
	 * The default value of the '{@link #getDepartmentName() <em>Department Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentName()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartmentName() <em>Department Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartmentName()
	 * @generated
	 * @ordered
	 */
	protected String departmentName = DEPARTMENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswered() <em>Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswered()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar ANSWERED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnswered() <em>Answered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswered()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar answered = ANSWERED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<ResponseAnswer> answers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResponseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.RESPONSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRespondent() {
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondent(String newRespondent) {
		String oldRespondent = respondent;
		respondent = newRespondent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.RESPONSE__RESPONDENT, oldRespondent, respondent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getDepartment() {
		if (department != null && department.eIsProxy()) {
			InternalEObject oldDepartment = (InternalEObject)department;
			department = (Department)eResolveProxy(oldDepartment);
			if (department != oldDepartment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OutsideInPackage.RESPONSE__DEPARTMENT, oldDepartment, department));
			}
		}
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department basicGetDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(Department newDepartment) {
		Department oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.RESPONSE__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartmentName() {
		return departmentName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartmentName(String newDepartmentName) {
		String oldDepartmentName = departmentName;
		departmentName = newDepartmentName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.RESPONSE__DEPARTMENT_NAME, oldDepartmentName, departmentName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getAnswered() {
		return answered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswered(XMLGregorianCalendar newAnswered) {
		XMLGregorianCalendar oldAnswered = answered;
		answered = newAnswered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.RESPONSE__ANSWERED, oldAnswered, answered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.RESPONSE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResponseAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<ResponseAnswer>(ResponseAnswer.class, this, OutsideInPackage.RESPONSE__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.RESPONSE__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
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
			case OutsideInPackage.RESPONSE__RESPONDENT:
				return getRespondent();
			case OutsideInPackage.RESPONSE__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case OutsideInPackage.RESPONSE__DEPARTMENT_NAME:
				return getDepartmentName();
			case OutsideInPackage.RESPONSE__ANSWERED:
				return getAnswered();
			case OutsideInPackage.RESPONSE__SOURCE:
				return getSource();
			case OutsideInPackage.RESPONSE__ANSWERS:
				return getAnswers();
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
			case OutsideInPackage.RESPONSE__RESPONDENT:
				setRespondent((String)newValue);
				return;
			case OutsideInPackage.RESPONSE__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case OutsideInPackage.RESPONSE__DEPARTMENT_NAME:
				setDepartmentName((String)newValue);
				return;
			case OutsideInPackage.RESPONSE__ANSWERED:
				setAnswered((XMLGregorianCalendar)newValue);
				return;
			case OutsideInPackage.RESPONSE__SOURCE:
				setSource((String)newValue);
				return;
			case OutsideInPackage.RESPONSE__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends ResponseAnswer>)newValue);
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
			case OutsideInPackage.RESPONSE__RESPONDENT:
				setRespondent(RESPONDENT_EDEFAULT);
				return;
			case OutsideInPackage.RESPONSE__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case OutsideInPackage.RESPONSE__DEPARTMENT_NAME:
				setDepartmentName(DEPARTMENT_NAME_EDEFAULT);
				return;
			case OutsideInPackage.RESPONSE__ANSWERED:
				setAnswered(ANSWERED_EDEFAULT);
				return;
			case OutsideInPackage.RESPONSE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case OutsideInPackage.RESPONSE__ANSWERS:
				getAnswers().clear();
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
			case OutsideInPackage.RESPONSE__RESPONDENT:
				return RESPONDENT_EDEFAULT == null ? respondent != null : !RESPONDENT_EDEFAULT.equals(respondent);
			case OutsideInPackage.RESPONSE__DEPARTMENT:
				return department != null;
			case OutsideInPackage.RESPONSE__DEPARTMENT_NAME:
				return DEPARTMENT_NAME_EDEFAULT == null ? departmentName != null : !DEPARTMENT_NAME_EDEFAULT.equals(departmentName);
			case OutsideInPackage.RESPONSE__ANSWERED:
				return ANSWERED_EDEFAULT == null ? answered != null : !ANSWERED_EDEFAULT.equals(answered);
			case OutsideInPackage.RESPONSE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case OutsideInPackage.RESPONSE__ANSWERS:
				return answers != null && !answers.isEmpty();
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
		result.append(" (respondent: ");
		result.append(respondent);
		result.append(", departmentName: ");
		result.append(departmentName);
		result.append(", answered: ");
		result.append(answered);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //ResponseImpl
