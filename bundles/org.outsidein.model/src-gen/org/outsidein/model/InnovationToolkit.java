/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Innovation Toolkit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A toolkit that lets customers design their own solutions with the organisation's domain expertise.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.InnovationToolkit#getKind <em>Kind</em>}</li>
 *   <li>{@link org.outsidein.model.InnovationToolkit#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.outsidein.model.InnovationToolkit#getUsers <em>Users</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getInnovationToolkit()
 * @model
 * @generated
 */
public interface InnovationToolkit extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.ToolkitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of toolkit this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.outsidein.model.ToolkitKind
	 * @see #setKind(ToolkitKind)
	 * @see org.outsidein.model.OutsideInPackage#getInnovationToolkit_Kind()
	 * @model
	 * @generated
	 */
	ToolkitKind getKind();

	/**
	 * Sets the value of the '{@link org.outsidein.model.InnovationToolkit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.outsidein.model.ToolkitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ToolkitKind value);

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcomes the toolkit helps customers reach.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getInnovationToolkit_Outcomes()
	 * @model
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customers who use the toolkit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getInnovationToolkit_Users()
	 * @model
	 * @generated
	 */
	EList<Customer> getUsers();

} // InnovationToolkit
