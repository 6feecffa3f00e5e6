/**
 * An example methodology plug-in for Outside-In.
 * Generated from hackathon.genmodel; do not edit, regenerate.
 */
package org.outsidein.example.methodology.hackathon;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.outsidein.model.OutsideInPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An example of a methodology author's own concepts, subclassing Outside-In's: communities that meet in hackathons.
 * <!-- end-model-doc -->
 * @see org.outsidein.example.methodology.hackathon.HackathonFactory
 * @model kind="package"
 * @generated
 */
public interface HackathonPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "hackathon";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.outsidein.org/example/hackathon/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "hackathon";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HackathonPackage eINSTANCE = org.outsidein.example.methodology.hackathon.impl.HackathonPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.outsidein.example.methodology.hackathon.impl.HackathonCommunityImpl <em>Community</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.example.methodology.hackathon.impl.HackathonCommunityImpl
	 * @see org.outsidein.example.methodology.hackathon.impl.HackathonPackageImpl#getHackathonCommunity()
	 * @generated
	 */
	int HACKATHON_COMMUNITY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__ID = OutsideInPackage.COMMUNITY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__NAME = OutsideInPackage.COMMUNITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__DESCRIPTION = OutsideInPackage.COMMUNITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ownership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__OWNERSHIP = OutsideInPackage.COMMUNITY__OWNERSHIP;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__CHANNEL = OutsideInPackage.COMMUNITY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Purposes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__PURPOSES = OutsideInPackage.COMMUNITY__PURPOSES;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__MEMBERS = OutsideInPackage.COMMUNITY__MEMBERS;

	/**
	 * The feature id for the '<em><b>Employees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__EMPLOYEES = OutsideInPackage.COMMUNITY__EMPLOYEES;

	/**
	 * The feature id for the '<em><b>Ideas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__IDEAS = OutsideInPackage.COMMUNITY__IDEAS;

	/**
	 * The feature id for the '<em><b>Hackathons Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__HACKATHONS_PER_YEAR = OutsideInPackage.COMMUNITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Last Hackathon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__LAST_HACKATHON = OutsideInPackage.COMMUNITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY__THEME = OutsideInPackage.COMMUNITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Community</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY_FEATURE_COUNT = OutsideInPackage.COMMUNITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Community</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HACKATHON_COMMUNITY_OPERATION_COUNT = OutsideInPackage.COMMUNITY_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.outsidein.example.methodology.hackathon.HackathonCommunity <em>Community</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Community</em>'.
	 * @see org.outsidein.example.methodology.hackathon.HackathonCommunity
	 * @generated
	 */
	EClass getHackathonCommunity();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getHackathonsPerYear <em>Hackathons Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hackathons Per Year</em>'.
	 * @see org.outsidein.example.methodology.hackathon.HackathonCommunity#getHackathonsPerYear()
	 * @see #getHackathonCommunity()
	 * @generated
	 */
	EAttribute getHackathonCommunity_HackathonsPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getLastHackathon <em>Last Hackathon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Hackathon</em>'.
	 * @see org.outsidein.example.methodology.hackathon.HackathonCommunity#getLastHackathon()
	 * @see #getHackathonCommunity()
	 * @generated
	 */
	EAttribute getHackathonCommunity_LastHackathon();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.example.methodology.hackathon.HackathonCommunity#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.outsidein.example.methodology.hackathon.HackathonCommunity#getTheme()
	 * @see #getHackathonCommunity()
	 * @generated
	 */
	EAttribute getHackathonCommunity_Theme();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HackathonFactory getHackathonFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.outsidein.example.methodology.hackathon.impl.HackathonCommunityImpl <em>Community</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.example.methodology.hackathon.impl.HackathonCommunityImpl
		 * @see org.outsidein.example.methodology.hackathon.impl.HackathonPackageImpl#getHackathonCommunity()
		 * @generated
		 */
		EClass HACKATHON_COMMUNITY = eINSTANCE.getHackathonCommunity();

		/**
		 * The meta object literal for the '<em><b>Hackathons Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HACKATHON_COMMUNITY__HACKATHONS_PER_YEAR = eINSTANCE.getHackathonCommunity_HackathonsPerYear();

		/**
		 * The meta object literal for the '<em><b>Last Hackathon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HACKATHON_COMMUNITY__LAST_HACKATHON = eINSTANCE.getHackathonCommunity_LastHackathon();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HACKATHON_COMMUNITY__THEME = eINSTANCE.getHackathonCommunity_Theme();

	}

} //HackathonPackage
