/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.outsidein.model.CustomerRole;
import org.outsidein.model.OutsideInPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CustomerRoleImpl extends ActivityContainerImpl implements CustomerRole {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerRoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.CUSTOMER_ROLE;
	}

} //CustomerRoleImpl
