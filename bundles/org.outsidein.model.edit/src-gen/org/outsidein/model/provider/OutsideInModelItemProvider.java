/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;

/**
 * This is the item provider adapter for a {@link org.outsidein.model.OutsideInModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OutsideInModelItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutsideInModelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addMethodologiesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Methodologies feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMethodologiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OutsideInModel_methodologies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OutsideInModel_methodologies_feature", "_UI_OutsideInModel_type"),
				 OutsideInPackage.Literals.OUTSIDE_IN_MODEL__METHODOLOGIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__ORGANISATION);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__SEGMENTS);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__CUSTOMERS);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__OUTCOMES);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__SCENARIOS);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__TOOLKITS);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__COMMUNITIES);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__OPEN_INITIATIVES);
			childrenFeatures.add(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__ASSESSMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns OutsideInModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/OutsideInModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((OutsideInModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_OutsideInModel_type") :
			getString("_UI_OutsideInModel_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(OutsideInModel.class)) {
			case OutsideInPackage.OUTSIDE_IN_MODEL__ORGANISATION:
			case OutsideInPackage.OUTSIDE_IN_MODEL__SEGMENTS:
			case OutsideInPackage.OUTSIDE_IN_MODEL__CUSTOMERS:
			case OutsideInPackage.OUTSIDE_IN_MODEL__OUTCOMES:
			case OutsideInPackage.OUTSIDE_IN_MODEL__SCENARIOS:
			case OutsideInPackage.OUTSIDE_IN_MODEL__TOOLKITS:
			case OutsideInPackage.OUTSIDE_IN_MODEL__COMMUNITIES:
			case OutsideInPackage.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES:
			case OutsideInPackage.OUTSIDE_IN_MODEL__OPEN_INITIATIVES:
			case OutsideInPackage.OUTSIDE_IN_MODEL__ASSESSMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__ORGANISATION,
				 OutsideInFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__SEGMENTS,
				 OutsideInFactory.eINSTANCE.createSegment()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__CUSTOMERS,
				 OutsideInFactory.eINSTANCE.createCustomer()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__OUTCOMES,
				 OutsideInFactory.eINSTANCE.createOutcome()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__SCENARIOS,
				 OutsideInFactory.eINSTANCE.createScenario()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__TOOLKITS,
				 OutsideInFactory.eINSTANCE.createInnovationToolkit()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__COMMUNITIES,
				 OutsideInFactory.eINSTANCE.createCommunity()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES,
				 OutsideInFactory.eINSTANCE.createRecognitionProgramme()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__OPEN_INITIATIVES,
				 OutsideInFactory.eINSTANCE.createOpenAccessInitiative()));

		newChildDescriptors.add
			(createChildParameter
				(OutsideInPackage.Literals.OUTSIDE_IN_MODEL__ASSESSMENTS,
				 OutsideInFactory.eINSTANCE.createAssessment()));
	}

}
