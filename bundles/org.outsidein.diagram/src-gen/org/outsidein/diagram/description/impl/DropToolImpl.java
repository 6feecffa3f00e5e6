/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.outsidein.diagram.description.AbstractNodeMapping;
import org.outsidein.diagram.description.DescriptionPackage;
import org.outsidein.diagram.description.DropTool;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Drop Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.outsidein.diagram.description.impl.DropToolImpl#getDragged <em>Dragged</em>}</li>
 *   <li>{@link org.outsidein.diagram.description.impl.DropToolImpl#getInto <em>Into</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DropToolImpl extends ToolImpl implements DropTool {
	/**
	 * The cached value of the '{@link #getDragged() <em>Dragged</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDragged()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> dragged;

	/**
	 * The cached value of the '{@link #getInto() <em>Into</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInto()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> into;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DropToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.DROP_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getDragged() {
		if (dragged == null) {
			dragged = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.DROP_TOOL__DRAGGED);
		}
		return dragged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getInto() {
		if (into == null) {
			into = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.DROP_TOOL__INTO);
		}
		return into;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.DROP_TOOL__DRAGGED:
				return getDragged();
			case DescriptionPackage.DROP_TOOL__INTO:
				return getInto();
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
			case DescriptionPackage.DROP_TOOL__DRAGGED:
				getDragged().clear();
				getDragged().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DescriptionPackage.DROP_TOOL__INTO:
				getInto().clear();
				getInto().addAll((Collection<? extends AbstractNodeMapping>)newValue);
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
			case DescriptionPackage.DROP_TOOL__DRAGGED:
				getDragged().clear();
				return;
			case DescriptionPackage.DROP_TOOL__INTO:
				getInto().clear();
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
			case DescriptionPackage.DROP_TOOL__DRAGGED:
				return dragged != null && !dragged.isEmpty();
			case DescriptionPackage.DROP_TOOL__INTO:
				return into != null && !into.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DropToolImpl
