/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.outsidein.model.Customer;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.Scenario;
import org.outsidein.model.ScenarioStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.model.impl.ScenarioImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScenarioImpl#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScenarioImpl#getTodaySteps <em>Today Steps</em>}</li>
 *   <li>{@link org.outsidein.model.impl.ScenarioImpl#getIdealSteps <em>Ideal Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends NamedImpl implements Scenario {
	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<Outcome> outcomes;

	/**
	 * The cached value of the '{@link #getCustomers() <em>Customers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> customers;

	/**
	 * The cached value of the '{@link #getTodaySteps() <em>Today Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTodaySteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ScenarioStep> todaySteps;

	/**
	 * The cached value of the '{@link #getIdealSteps() <em>Ideal Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdealSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ScenarioStep> idealSteps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OutsideInPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectResolvingEList<Outcome>(Outcome.class, this, OutsideInPackage.SCENARIO__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getCustomers() {
		if (customers == null) {
			customers = new EObjectResolvingEList<Customer>(Customer.class, this, OutsideInPackage.SCENARIO__CUSTOMERS);
		}
		return customers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScenarioStep> getTodaySteps() {
		if (todaySteps == null) {
			todaySteps = new EObjectContainmentEList<ScenarioStep>(ScenarioStep.class, this, OutsideInPackage.SCENARIO__TODAY_STEPS);
		}
		return todaySteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScenarioStep> getIdealSteps() {
		if (idealSteps == null) {
			idealSteps = new EObjectContainmentEList<ScenarioStep>(ScenarioStep.class, this, OutsideInPackage.SCENARIO__IDEAL_STEPS);
		}
		return idealSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OutsideInPackage.SCENARIO__TODAY_STEPS:
				return ((InternalEList<?>)getTodaySteps()).basicRemove(otherEnd, msgs);
			case OutsideInPackage.SCENARIO__IDEAL_STEPS:
				return ((InternalEList<?>)getIdealSteps()).basicRemove(otherEnd, msgs);
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
			case OutsideInPackage.SCENARIO__OUTCOMES:
				return getOutcomes();
			case OutsideInPackage.SCENARIO__CUSTOMERS:
				return getCustomers();
			case OutsideInPackage.SCENARIO__TODAY_STEPS:
				return getTodaySteps();
			case OutsideInPackage.SCENARIO__IDEAL_STEPS:
				return getIdealSteps();
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
			case OutsideInPackage.SCENARIO__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case OutsideInPackage.SCENARIO__CUSTOMERS:
				getCustomers().clear();
				getCustomers().addAll((Collection<? extends Customer>)newValue);
				return;
			case OutsideInPackage.SCENARIO__TODAY_STEPS:
				getTodaySteps().clear();
				getTodaySteps().addAll((Collection<? extends ScenarioStep>)newValue);
				return;
			case OutsideInPackage.SCENARIO__IDEAL_STEPS:
				getIdealSteps().clear();
				getIdealSteps().addAll((Collection<? extends ScenarioStep>)newValue);
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
			case OutsideInPackage.SCENARIO__OUTCOMES:
				getOutcomes().clear();
				return;
			case OutsideInPackage.SCENARIO__CUSTOMERS:
				getCustomers().clear();
				return;
			case OutsideInPackage.SCENARIO__TODAY_STEPS:
				getTodaySteps().clear();
				return;
			case OutsideInPackage.SCENARIO__IDEAL_STEPS:
				getIdealSteps().clear();
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
			case OutsideInPackage.SCENARIO__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case OutsideInPackage.SCENARIO__CUSTOMERS:
				return customers != null && !customers.isEmpty();
			case OutsideInPackage.SCENARIO__TODAY_STEPS:
				return todaySteps != null && !todaySteps.isEmpty();
			case OutsideInPackage.SCENARIO__IDEAL_STEPS:
				return idealSteps != null && !idealSteps.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ScenarioImpl
