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

import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.ExternallyIdentified;
import org.outsidein.model.Invention;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.Segment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.CustomerImpl#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CustomerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CustomerImpl#getGroupSize <em>Group Size</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CustomerImpl#isCurrentCustomer <em>Current Customer</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CustomerImpl#isLeadUser <em>Lead User</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CustomerImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CustomerImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CustomerImpl#getInventions <em>Inventions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerImpl extends NamedImpl implements Customer {
	/**
	 * The default value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected String externalId = EXTERNAL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CustomerKind KIND_EDEFAULT = CustomerKind.INDIVIDUAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CustomerKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupSize() <em>Group Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSize()
	 * @generated
	 * @ordered
	 */
	protected static final int GROUP_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGroupSize() <em>Group Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSize()
	 * @generated
	 * @ordered
	 */
	protected int groupSize = GROUP_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCurrentCustomer() <em>Current Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCurrentCustomer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CURRENT_CUSTOMER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCurrentCustomer() <em>Current Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCurrentCustomer()
	 * @generated
	 * @ordered
	 */
	protected boolean currentCustomer = CURRENT_CUSTOMER_EDEFAULT;

	/**
	 * The default value of the '{@link #isLeadUser() <em>Lead User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLeadUser()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LEAD_USER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLeadUser() <em>Lead User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLeadUser()
	 * @generated
	 * @ordered
	 */
	protected boolean leadUser = LEAD_USER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected Segment segment;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<RoleAssignment> roles;

	/**
	 * The cached value of the '{@link #getInventions() <em>Inventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInventions()
	 * @generated
	 * @ordered
	 */
	protected EList<Invention> inventions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.CUSTOMER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalId() {
		return externalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalId(String newExternalId) {
		String oldExternalId = externalId;
		externalId = newExternalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.CUSTOMER__EXTERNAL_ID, oldExternalId, externalId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CustomerKind newKind) {
		CustomerKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.CUSTOMER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGroupSize() {
		return groupSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupSize(int newGroupSize) {
		int oldGroupSize = groupSize;
		groupSize = newGroupSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.CUSTOMER__GROUP_SIZE, oldGroupSize, groupSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCurrentCustomer() {
		return currentCustomer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentCustomer(boolean newCurrentCustomer) {
		boolean oldCurrentCustomer = currentCustomer;
		currentCustomer = newCurrentCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.CUSTOMER__CURRENT_CUSTOMER, oldCurrentCustomer, currentCustomer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLeadUser() {
		return leadUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadUser(boolean newLeadUser) {
		boolean oldLeadUser = leadUser;
		leadUser = newLeadUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.CUSTOMER__LEAD_USER, oldLeadUser, leadUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (Segment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OutsideInPackage.CUSTOMER__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(Segment newSegment) {
		Segment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.CUSTOMER__SEGMENT, oldSegment, segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoleAssignment> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<RoleAssignment>(RoleAssignment.class, this, OutsideInPackage.CUSTOMER__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Invention> getInventions() {
		if (inventions == null) {
			inventions = new EObjectContainmentEList<Invention>(Invention.class, this, OutsideInPackage.CUSTOMER__INVENTIONS);
		}
		return inventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.CUSTOMER__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.CUSTOMER__INVENTIONS:
				return ((InternalEList<?>)getInventions()).basicRemove(otherEnd, msgs);
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
			case OutsideInPackage.CUSTOMER__EXTERNAL_ID:
				return getExternalId();
			case OutsideInPackage.CUSTOMER__KIND:
				return getKind();
			case OutsideInPackage.CUSTOMER__GROUP_SIZE:
				return getGroupSize();
			case OutsideInPackage.CUSTOMER__CURRENT_CUSTOMER:
				return isCurrentCustomer();
			case OutsideInPackage.CUSTOMER__LEAD_USER:
				return isLeadUser();
			case OutsideInPackage.CUSTOMER__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case OutsideInPackage.CUSTOMER__ROLES:
				return getRoles();
			case OutsideInPackage.CUSTOMER__INVENTIONS:
				return getInventions();
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
			case OutsideInPackage.CUSTOMER__EXTERNAL_ID:
				setExternalId((String)newValue);
				return;
			case OutsideInPackage.CUSTOMER__KIND:
				setKind((CustomerKind)newValue);
				return;
			case OutsideInPackage.CUSTOMER__GROUP_SIZE:
				setGroupSize((Integer)newValue);
				return;
			case OutsideInPackage.CUSTOMER__CURRENT_CUSTOMER:
				setCurrentCustomer((Boolean)newValue);
				return;
			case OutsideInPackage.CUSTOMER__LEAD_USER:
				setLeadUser((Boolean)newValue);
				return;
			case OutsideInPackage.CUSTOMER__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case OutsideInPackage.CUSTOMER__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends RoleAssignment>)newValue);
				return;
			case OutsideInPackage.CUSTOMER__INVENTIONS:
				getInventions().clear();
				getInventions().addAll((Collection<? extends Invention>)newValue);
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
			case OutsideInPackage.CUSTOMER__EXTERNAL_ID:
				setExternalId(EXTERNAL_ID_EDEFAULT);
				return;
			case OutsideInPackage.CUSTOMER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OutsideInPackage.CUSTOMER__GROUP_SIZE:
				setGroupSize(GROUP_SIZE_EDEFAULT);
				return;
			case OutsideInPackage.CUSTOMER__CURRENT_CUSTOMER:
				setCurrentCustomer(CURRENT_CUSTOMER_EDEFAULT);
				return;
			case OutsideInPackage.CUSTOMER__LEAD_USER:
				setLeadUser(LEAD_USER_EDEFAULT);
				return;
			case OutsideInPackage.CUSTOMER__SEGMENT:
				setSegment((Segment)null);
				return;
			case OutsideInPackage.CUSTOMER__ROLES:
				getRoles().clear();
				return;
			case OutsideInPackage.CUSTOMER__INVENTIONS:
				getInventions().clear();
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
			case OutsideInPackage.CUSTOMER__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalId != null : !EXTERNAL_ID_EDEFAULT.equals(externalId);
			case OutsideInPackage.CUSTOMER__KIND:
				return kind != KIND_EDEFAULT;
			case OutsideInPackage.CUSTOMER__GROUP_SIZE:
				return groupSize != GROUP_SIZE_EDEFAULT;
			case OutsideInPackage.CUSTOMER__CURRENT_CUSTOMER:
				return currentCustomer != CURRENT_CUSTOMER_EDEFAULT;
			case OutsideInPackage.CUSTOMER__LEAD_USER:
				return leadUser != LEAD_USER_EDEFAULT;
			case OutsideInPackage.CUSTOMER__SEGMENT:
				return segment != null;
			case OutsideInPackage.CUSTOMER__ROLES:
				return roles != null && !roles.isEmpty();
			case OutsideInPackage.CUSTOMER__INVENTIONS:
				return inventions != null && !inventions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == ExternallyIdentified.class) {
			switch (derivedFeatureID) {
				case OutsideInPackage.CUSTOMER__EXTERNAL_ID: return OutsideInPackage.EXTERNALLY_IDENTIFIED__EXTERNAL_ID;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == ExternallyIdentified.class) {
			switch (baseFeatureID) {
				case OutsideInPackage.EXTERNALLY_IDENTIFIED__EXTERNAL_ID: return OutsideInPackage.CUSTOMER__EXTERNAL_ID;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (externalId: ");
		result.append(externalId);
		result.append(", kind: ");
		result.append(kind);
		result.append(", groupSize: ");
		result.append(groupSize);
		result.append(", currentCustomer: ");
		result.append(currentCustomer);
		result.append(", leadUser: ");
		result.append(leadUser);
		result.append(')');
		return result.toString();
	}

} //CustomerImpl
