/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.OrganisationImpl#getCustomerBaseSize <em>Customer Base Size</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OrganisationImpl#getHeadcount <em>Headcount</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OrganisationImpl#getDepartments <em>Departments</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OrganisationImpl#getEmployees <em>Employees</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends NamedImpl implements Organisation {
	/**
	 * The default value of the '{@link #getCustomerBaseSize() <em>Customer Base Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerBaseSize()
	 * @generated
	 * @ordered
	 */
	protected static final int CUSTOMER_BASE_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCustomerBaseSize() <em>Customer Base Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerBaseSize()
	 * @generated
	 * @ordered
	 */
	protected int customerBaseSize = CUSTOMER_BASE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeadcount() <em>Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadcount()
	 * @generated
	 * @ordered
	 */
	protected static final int HEADCOUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeadcount() <em>Headcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadcount()
	 * @generated
	 * @ordered
	 */
	protected int headcount = HEADCOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDepartments() <em>Departments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartments()
	 * @generated
	 * @ordered
	 */
	protected EList<Department> departments;

	/**
	 * The cached value of the '{@link #getEmployees() <em>Employees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployees()
	 * @generated
	 * @ordered
	 */
	protected EList<Employee> employees;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.ORGANISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCustomerBaseSize() {
		return customerBaseSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerBaseSize(int newCustomerBaseSize) {
		int oldCustomerBaseSize = customerBaseSize;
		customerBaseSize = newCustomerBaseSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ORGANISATION__CUSTOMER_BASE_SIZE, oldCustomerBaseSize, customerBaseSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeadcount() {
		return headcount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadcount(int newHeadcount) {
		int oldHeadcount = headcount;
		headcount = newHeadcount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ORGANISATION__HEADCOUNT, oldHeadcount, headcount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Department> getDepartments() {
		if (departments == null) {
			departments = new EObjectContainmentEList<Department>(Department.class, this, OutsideInPackage.ORGANISATION__DEPARTMENTS);
		}
		return departments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Employee> getEmployees() {
		if (employees == null) {
			employees = new EObjectContainmentEList<Employee>(Employee.class, this, OutsideInPackage.ORGANISATION__EMPLOYEES);
		}
		return employees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.ORGANISATION__DEPARTMENTS:
				return ((InternalEList<?>)getDepartments()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.ORGANISATION__EMPLOYEES:
				return ((InternalEList<?>)getEmployees()).basicRemove(otherEnd, msgs);
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
			case OutsideInPackage.ORGANISATION__CUSTOMER_BASE_SIZE:
				return getCustomerBaseSize();
			case OutsideInPackage.ORGANISATION__HEADCOUNT:
				return getHeadcount();
			case OutsideInPackage.ORGANISATION__DEPARTMENTS:
				return getDepartments();
			case OutsideInPackage.ORGANISATION__EMPLOYEES:
				return getEmployees();
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
			case OutsideInPackage.ORGANISATION__CUSTOMER_BASE_SIZE:
				setCustomerBaseSize((Integer)newValue);
				return;
			case OutsideInPackage.ORGANISATION__HEADCOUNT:
				setHeadcount((Integer)newValue);
				return;
			case OutsideInPackage.ORGANISATION__DEPARTMENTS:
				getDepartments().clear();
				getDepartments().addAll((Collection<? extends Department>)newValue);
				return;
			case OutsideInPackage.ORGANISATION__EMPLOYEES:
				getEmployees().clear();
				getEmployees().addAll((Collection<? extends Employee>)newValue);
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
			case OutsideInPackage.ORGANISATION__CUSTOMER_BASE_SIZE:
				setCustomerBaseSize(CUSTOMER_BASE_SIZE_EDEFAULT);
				return;
			case OutsideInPackage.ORGANISATION__HEADCOUNT:
				setHeadcount(HEADCOUNT_EDEFAULT);
				return;
			case OutsideInPackage.ORGANISATION__DEPARTMENTS:
				getDepartments().clear();
				return;
			case OutsideInPackage.ORGANISATION__EMPLOYEES:
				getEmployees().clear();
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
			case OutsideInPackage.ORGANISATION__CUSTOMER_BASE_SIZE:
				return customerBaseSize != CUSTOMER_BASE_SIZE_EDEFAULT;
			case OutsideInPackage.ORGANISATION__HEADCOUNT:
				return headcount != HEADCOUNT_EDEFAULT;
			case OutsideInPackage.ORGANISATION__DEPARTMENTS:
				return departments != null && !departments.isEmpty();
			case OutsideInPackage.ORGANISATION__EMPLOYEES:
				return employees != null && !employees.isEmpty();
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
		result.append(" (customerBaseSize: ");
		result.append(customerBaseSize);
		result.append(", headcount: ");
		result.append(headcount);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
