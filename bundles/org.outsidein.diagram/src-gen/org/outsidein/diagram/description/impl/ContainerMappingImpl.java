/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.description.ContainerMapping;
import org.outsidein.diagram.description.DescriptionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.impl.ContainerMappingImpl#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerMappingImpl extends AbstractNodeMappingImpl implements ContainerMapping {
	/**
	 * The cached value of the '{@link #getSubNodeMappings() <em>Sub Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> subNodeMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.CONTAINER_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getSubNodeMappings() {
		if (subNodeMappings == null) {
			subNodeMappings = new EObjectContainmentEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS);
		}
		return subNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return ((InternalEList<?>)getSubNodeMappings()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return getSubNodeMappings();
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
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
				getSubNodeMappings().addAll((Collection<? extends AbstractNodeMapping>)newValue);
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
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
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
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return subNodeMappings != null && !subNodeMappings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ContainerMappingImpl
