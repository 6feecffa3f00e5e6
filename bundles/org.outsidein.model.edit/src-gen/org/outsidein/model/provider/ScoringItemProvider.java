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
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.Scoring;

/**
 * This is the item provider adapter for a {@link org.outsidein.model.Scoring} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ScoringItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoringItemProvider(AdapterFactory adapterFactory) {
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

			addCustomerShareRulePropertyDescriptor(object);
			addEmployeeShareRulePropertyDescriptor(object);
			addWeCanPointsPropertyDescriptor(object);
			addWeWillPointsPropertyDescriptor(object);
			addWeShouldPointsPropertyDescriptor(object);
			addPracticeWeightPropertyDescriptor(object);
			addEvidenceWeightPropertyDescriptor(object);
			addEvidenceInFullPropertyDescriptor(object);
			addFewestSurveyAnswersPropertyDescriptor(object);
			addStepsWeightPropertyDescriptor(object);
			addRolesWeightPropertyDescriptor(object);
			addEngagementWeightPropertyDescriptor(object);
			addCustomerRuleWeightPropertyDescriptor(object);
			addEmployeeRuleWeightPropertyDescriptor(object);
			addDepartmentsWeightPropertyDescriptor(object);
			addRolesPlayedWeightPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Customer Share Rule feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerShareRulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_customerShareRule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_customerShareRule_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__CUSTOMER_SHARE_RULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Employee Share Rule feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmployeeShareRulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_employeeShareRule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_employeeShareRule_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__EMPLOYEE_SHARE_RULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the We Can Points feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeCanPointsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_weCanPoints_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_weCanPoints_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__WE_CAN_POINTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the We Will Points feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeWillPointsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_weWillPoints_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_weWillPoints_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__WE_WILL_POINTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the We Should Points feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeShouldPointsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_weShouldPoints_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_weShouldPoints_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__WE_SHOULD_POINTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Practice Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPracticeWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_practiceWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_practiceWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__PRACTICE_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidenceWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_evidenceWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_evidenceWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__EVIDENCE_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence In Full feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidenceInFullPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_evidenceInFull_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_evidenceInFull_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__EVIDENCE_IN_FULL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fewest Survey Answers feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFewestSurveyAnswersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_fewestSurveyAnswers_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_fewestSurveyAnswers_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__FEWEST_SURVEY_ANSWERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Steps Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStepsWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_stepsWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_stepsWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__STEPS_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Roles Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRolesWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_rolesWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_rolesWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__ROLES_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Engagement Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEngagementWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_engagementWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_engagementWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__ENGAGEMENT_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Customer Rule Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerRuleWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_customerRuleWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_customerRuleWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__CUSTOMER_RULE_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Employee Rule Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmployeeRuleWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_employeeRuleWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_employeeRuleWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__EMPLOYEE_RULE_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Departments Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDepartmentsWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_departmentsWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_departmentsWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__DEPARTMENTS_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Roles Played Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRolesPlayedWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scoring_rolesPlayedWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scoring_rolesPlayedWeight_feature", "_UI_Scoring_type"),
				 OutsideInPackage.Literals.SCORING__ROLES_PLAYED_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
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
			childrenFeatures.add(OutsideInPackage.Literals.SCORING__LEVELS);
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
	 * This returns Scoring.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Scoring"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Scoring)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Scoring_type") :
			getString("_UI_Scoring_type") + " " + label;
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

		switch (notification.getFeatureID(Scoring.class)) {
			case OutsideInPackage.SCORING__CUSTOMER_SHARE_RULE:
			case OutsideInPackage.SCORING__EMPLOYEE_SHARE_RULE:
			case OutsideInPackage.SCORING__WE_CAN_POINTS:
			case OutsideInPackage.SCORING__WE_WILL_POINTS:
			case OutsideInPackage.SCORING__WE_SHOULD_POINTS:
			case OutsideInPackage.SCORING__PRACTICE_WEIGHT:
			case OutsideInPackage.SCORING__EVIDENCE_WEIGHT:
			case OutsideInPackage.SCORING__EVIDENCE_IN_FULL:
			case OutsideInPackage.SCORING__FEWEST_SURVEY_ANSWERS:
			case OutsideInPackage.SCORING__STEPS_WEIGHT:
			case OutsideInPackage.SCORING__ROLES_WEIGHT:
			case OutsideInPackage.SCORING__ENGAGEMENT_WEIGHT:
			case OutsideInPackage.SCORING__CUSTOMER_RULE_WEIGHT:
			case OutsideInPackage.SCORING__EMPLOYEE_RULE_WEIGHT:
			case OutsideInPackage.SCORING__DEPARTMENTS_WEIGHT:
			case OutsideInPackage.SCORING__ROLES_PLAYED_WEIGHT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case OutsideInPackage.SCORING__LEVELS:
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
				(OutsideInPackage.Literals.SCORING__LEVELS,
				 OutsideInFactory.eINSTANCE.createMaturityLevel()));
	}

}
