/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.util;


import java.util.Map;

import javax.xml.datatype.XMLGregorianCalendar;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

import org.outsidein.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.outsidein.model.OutsideInPackage
 * @generated
 */
public class OutsideInValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final OutsideInValidator INSTANCE = new OutsideInValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.outsidein.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutsideInValidator() {
		super();
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return OutsideInPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case OutsideInPackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case OutsideInPackage.NAMED:
				return validateNamed((Named)value, diagnostics, context);
			case OutsideInPackage.EXTERNALLY_IDENTIFIED:
				return validateExternallyIdentified((ExternallyIdentified)value, diagnostics, context);
			case OutsideInPackage.OUTSIDE_IN_MODEL:
				return validateOutsideInModel((OutsideInModel)value, diagnostics, context);
			case OutsideInPackage.ORGANISATION:
				return validateOrganisation((Organisation)value, diagnostics, context);
			case OutsideInPackage.DEPARTMENT:
				return validateDepartment((Department)value, diagnostics, context);
			case OutsideInPackage.EMPLOYEE:
				return validateEmployee((Employee)value, diagnostics, context);
			case OutsideInPackage.SEGMENT:
				return validateSegment((Segment)value, diagnostics, context);
			case OutsideInPackage.CUSTOMER:
				return validateCustomer((Customer)value, diagnostics, context);
			case OutsideInPackage.ROLE_ASSIGNMENT:
				return validateRoleAssignment((RoleAssignment)value, diagnostics, context);
			case OutsideInPackage.INVENTION:
				return validateInvention((Invention)value, diagnostics, context);
			case OutsideInPackage.OUTCOME:
				return validateOutcome((Outcome)value, diagnostics, context);
			case OutsideInPackage.SEGMENT_RATING:
				return validateSegmentRating((SegmentRating)value, diagnostics, context);
			case OutsideInPackage.SCENARIO:
				return validateScenario((Scenario)value, diagnostics, context);
			case OutsideInPackage.SCENARIO_STEP:
				return validateScenarioStep((ScenarioStep)value, diagnostics, context);
			case OutsideInPackage.INNOVATION_TOOLKIT:
				return validateInnovationToolkit((InnovationToolkit)value, diagnostics, context);
			case OutsideInPackage.COMMUNITY:
				return validateCommunity((Community)value, diagnostics, context);
			case OutsideInPackage.IDEA:
				return validateIdea((Idea)value, diagnostics, context);
			case OutsideInPackage.RECOGNITION_PROGRAMME:
				return validateRecognitionProgramme((RecognitionProgramme)value, diagnostics, context);
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE:
				return validateOpenAccessInitiative((OpenAccessInitiative)value, diagnostics, context);
			case OutsideInPackage.METHODOLOGY:
				return validateMethodology((Methodology)value, diagnostics, context);
			case OutsideInPackage.SCORING:
				return validateScoring((Scoring)value, diagnostics, context);
			case OutsideInPackage.MATURITY_LEVEL:
				return validateMaturityLevel((MaturityLevel)value, diagnostics, context);
			case OutsideInPackage.ACTIVITY_CONTAINER:
				return validateActivityContainer((ActivityContainer)value, diagnostics, context);
			case OutsideInPackage.CUSTOMER_ROLE:
				return validateCustomerRole((CustomerRole)value, diagnostics, context);
			case OutsideInPackage.INNOVATION_STEP:
				return validateInnovationStep((InnovationStep)value, diagnostics, context);
			case OutsideInPackage.ACTIVITY:
				return validateActivity((Activity)value, diagnostics, context);
			case OutsideInPackage.ASSESSMENT:
				return validateAssessment((Assessment)value, diagnostics, context);
			case OutsideInPackage.RESPONSE:
				return validateResponse((Response)value, diagnostics, context);
			case OutsideInPackage.RESPONSE_ANSWER:
				return validateResponseAnswer((ResponseAnswer)value, diagnostics, context);
			case OutsideInPackage.ANSWER:
				return validateAnswer((Answer)value, diagnostics, context);
			case OutsideInPackage.NEXT_STEP:
				return validateNextStep((NextStep)value, diagnostics, context);
			case OutsideInPackage.CUSTOMER_KIND:
				return validateCustomerKind((CustomerKind)value, diagnostics, context);
			case OutsideInPackage.RELATIONSHIP_DEPTH:
				return validateRelationshipDepth((RelationshipDepth)value, diagnostics, context);
			case OutsideInPackage.INVENTION_STATUS:
				return validateInventionStatus((InventionStatus)value, diagnostics, context);
			case OutsideInPackage.TOOLKIT_KIND:
				return validateToolkitKind((ToolkitKind)value, diagnostics, context);
			case OutsideInPackage.COMMUNITY_OWNERSHIP:
				return validateCommunityOwnership((CommunityOwnership)value, diagnostics, context);
			case OutsideInPackage.COMMUNITY_CHANNEL:
				return validateCommunityChannel((CommunityChannel)value, diagnostics, context);
			case OutsideInPackage.COMMUNITY_PURPOSE:
				return validateCommunityPurpose((CommunityPurpose)value, diagnostics, context);
			case OutsideInPackage.IDEA_STATUS:
				return validateIdeaStatus((IdeaStatus)value, diagnostics, context);
			case OutsideInPackage.RECOGNITION_KIND:
				return validateRecognitionKind((RecognitionKind)value, diagnostics, context);
			case OutsideInPackage.OPENED_ASSET:
				return validateOpenedAsset((OpenedAsset)value, diagnostics, context);
			case OutsideInPackage.ASSESSMENT_SCOPE:
				return validateAssessmentScope((AssessmentScope)value, diagnostics, context);
			case OutsideInPackage.ASSESSMENT_CATEGORY:
				return validateAssessmentCategory((AssessmentCategory)value, diagnostics, context);
			case OutsideInPackage.DATE:
				return validateDate((XMLGregorianCalendar)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identified, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamed(Named named, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(named, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExternallyIdentified(ExternallyIdentified externallyIdentified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(externallyIdentified, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOutsideInModel(OutsideInModel outsideInModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(outsideInModel, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(outsideInModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(outsideInModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(outsideInModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(outsideInModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(outsideInModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(outsideInModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(outsideInModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(outsideInModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateOutsideInModel_contributedRules(outsideInModel, diagnostics, context);
		return result;
	}

	/**
	 * The URI under which {@code org.outsidein.validation} contributes the rules to EMF's validation-delegate
	 * registry.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final String CONTRIBUTED_RULES = "http://www.outsidein.org/validation/rules";

	/**
	 * Validates the contributedRules constraint of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * The rules contributed to {@code org.outsidein.validation.rules} live in a bundle this one cannot depend on.
	 * EMF's validation-delegate registry finds them by URI, reading plugin.xml lazily, so the Diagnostician sees
	 * them in the product and in any Eclipse without a bundle having to be started first. The delegate runs every
	 * rule over the whole model at once (with the isolation and time budget of the validation service) and adds
	 * one diagnostic per finding, on the element the finding is about.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateOutsideInModel_contributedRules(OutsideInModel outsideInModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		ValidationDelegate rules = getValidationDelegateRegistry(context).getValidationDelegate(CONTRIBUTED_RULES);
		if (rules instanceof EValidator) {
			return ((EValidator)rules).validate(outsideInModel.eClass(), outsideInModel, diagnostics, context);
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(organisation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDepartment(Department department, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(department, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmployee(Employee employee, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(employee, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(segment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomer(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(customer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoleAssignment(RoleAssignment roleAssignment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(roleAssignment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInvention(Invention invention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(invention, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOutcome(Outcome outcome, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(outcome, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegmentRating(SegmentRating segmentRating, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(segmentRating, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenario(Scenario scenario, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scenario, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScenarioStep(ScenarioStep scenarioStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scenarioStep, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInnovationToolkit(InnovationToolkit innovationToolkit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(innovationToolkit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommunity(Community community, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(community, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdea(Idea idea, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(idea, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecognitionProgramme(RecognitionProgramme recognitionProgramme, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(recognitionProgramme, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpenAccessInitiative(OpenAccessInitiative openAccessInitiative, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(openAccessInitiative, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMethodology(Methodology methodology, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(methodology, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScoring(Scoring scoring, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scoring, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMaturityLevel(MaturityLevel maturityLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(maturityLevel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivityContainer(ActivityContainer activityContainer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(activityContainer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerRole(CustomerRole customerRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(customerRole, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInnovationStep(InnovationStep innovationStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(innovationStep, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivity(Activity activity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(activity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessment(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assessment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResponse(Response response, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(response, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResponseAnswer(ResponseAnswer responseAnswer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(responseAnswer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnswer(Answer answer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(answer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNextStep(NextStep nextStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(nextStep, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerKind(CustomerKind customerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationshipDepth(RelationshipDepth relationshipDepth, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInventionStatus(InventionStatus inventionStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateToolkitKind(ToolkitKind toolkitKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommunityOwnership(CommunityOwnership communityOwnership, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommunityChannel(CommunityChannel communityChannel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommunityPurpose(CommunityPurpose communityPurpose, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdeaStatus(IdeaStatus ideaStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecognitionKind(RecognitionKind recognitionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpenedAsset(OpenedAsset openedAsset, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessmentScope(AssessmentScope assessmentScope, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessmentCategory(AssessmentCategory assessmentCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDate(XMLGregorianCalendar date, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //OutsideInValidator
