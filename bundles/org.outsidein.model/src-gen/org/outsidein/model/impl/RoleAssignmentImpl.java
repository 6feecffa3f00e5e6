/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;


import java.util.Collection;

import javax.xml.datatype.XMLGregorianCalendar;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.outsidein.model.CustomerRole;
import org.outsidein.model.Employee;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.RoleAssignment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.RoleAssignmentImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.outsidein.model.impl.RoleAssignmentImpl#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.outsidein.model.impl.RoleAssignmentImpl#getSince <em>Since</em>}</li>
 *   <li>{@link org.outsidein.model.impl.RoleAssignmentImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.outsidein.model.impl.RoleAssignmentImpl#getInteractingEmployees <em>Interacting Employees</em>}</li>
 *   <li>{@link org.outsidein.model.impl.RoleAssignmentImpl#getMonitoringEmployees <em>Monitoring Employees</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleAssignmentImpl extends IdentifiedImpl implements RoleAssignment {
	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected CustomerRole role;

	/**
	 * The default value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected static final RelationshipDepth DEPTH_EDEFAULT = RelationshipDepth.ACQUAINTED;

	/**
	 * The cached value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected RelationshipDepth depth = DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar since = SINCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<Outcome> outcomes;

	/**
	 * The cached value of the '{@link #getInteractingEmployees() <em>Interacting Employees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractingEmployees()
	 * @generated
	 * @ordered
	 */
	protected EList<Employee> interactingEmployees;

	/**
	 * The cached value of the '{@link #getMonitoringEmployees() <em>Monitoring Employees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitoringEmployees()
	 * @generated
	 * @ordered
	 */
	protected EList<Employee> monitoringEmployees;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleAssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.ROLE_ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerRole getRole() {
		if (role != null && role.eIsProxy()) {
			InternalEObject oldRole = (InternalEObject)role;
			role = (CustomerRole)eResolveProxy(oldRole);
			if (role != oldRole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OutsideInPackage.ROLE_ASSIGNMENT__ROLE, oldRole, role));
			}
		}
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerRole basicGetRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(CustomerRole newRole) {
		CustomerRole oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ROLE_ASSIGNMENT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipDepth getDepth() {
		return depth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepth(RelationshipDepth newDepth) {
		RelationshipDepth oldDepth = depth;
		depth = newDepth == null ? DEPTH_EDEFAULT : newDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ROLE_ASSIGNMENT__DEPTH, oldDepth, depth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getSince() {
		return since;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSince(XMLGregorianCalendar newSince) {
		XMLGregorianCalendar oldSince = since;
		since = newSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.ROLE_ASSIGNMENT__SINCE, oldSince, since));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectResolvingEList<Outcome>(Outcome.class, this, OutsideInPackage.ROLE_ASSIGNMENT__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Employee> getInteractingEmployees() {
		if (interactingEmployees == null) {
			interactingEmployees = new EObjectResolvingEList<Employee>(Employee.class, this, OutsideInPackage.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES);
		}
		return interactingEmployees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Employee> getMonitoringEmployees() {
		if (monitoringEmployees == null) {
			monitoringEmployees = new EObjectResolvingEList<Employee>(Employee.class, this, OutsideInPackage.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES);
		}
		return monitoringEmployees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OutsideInPackage.ROLE_ASSIGNMENT__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case OutsideInPackage.ROLE_ASSIGNMENT__DEPTH:
				return getDepth();
			case OutsideInPackage.ROLE_ASSIGNMENT__SINCE:
				return getSince();
			case OutsideInPackage.ROLE_ASSIGNMENT__OUTCOMES:
				return getOutcomes();
			case OutsideInPackage.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES:
				return getInteractingEmployees();
			case OutsideInPackage.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES:
				return getMonitoringEmployees();
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
			case OutsideInPackage.ROLE_ASSIGNMENT__ROLE:
				setRole((CustomerRole)newValue);
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__DEPTH:
				setDepth((RelationshipDepth)newValue);
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__SINCE:
				setSince((XMLGregorianCalendar)newValue);
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES:
				getInteractingEmployees().clear();
				getInteractingEmployees().addAll((Collection<? extends Employee>)newValue);
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES:
				getMonitoringEmployees().clear();
				getMonitoringEmployees().addAll((Collection<? extends Employee>)newValue);
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
			case OutsideInPackage.ROLE_ASSIGNMENT__ROLE:
				setRole((CustomerRole)null);
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__DEPTH:
				setDepth(DEPTH_EDEFAULT);
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__SINCE:
				setSince(SINCE_EDEFAULT);
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__OUTCOMES:
				getOutcomes().clear();
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES:
				getInteractingEmployees().clear();
				return;
			case OutsideInPackage.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES:
				getMonitoringEmployees().clear();
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
			case OutsideInPackage.ROLE_ASSIGNMENT__ROLE:
				return role != null;
			case OutsideInPackage.ROLE_ASSIGNMENT__DEPTH:
				return depth != DEPTH_EDEFAULT;
			case OutsideInPackage.ROLE_ASSIGNMENT__SINCE:
				return SINCE_EDEFAULT == null ? since != null : !SINCE_EDEFAULT.equals(since);
			case OutsideInPackage.ROLE_ASSIGNMENT__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case OutsideInPackage.ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES:
				return interactingEmployees != null && !interactingEmployees.isEmpty();
			case OutsideInPackage.ROLE_ASSIGNMENT__MONITORING_EMPLOYEES:
				return monitoringEmployees != null && !monitoringEmployees.isEmpty();
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
		result.append(" (depth: ");
		result.append(depth);
		result.append(", since: ");
		result.append(since);
		result.append(')');
		return result.toString();
	}

} //RoleAssignmentImpl
