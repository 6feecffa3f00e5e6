/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.outsidein.model.Customer;
import org.outsidein.model.OpenAccessInitiative;
import org.outsidein.model.OpenedAsset;
import org.outsidein.model.OutsideInPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Open Access Initiative</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.OpenAccessInitiativeImpl#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OpenAccessInitiativeImpl#getContributors <em>Contributors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpenAccessInitiativeImpl extends NamedImpl implements OpenAccessInitiative {
	/**
	 * The cached value of the '{@link #getOpened() <em>Opened</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected EList<OpenedAsset> opened;

	/**
	 * The cached value of the '{@link #getContributors() <em>Contributors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributors()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> contributors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpenAccessInitiativeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.OPEN_ACCESS_INITIATIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OpenedAsset> getOpened() {
		if (opened == null) {
			opened = new EDataTypeUniqueEList<OpenedAsset>(OpenedAsset.class, this, OutsideInPackage.OPEN_ACCESS_INITIATIVE__OPENED);
		}
		return opened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getContributors() {
		if (contributors == null) {
			contributors = new EObjectResolvingEList<Customer>(Customer.class, this, OutsideInPackage.OPEN_ACCESS_INITIATIVE__CONTRIBUTORS);
		}
		return contributors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE__OPENED:
				return getOpened();
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE__CONTRIBUTORS:
				return getContributors();
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
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE__OPENED:
				getOpened().clear();
				getOpened().addAll((Collection<? extends OpenedAsset>)newValue);
				return;
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE__CONTRIBUTORS:
				getContributors().clear();
				getContributors().addAll((Collection<? extends Customer>)newValue);
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
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE__OPENED:
				getOpened().clear();
				return;
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE__CONTRIBUTORS:
				getContributors().clear();
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
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE__OPENED:
				return opened != null && !opened.isEmpty();
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE__CONTRIBUTORS:
				return contributors != null && !contributors.isEmpty();
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
		result.append(" (opened: ");
		result.append(opened);
		result.append(')');
		return result.toString();
	}

} //OpenAccessInitiativeImpl
