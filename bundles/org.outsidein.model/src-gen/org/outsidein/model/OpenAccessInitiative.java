/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Open Access Initiative</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A way the organisation opens up its products so customers can extend, modify and co-produce them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.OpenAccessInitiative#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.outsidein.model.OpenAccessInitiative#getContributors <em>Contributors</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getOpenAccessInitiative()
 * @model
 * @generated
 */
public interface OpenAccessInitiative extends Named {
	/**
	 * Returns the value of the '<em><b>Opened</b></em>' attribute list.
	 * The list contents are of type {@link org.outsidein.model.OpenedAsset}.
	 * The literals are from the enumeration {@link org.outsidein.model.OpenedAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is opened up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened</em>' attribute list.
	 * @see org.outsidein.model.OpenedAsset
	 * @see org.outsidein.model.OutsideInPackage#getOpenAccessInitiative_Opened()
	 * @model
	 * @generated
	 */
	EList<OpenedAsset> getOpened();

	/**
	 * Returns the value of the '<em><b>Contributors</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customers contributing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributors</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOpenAccessInitiative_Contributors()
	 * @model
	 * @generated
	 */
	EList<Customer> getContributors();

} // OpenAccessInitiative
