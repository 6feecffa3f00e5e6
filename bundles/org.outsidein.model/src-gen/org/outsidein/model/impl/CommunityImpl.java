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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.outsidein.model.Community;
import org.outsidein.model.CommunityChannel;
import org.outsidein.model.CommunityOwnership;
import org.outsidein.model.CommunityPurpose;
import org.outsidein.model.Customer;
import org.outsidein.model.Employee;
import org.outsidein.model.Idea;
import org.outsidein.model.OutsideInPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Community</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.CommunityImpl#getOwnership <em>Ownership</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CommunityImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CommunityImpl#getPurposes <em>Purposes</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CommunityImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CommunityImpl#getEmployees <em>Employees</em>}</li>
 *   <li>{@link org.outsidein.model.impl.CommunityImpl#getIdeas <em>Ideas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommunityImpl extends NamedImpl implements Community {
	/**
	 * The default value of the '{@link #getOwnership() <em>Ownership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnership()
	 * @generated
	 * @ordered
	 */
	protected static final CommunityOwnership OWNERSHIP_EDEFAULT = CommunityOwnership.OWN;

	/**
	 * The cached value of the '{@link #getOwnership() <em>Ownership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnership()
	 * @generated
	 * @ordered
	 */
	protected CommunityOwnership ownership = OWNERSHIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final CommunityChannel CHANNEL_EDEFAULT = CommunityChannel.ONLINE;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected CommunityChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPurposes() <em>Purposes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurposes()
	 * @generated
	 * @ordered
	 */
	protected EList<CommunityPurpose> purposes;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> members;

	/**
	 * The cached value of the '{@link #getEmployees() <em>Employees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployees()
	 * @generated
	 * @ordered
	 */
	protected EList<Employee> employees;

	/**
	 * The cached value of the '{@link #getIdeas() <em>Ideas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdeas()
	 * @generated
	 * @ordered
	 */
	protected EList<Idea> ideas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommunityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.COMMUNITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunityOwnership getOwnership() {
		return ownership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnership(CommunityOwnership newOwnership) {
		CommunityOwnership oldOwnership = ownership;
		ownership = newOwnership == null ? OWNERSHIP_EDEFAULT : newOwnership;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.COMMUNITY__OWNERSHIP, oldOwnership, ownership));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunityChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(CommunityChannel newChannel) {
		CommunityChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.COMMUNITY__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommunityPurpose> getPurposes() {
		if (purposes == null) {
			purposes = new EDataTypeUniqueEList<CommunityPurpose>(CommunityPurpose.class, this, OutsideInPackage.COMMUNITY__PURPOSES);
		}
		return purposes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Customer>(Customer.class, this, OutsideInPackage.COMMUNITY__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Employee> getEmployees() {
		if (employees == null) {
			employees = new EObjectResolvingEList<Employee>(Employee.class, this, OutsideInPackage.COMMUNITY__EMPLOYEES);
		}
		return employees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Idea> getIdeas() {
		if (ideas == null) {
			ideas = new EObjectContainmentEList<Idea>(Idea.class, this, OutsideInPackage.COMMUNITY__IDEAS);
		}
		return ideas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.COMMUNITY__IDEAS:
				return ((InternalEList<?>)getIdeas()).basicRemove(otherEnd, msgs);
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
			case OutsideInPackage.COMMUNITY__OWNERSHIP:
				return getOwnership();
			case OutsideInPackage.COMMUNITY__CHANNEL:
				return getChannel();
			case OutsideInPackage.COMMUNITY__PURPOSES:
				return getPurposes();
			case OutsideInPackage.COMMUNITY__MEMBERS:
				return getMembers();
			case OutsideInPackage.COMMUNITY__EMPLOYEES:
				return getEmployees();
			case OutsideInPackage.COMMUNITY__IDEAS:
				return getIdeas();
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
			case OutsideInPackage.COMMUNITY__OWNERSHIP:
				setOwnership((CommunityOwnership)newValue);
				return;
			case OutsideInPackage.COMMUNITY__CHANNEL:
				setChannel((CommunityChannel)newValue);
				return;
			case OutsideInPackage.COMMUNITY__PURPOSES:
				getPurposes().clear();
				getPurposes().addAll((Collection<? extends CommunityPurpose>)newValue);
				return;
			case OutsideInPackage.COMMUNITY__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Customer>)newValue);
				return;
			case OutsideInPackage.COMMUNITY__EMPLOYEES:
				getEmployees().clear();
				getEmployees().addAll((Collection<? extends Employee>)newValue);
				return;
			case OutsideInPackage.COMMUNITY__IDEAS:
				getIdeas().clear();
				getIdeas().addAll((Collection<? extends Idea>)newValue);
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
			case OutsideInPackage.COMMUNITY__OWNERSHIP:
				setOwnership(OWNERSHIP_EDEFAULT);
				return;
			case OutsideInPackage.COMMUNITY__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case OutsideInPackage.COMMUNITY__PURPOSES:
				getPurposes().clear();
				return;
			case OutsideInPackage.COMMUNITY__MEMBERS:
				getMembers().clear();
				return;
			case OutsideInPackage.COMMUNITY__EMPLOYEES:
				getEmployees().clear();
				return;
			case OutsideInPackage.COMMUNITY__IDEAS:
				getIdeas().clear();
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
			case OutsideInPackage.COMMUNITY__OWNERSHIP:
				return ownership != OWNERSHIP_EDEFAULT;
			case OutsideInPackage.COMMUNITY__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case OutsideInPackage.COMMUNITY__PURPOSES:
				return purposes != null && !purposes.isEmpty();
			case OutsideInPackage.COMMUNITY__MEMBERS:
				return members != null && !members.isEmpty();
			case OutsideInPackage.COMMUNITY__EMPLOYEES:
				return employees != null && !employees.isEmpty();
			case OutsideInPackage.COMMUNITY__IDEAS:
				return ideas != null && !ideas.isEmpty();
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
		result.append(" (ownership: ");
		result.append(ownership);
		result.append(", channel: ");
		result.append(channel);
		result.append(", purposes: ");
		result.append(purposes);
		result.append(')');
		return result.toString();
	}

} //CommunityImpl
