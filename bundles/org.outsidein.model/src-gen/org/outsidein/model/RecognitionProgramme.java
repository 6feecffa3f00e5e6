/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recognition Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A way customers are empowered to strut their stuff: recognised, showcased, helping each other.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.RecognitionProgramme#getKind <em>Kind</em>}</li>
 *   <li>{@link org.outsidein.model.RecognitionProgramme#getParticipants <em>Participants</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getRecognitionProgramme()
 * @model
 * @generated
 */
public interface RecognitionProgramme extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.RecognitionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of programme this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.outsidein.model.RecognitionKind
	 * @see #setKind(RecognitionKind)
	 * @see org.outsidein.model.OutsideInPackage#getRecognitionProgramme_Kind()
	 * @model
	 * @generated
	 */
	RecognitionKind getKind();

	/**
	 * Sets the value of the '{@link org.outsidein.model.RecognitionProgramme#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.outsidein.model.RecognitionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RecognitionKind value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customers taking part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getRecognitionProgramme_Participants()
	 * @model
	 * @generated
	 */
	EList<Customer> getParticipants();

} // RecognitionProgramme
