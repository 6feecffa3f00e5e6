/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a model file: one organisation and the customer ecosystem around it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.OutsideInModel#getMethodologies <em>Methodologies</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getToolkits <em>Toolkits</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getCommunities <em>Communities</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getRecognitionProgrammes <em>Recognition Programmes</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getOpenInitiatives <em>Open Initiatives</em>}</li>
 *   <li>{@link org.outsidein.model.OutsideInModel#getAssessments <em>Assessments</em>}</li>
 * </ul>
 *
 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='contributedRules'"
 * @generated
 */
public interface OutsideInModel extends Named {
	/**
	 * Returns the value of the '<em><b>Methodologies</b></em>' reference list.
	 * The list contents are of type {@link org.outsidein.model.Methodology}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The methodologies this model is assessed against: the built-in Outside Innovation methodology, plus any a methodology author contributes. Referenced, never copied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Methodologies</em>' reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Methodologies()
	 * @model
	 * @generated
	 */
	EList<Methodology> getMethodologies();

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation whose customer ecosystem this model describes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' containment reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Organisation()
	 * @model containment="true"
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.outsidein.model.OutsideInModel#getOrganisation <em>Organisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' containment reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer segments, each with its real size in the whole customer base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Customers</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customers (and non-customers, such as lead users) the organisation cares about. Usually a small part of the whole customer base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customers</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Customers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Customer> getCustomers();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outcomes customers want to reach, scored for importance and satisfaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer scenarios: how customers reach an outcome today, and how they would ideally.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Toolkits</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.InnovationToolkit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Innovation toolkits offered to customers so they can design their own solutions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Toolkits</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Toolkits()
	 * @model containment="true"
	 * @generated
	 */
	EList<InnovationToolkit> getToolkits();

	/**
	 * Returns the value of the '<em><b>Communities</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Community}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Communities the organisation runs or takes part in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Communities</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Communities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Community> getCommunities();

	/**
	 * Returns the value of the '<em><b>Recognition Programmes</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.RecognitionProgramme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ways customers are empowered to strut their stuff.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recognition Programmes</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_RecognitionProgrammes()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecognitionProgramme> getRecognitionProgrammes();

	/**
	 * Returns the value of the '<em><b>Open Initiatives</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.OpenAccessInitiative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ways products are opened up for customers to extend and co-produce.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Open Initiatives</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_OpenInitiatives()
	 * @model containment="true"
	 * @generated
	 */
	EList<OpenAccessInitiative> getOpenInitiatives();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.outsidein.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Self-assessments of the organisation's practice, over time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.outsidein.model.OutsideInPackage#getOutsideInModel_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

} // OutsideInModel
