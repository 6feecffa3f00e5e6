/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.outsidein.model.Assessment;
import org.outsidein.model.Community;
import org.outsidein.model.Customer;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.Methodology;
import org.outsidein.model.OpenAccessInitiative;
import org.outsidein.model.Organisation;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RecognitionProgramme;
import org.outsidein.model.Scenario;
import org.outsidein.model.Segment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getMethodologies <em>Methodologies</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getToolkits <em>Toolkits</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getCommunities <em>Communities</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getRecognitionProgrammes <em>Recognition Programmes</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getOpenInitiatives <em>Open Initiatives</em>}</li>
 *   <li>{@link org.outsidein.model.impl.OutsideInModelImpl#getAssessments <em>Assessments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutsideInModelImpl extends NamedImpl implements OutsideInModel {
	/**
	 * The cached value of the '{@link #getMethodologies() <em>Methodologies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodologies()
	 * @generated
	 * @ordered
	 */
	protected EList<Methodology> methodologies;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getCustomers() <em>Customers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> customers;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<Outcome> outcomes;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getToolkits() <em>Toolkits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolkits()
	 * @generated
	 * @ordered
	 */
	protected EList<InnovationToolkit> toolkits;

	/**
	 * The cached value of the '{@link #getCommunities() <em>Communities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunities()
	 * @generated
	 * @ordered
	 */
	protected EList<Community> communities;

	/**
	 * The cached value of the '{@link #getRecognitionProgrammes() <em>Recognition Programmes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognitionProgrammes()
	 * @generated
	 * @ordered
	 */
	protected EList<RecognitionProgramme> recognitionProgrammes;

	/**
	 * The cached value of the '{@link #getOpenInitiatives() <em>Open Initiatives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenInitiatives()
	 * @generated
	 * @ordered
	 */
	protected EList<OpenAccessInitiative> openInitiatives;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutsideInModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.OUTSIDE_IN_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Methodology> getMethodologies() {
		if (methodologies == null) {
			methodologies = new EObjectResolvingEList<Methodology>(Methodology.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__METHODOLOGIES);
		}
		return methodologies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrganisation(Organisation newOrganisation, NotificationChain msgs) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION, oldOrganisation, newOrganisation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		if (newOrganisation != organisation) {
			NotificationChain msgs = null;
			if (organisation != null)
				msgs = ((InternalEObject)organisation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION, null, msgs);
			if (newOrganisation != null)
				msgs = ((InternalEObject)newOrganisation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION, null, msgs);
			msgs = basicSetOrganisation(newOrganisation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION, newOrganisation, newOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getCustomers() {
		if (customers == null) {
			customers = new EObjectContainmentEList<Customer>(Customer.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__CUSTOMERS);
		}
		return customers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectContainmentEList<Outcome>(Outcome.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InnovationToolkit> getToolkits() {
		if (toolkits == null) {
			toolkits = new EObjectContainmentEList<InnovationToolkit>(InnovationToolkit.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__TOOLKITS);
		}
		return toolkits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Community> getCommunities() {
		if (communities == null) {
			communities = new EObjectContainmentEList<Community>(Community.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__COMMUNITIES);
		}
		return communities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecognitionProgramme> getRecognitionProgrammes() {
		if (recognitionProgrammes == null) {
			recognitionProgrammes = new EObjectContainmentEList<RecognitionProgramme>(RecognitionProgramme.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES);
		}
		return recognitionProgrammes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OpenAccessInitiative> getOpenInitiatives() {
		if (openInitiatives == null) {
			openInitiatives = new EObjectContainmentEList<OpenAccessInitiative>(OpenAccessInitiative.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__OPEN_INITIATIVES);
		}
		return openInitiatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, OutsideInPackage.OUTSIDE_IN_MODEL__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION:
				return basicSetOrganisation(null, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__CUSTOMERS:
				return ((InternalEList<?>)getCustomers()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__TOOLKITS:
				return ((InternalEList<?>)getToolkits()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__COMMUNITIES:
				return ((InternalEList<?>)getCommunities()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES:
				return ((InternalEList<?>)getRecognitionProgrammes()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__OPEN_INITIATIVES:
				return ((InternalEList<?>)getOpenInitiatives()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.OUTSIDE_IN_MODEL__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OutsideInPackage.OUTSIDE_IN_MODEL__METHODOLOGIES:
				return getMethodologies();
			case OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION:
				return getOrganisation();
			case OutsideInPackage.OUTSIDE_IN_MODEL__SEGMENTS:
				return getSegments();
			case OutsideInPackage.OUTSIDE_IN_MODEL__CUSTOMERS:
				return getCustomers();
			case OutsideInPackage.OUTSIDE_IN_MODEL__OUTCOMES:
				return getOutcomes();
			case OutsideInPackage.OUTSIDE_IN_MODEL__SCENARIOS:
				return getScenarios();
			case OutsideInPackage.OUTSIDE_IN_MODEL__TOOLKITS:
				return getToolkits();
			case OutsideInPackage.OUTSIDE_IN_MODEL__COMMUNITIES:
				return getCommunities();
			case OutsideInPackage.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES:
				return getRecognitionProgrammes();
			case OutsideInPackage.OUTSIDE_IN_MODEL__OPEN_INITIATIVES:
				return getOpenInitiatives();
			case OutsideInPackage.OUTSIDE_IN_MODEL__ASSESSMENTS:
				return getAssessments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OutsideInPackage.OUTSIDE_IN_MODEL__METHODOLOGIES:
				getMethodologies().clear();
				getMethodologies().addAll((Collection<? extends Methodology>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__CUSTOMERS:
				getCustomers().clear();
				getCustomers().addAll((Collection<? extends Customer>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__TOOLKITS:
				getToolkits().clear();
				getToolkits().addAll((Collection<? extends InnovationToolkit>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__COMMUNITIES:
				getCommunities().clear();
				getCommunities().addAll((Collection<? extends Community>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES:
				getRecognitionProgrammes().clear();
				getRecognitionProgrammes().addAll((Collection<? extends RecognitionProgramme>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__OPEN_INITIATIVES:
				getOpenInitiatives().clear();
				getOpenInitiatives().addAll((Collection<? extends OpenAccessInitiative>)newValue);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
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
			case OutsideInPackage.OUTSIDE_IN_MODEL__METHODOLOGIES:
				getMethodologies().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__SEGMENTS:
				getSegments().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__CUSTOMERS:
				getCustomers().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__OUTCOMES:
				getOutcomes().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__SCENARIOS:
				getScenarios().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__TOOLKITS:
				getToolkits().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__COMMUNITIES:
				getCommunities().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES:
				getRecognitionProgrammes().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__OPEN_INITIATIVES:
				getOpenInitiatives().clear();
				return;
			case OutsideInPackage.OUTSIDE_IN_MODEL__ASSESSMENTS:
				getAssessments().clear();
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
			case OutsideInPackage.OUTSIDE_IN_MODEL__METHODOLOGIES:
				return methodologies != null && !methodologies.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION:
				return organisation != null;
			case OutsideInPackage.OUTSIDE_IN_MODEL__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__CUSTOMERS:
				return customers != null && !customers.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__TOOLKITS:
				return toolkits != null && !toolkits.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__COMMUNITIES:
				return communities != null && !communities.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES:
				return recognitionProgrammes != null && !recognitionProgrammes.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__OPEN_INITIATIVES:
				return openInitiatives != null && !openInitiatives.isEmpty();
			case OutsideInPackage.OUTSIDE_IN_MODEL__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //OutsideInModelImpl
