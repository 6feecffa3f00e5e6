/**
 * An example methodology plug-in for Outside-In.
 * Generated from hackathon.genmodel; do not edit, regenerate.
 */
package org.outsidein.example.methodology.hackathon;

import javax.xml.datatype.XMLGregorianCalendar;

import org.outsidein.model.Community;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Community</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A community whose members build things together in hackathons the organisation hosts or joins.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getHackathonsPerYear <em>Hackathons Per Year</em>}</li>
 *   <li>{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getLastHackathon <em>Last Hackathon</em>}</li>
 *   <li>{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getTheme <em>Theme</em>}</li>
 * </ul>
 *
 * @see org.outsidein.example.methodology.hackathon.HackathonPackage#getHackathonCommunity()
 * @model
 * @generated
 */
public interface HackathonCommunity extends Community {
	/**
	 * Returns the value of the '<em><b>Hackathons Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many hackathons the community holds in a year; 0 when none is planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hackathons Per Year</em>' attribute.
	 * @see #setHackathonsPerYear(int)
	 * @see org.outsidein.example.methodology.hackathon.HackathonPackage#getHackathonCommunity_HackathonsPerYear()
	 * @model
	 * @generated
	 */
	int getHackathonsPerYear();

	/**
	 * Sets the value of the '{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getHackathonsPerYear <em>Hackathons Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hackathons Per Year</em>' attribute.
	 * @see #getHackathonsPerYear()
	 * @generated
	 */
	void setHackathonsPerYear(int value);

	/**
	 * Returns the value of the '<em><b>Last Hackathon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day of the latest hackathon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Hackathon</em>' attribute.
	 * @see #setLastHackathon(XMLGregorianCalendar)
	 * @see org.outsidein.example.methodology.hackathon.HackathonPackage#getHackathonCommunity_LastHackathon()
	 * @model dataType="org.outsidein.model.Date"
	 * @generated
	 */
	XMLGregorianCalendar getLastHackathon();

	/**
	 * Sets the value of the '{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getLastHackathon <em>Last Hackathon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Hackathon</em>' attribute.
	 * @see #getLastHackathon()
	 * @generated
	 */
	void setLastHackathon(XMLGregorianCalendar value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the hackathons are about, such as "repairable gear".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see #setTheme(String)
	 * @see org.outsidein.example.methodology.hackathon.HackathonPackage#getHackathonCommunity_Theme()
	 * @model
	 * @generated
	 */
	String getTheme();

	/**
	 * Sets the value of the '{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(String value);

} // HackathonCommunity
