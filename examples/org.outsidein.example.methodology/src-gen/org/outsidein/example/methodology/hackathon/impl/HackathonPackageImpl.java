/**
 * An example methodology plug-in for Outside-In.
 * Generated from hackathon.genmodel; do not edit, regenerate.
 */
package org.outsidein.example.methodology.hackathon.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.outsidein.example.methodology.hackathon.HackathonCommunity;
import org.outsidein.example.methodology.hackathon.HackathonFactory;
import org.outsidein.example.methodology.hackathon.HackathonPackage;

import org.outsidein.model.OutsideInPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HackathonPackageImpl extends EPackageImpl implements HackathonPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hackathonCommunityEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.outsidein.example.methodology.hackathon.HackathonPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private HackathonPackageImpl() {
		super(eNS_URI, HackathonFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link HackathonPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static HackathonPackage init() {
		if (isInited) return (HackathonPackage)EPackage.Registry.INSTANCE.getEPackage(HackathonPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredHackathonPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		HackathonPackageImpl theHackathonPackage = registeredHackathonPackage instanceof HackathonPackageImpl ? (HackathonPackageImpl)registeredHackathonPackage : new HackathonPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		OutsideInPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theHackathonPackage.createPackageContents();

		// Initialize created meta-data
		theHackathonPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theHackathonPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(HackathonPackage.eNS_URI, theHackathonPackage);
		return theHackathonPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHackathonCommunity() {
		return hackathonCommunityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHackathonCommunity_HackathonsPerYear() {
		return (EAttribute)hackathonCommunityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHackathonCommunity_LastHackathon() {
		return (EAttribute)hackathonCommunityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHackathonCommunity_Theme() {
		return (EAttribute)hackathonCommunityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HackathonFactory getHackathonFactory() {
		return (HackathonFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		hackathonCommunityEClass = createEClass(HACKATHON_COMMUNITY);
		createEAttribute(hackathonCommunityEClass, HACKATHON_COMMUNITY__HACKATHONS_PER_YEAR);
		createEAttribute(hackathonCommunityEClass, HACKATHON_COMMUNITY__LAST_HACKATHON);
		createEAttribute(hackathonCommunityEClass, HACKATHON_COMMUNITY__THEME);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		OutsideInPackage theOutsideInPackage = (OutsideInPackage)EPackage.Registry.INSTANCE.getEPackage(OutsideInPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		hackathonCommunityEClass.getESuperTypes().add(theOutsideInPackage.getCommunity());

		// Initialize classes, features, and operations; add parameters
		initEClass(hackathonCommunityEClass, HackathonCommunity.class, "HackathonCommunity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHackathonCommunity_HackathonsPerYear(), ecorePackage.getEInt(), "hackathonsPerYear", null, 0, 1, HackathonCommunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHackathonCommunity_LastHackathon(), theOutsideInPackage.getDate(), "lastHackathon", null, 0, 1, HackathonCommunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHackathonCommunity_Theme(), ecorePackage.getEString(), "theme", null, 0, 1, HackathonCommunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);
	}

} //HackathonPackageImpl
