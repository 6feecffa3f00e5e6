/**
 * An example methodology plug-in for Outside-In.
 * Generated from hackathon.genmodel; do not edit, regenerate.
 */
package org.outsidein.example.methodology.hackathon;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.outsidein.example.methodology.hackathon.HackathonPackage
 * @generated
 */
public interface HackathonFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HackathonFactory eINSTANCE = org.outsidein.example.methodology.hackathon.impl.HackathonFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Community</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Community</em>'.
	 * @generated
	 */
	HackathonCommunity createHackathonCommunity();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	HackathonPackage getHackathonPackage();

} //HackathonFactory
