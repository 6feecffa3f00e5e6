/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Idea</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An idea that came from a community.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.Idea#getProposedBy <em>Proposed By</em>}</li>
 *   <li>{@link org.outsidein.model.Idea#getStatus <em>Status</em>}</li>
 *   <li>{@link org.outsidein.model.Idea#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getIdea()
 * @model
 * @generated
 */
public interface Idea extends Named {
	/**
	 * Returns the value of the '<em><b>Proposed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who proposed the idea.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposed By</em>' reference.
	 * @see #setProposedBy(Customer)
	 * @see org.outsidein.model.OutsideInPackage#getIdea_ProposedBy()
	 * @model
	 * @generated
	 */
	Customer getProposedBy();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Idea#getProposedBy <em>Proposed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed By</em>' reference.
	 * @see #getProposedBy()
	 * @generated
	 */
	void setProposedBy(Customer value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.outsidein.model.IdeaStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What became of the idea.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.outsidein.model.IdeaStatus
	 * @see #setStatus(IdeaStatus)
	 * @see org.outsidein.model.OutsideInPackage#getIdea_Status()
	 * @model
	 * @generated
	 */
	IdeaStatus getStatus();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Idea#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.outsidein.model.IdeaStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(IdeaStatus value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome the idea serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' reference.
	 * @see #setOutcome(Outcome)
	 * @see org.outsidein.model.OutsideInPackage#getIdea_Outcome()
	 * @model
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link org.outsidein.model.Idea#getOutcome <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

} // Idea
