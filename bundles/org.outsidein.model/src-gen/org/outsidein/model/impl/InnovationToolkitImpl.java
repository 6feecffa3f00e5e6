/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.outsidein.model.Customer;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.ToolkitKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Innovation Toolkit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.InnovationToolkitImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.outsidein.model.impl.InnovationToolkitImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.outsidein.model.impl.InnovationToolkitImpl#getUsers <em>Users</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InnovationToolkitImpl extends NamedImpl implements InnovationToolkit {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ToolkitKind KIND_EDEFAULT = ToolkitKind.ELECTRONIC_DESIGN_TOOL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ToolkitKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> users;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InnovationToolkitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.INNOVATION_TOOLKIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ToolkitKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ToolkitKind newKind) {
		ToolkitKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.INNOVATION_TOOLKIT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectResolvingEList<Outcome>(Outcome.class, this, OutsideInPackage.INNOVATION_TOOLKIT__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getUsers() {
		if (users == null) {
			users = new EObjectResolvingEList<Customer>(Customer.class, this, OutsideInPackage.INNOVATION_TOOLKIT__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OutsideInPackage.INNOVATION_TOOLKIT__KIND:
				return getKind();
			case OutsideInPackage.INNOVATION_TOOLKIT__OUTCOMES:
				return getOutcomes();
			case OutsideInPackage.INNOVATION_TOOLKIT__USERS:
				return getUsers();
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
			case OutsideInPackage.INNOVATION_TOOLKIT__KIND:
				setKind((ToolkitKind)newValue);
				return;
			case OutsideInPackage.INNOVATION_TOOLKIT__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case OutsideInPackage.INNOVATION_TOOLKIT__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends Customer>)newValue);
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
			case OutsideInPackage.INNOVATION_TOOLKIT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OutsideInPackage.INNOVATION_TOOLKIT__OUTCOMES:
				getOutcomes().clear();
				return;
			case OutsideInPackage.INNOVATION_TOOLKIT__USERS:
				getUsers().clear();
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
			case OutsideInPackage.INNOVATION_TOOLKIT__KIND:
				return kind != KIND_EDEFAULT;
			case OutsideInPackage.INNOVATION_TOOLKIT__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case OutsideInPackage.INNOVATION_TOOLKIT__USERS:
				return users != null && !users.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //InnovationToolkitImpl
