/**
 * An example methodology plug-in for Outside-In.
 * Generated from hackathon.genmodel; do not edit, regenerate.
 */
package org.outsidein.example.methodology.hackathon.impl;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.outsidein.example.methodology.hackathon.HackathonCommunity;
import org.outsidein.example.methodology.hackathon.HackathonPackage;

import org.outsidein.model.impl.CommunityImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Community</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.example.methodology.hackathon.impl.HackathonCommunityImpl#getHackathonsPerYear <em>Hackathons Per Year</em>}</li>
 *   <li>{@link org.outsidein.example.methodology.hackathon.impl.HackathonCommunityImpl#getLastHackathon <em>Last Hackathon</em>}</li>
 *   <li>{@link org.outsidein.example.methodology.hackathon.impl.HackathonCommunityImpl#getTheme <em>Theme</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HackathonCommunityImpl extends CommunityImpl implements HackathonCommunity {
	/**
	 * The default value of the '{@link #getHackathonsPerYear() <em>Hackathons Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHackathonsPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final int HACKATHONS_PER_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHackathonsPerYear() <em>Hackathons Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHackathonsPerYear()
	 * @generated
	 * @ordered
	 */
	protected int hackathonsPerYear = HACKATHONS_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastHackathon() <em>Last Hackathon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastHackathon()
	 * @generated
	 * @ordered
	 */
	protected static final XMLGregorianCalendar LAST_HACKATHON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastHackathon() <em>Last Hackathon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastHackathon()
	 * @generated
	 * @ordered
	 */
	protected XMLGregorianCalendar lastHackathon = LAST_HACKATHON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final String THEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected String theme = THEME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HackathonCommunityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HackathonPackage.Literals.HACKATHON_COMMUNITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHackathonsPerYear() {
		return hackathonsPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHackathonsPerYear(int newHackathonsPerYear) {
		int oldHackathonsPerYear = hackathonsPerYear;
		hackathonsPerYear = newHackathonsPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HackathonPackage.HACKATHON_COMMUNITY__HACKATHONS_PER_YEAR, oldHackathonsPerYear, hackathonsPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XMLGregorianCalendar getLastHackathon() {
		return lastHackathon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastHackathon(XMLGregorianCalendar newLastHackathon) {
		XMLGregorianCalendar oldLastHackathon = lastHackathon;
		lastHackathon = newLastHackathon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HackathonPackage.HACKATHON_COMMUNITY__LAST_HACKATHON, oldLastHackathon, lastHackathon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(String newTheme) {
		String oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HackathonPackage.HACKATHON_COMMUNITY__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HackathonPackage.HACKATHON_COMMUNITY__HACKATHONS_PER_YEAR:
				return getHackathonsPerYear();
			case HackathonPackage.HACKATHON_COMMUNITY__LAST_HACKATHON:
				return getLastHackathon();
			case HackathonPackage.HACKATHON_COMMUNITY__THEME:
				return getTheme();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HackathonPackage.HACKATHON_COMMUNITY__HACKATHONS_PER_YEAR:
				setHackathonsPerYear((Integer)newValue);
				return;
			case HackathonPackage.HACKATHON_COMMUNITY__LAST_HACKATHON:
				setLastHackathon((XMLGregorianCalendar)newValue);
				return;
			case HackathonPackage.HACKATHON_COMMUNITY__THEME:
				setTheme((String)newValue);
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
			case HackathonPackage.HACKATHON_COMMUNITY__HACKATHONS_PER_YEAR:
				setHackathonsPerYear(HACKATHONS_PER_YEAR_EDEFAULT);
				return;
			case HackathonPackage.HACKATHON_COMMUNITY__LAST_HACKATHON:
				setLastHackathon(LAST_HACKATHON_EDEFAULT);
				return;
			case HackathonPackage.HACKATHON_COMMUNITY__THEME:
				setTheme(THEME_EDEFAULT);
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
			case HackathonPackage.HACKATHON_COMMUNITY__HACKATHONS_PER_YEAR:
				return hackathonsPerYear != HACKATHONS_PER_YEAR_EDEFAULT;
			case HackathonPackage.HACKATHON_COMMUNITY__LAST_HACKATHON:
				return LAST_HACKATHON_EDEFAULT == null ? lastHackathon != null : !LAST_HACKATHON_EDEFAULT.equals(lastHackathon);
			case HackathonPackage.HACKATHON_COMMUNITY__THEME:
				return THEME_EDEFAULT == null ? theme != null : !THEME_EDEFAULT.equals(theme);
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
		result.append(" (hackathonsPerYear: ");
		result.append(hackathonsPerYear);
		result.append(", lastHackathon: ");
		result.append(lastHackathon);
		result.append(", theme: ");
		result.append(theme);
		result.append(')');
		return result.toString();
	}

} //HackathonCommunityImpl
