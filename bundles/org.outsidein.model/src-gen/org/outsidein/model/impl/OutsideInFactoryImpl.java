/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;


import javax.xml.datatype.XMLGregorianCalendar;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.outsidein.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OutsideInFactoryImpl extends EFactoryImpl implements OutsideInFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static OutsideInFactory init() {
		try {
			OutsideInFactory theOutsideInFactory = (OutsideInFactory)EPackage.Registry.INSTANCE.getEFactory(OutsideInPackage.eNS_URI);
			if (theOutsideInFactory != null) {
				return theOutsideInFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new OutsideInFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutsideInFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case OutsideInPackage.OUTSIDE_IN_MODEL: return createOutsideInModel();
			case OutsideInPackage.ORGANISATION: return createOrganisation();
			case OutsideInPackage.DEPARTMENT: return createDepartment();
			case OutsideInPackage.EMPLOYEE: return createEmployee();
			case OutsideInPackage.SEGMENT: return createSegment();
			case OutsideInPackage.CUSTOMER: return createCustomer();
			case OutsideInPackage.ROLE_ASSIGNMENT: return createRoleAssignment();
			case OutsideInPackage.INVENTION: return createInvention();
			case OutsideInPackage.OUTCOME: return createOutcome();
			case OutsideInPackage.SEGMENT_RATING: return createSegmentRating();
			case OutsideInPackage.SCENARIO: return createScenario();
			case OutsideInPackage.SCENARIO_STEP: return createScenarioStep();
			case OutsideInPackage.INNOVATION_TOOLKIT: return createInnovationToolkit();
			case OutsideInPackage.COMMUNITY: return createCommunity();
			case OutsideInPackage.IDEA: return createIdea();
			case OutsideInPackage.RECOGNITION_PROGRAMME: return createRecognitionProgramme();
			case OutsideInPackage.OPEN_ACCESS_INITIATIVE: return createOpenAccessInitiative();
			case OutsideInPackage.METHODOLOGY: return createMethodology();
			case OutsideInPackage.SCORING: return createScoring();
			case OutsideInPackage.MATURITY_LEVEL: return createMaturityLevel();
			case OutsideInPackage.CUSTOMER_ROLE: return createCustomerRole();
			case OutsideInPackage.INNOVATION_STEP: return createInnovationStep();
			case OutsideInPackage.ACTIVITY: return createActivity();
			case OutsideInPackage.ASSESSMENT: return createAssessment();
			case OutsideInPackage.RESPONSE: return createResponse();
			case OutsideInPackage.RESPONSE_ANSWER: return createResponseAnswer();
			case OutsideInPackage.ANSWER: return createAnswer();
			case OutsideInPackage.NEXT_STEP: return createNextStep();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case OutsideInPackage.CUSTOMER_KIND:
				return createCustomerKindFromString(eDataType, initialValue);
			case OutsideInPackage.RELATIONSHIP_DEPTH:
				return createRelationshipDepthFromString(eDataType, initialValue);
			case OutsideInPackage.INVENTION_STATUS:
				return createInventionStatusFromString(eDataType, initialValue);
			case OutsideInPackage.TOOLKIT_KIND:
				return createToolkitKindFromString(eDataType, initialValue);
			case OutsideInPackage.COMMUNITY_OWNERSHIP:
				return createCommunityOwnershipFromString(eDataType, initialValue);
			case OutsideInPackage.COMMUNITY_CHANNEL:
				return createCommunityChannelFromString(eDataType, initialValue);
			case OutsideInPackage.COMMUNITY_PURPOSE:
				return createCommunityPurposeFromString(eDataType, initialValue);
			case OutsideInPackage.IDEA_STATUS:
				return createIdeaStatusFromString(eDataType, initialValue);
			case OutsideInPackage.RECOGNITION_KIND:
				return createRecognitionKindFromString(eDataType, initialValue);
			case OutsideInPackage.OPENED_ASSET:
				return createOpenedAssetFromString(eDataType, initialValue);
			case OutsideInPackage.ASSESSMENT_SCOPE:
				return createAssessmentScopeFromString(eDataType, initialValue);
			case OutsideInPackage.ASSESSMENT_CATEGORY:
				return createAssessmentCategoryFromString(eDataType, initialValue);
			case OutsideInPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case OutsideInPackage.CUSTOMER_KIND:
				return convertCustomerKindToString(eDataType, instanceValue);
			case OutsideInPackage.RELATIONSHIP_DEPTH:
				return convertRelationshipDepthToString(eDataType, instanceValue);
			case OutsideInPackage.INVENTION_STATUS:
				return convertInventionStatusToString(eDataType, instanceValue);
			case OutsideInPackage.TOOLKIT_KIND:
				return convertToolkitKindToString(eDataType, instanceValue);
			case OutsideInPackage.COMMUNITY_OWNERSHIP:
				return convertCommunityOwnershipToString(eDataType, instanceValue);
			case OutsideInPackage.COMMUNITY_CHANNEL:
				return convertCommunityChannelToString(eDataType, instanceValue);
			case OutsideInPackage.COMMUNITY_PURPOSE:
				return convertCommunityPurposeToString(eDataType, instanceValue);
			case OutsideInPackage.IDEA_STATUS:
				return convertIdeaStatusToString(eDataType, instanceValue);
			case OutsideInPackage.RECOGNITION_KIND:
				return convertRecognitionKindToString(eDataType, instanceValue);
			case OutsideInPackage.OPENED_ASSET:
				return convertOpenedAssetToString(eDataType, instanceValue);
			case OutsideInPackage.ASSESSMENT_SCOPE:
				return convertAssessmentScopeToString(eDataType, instanceValue);
			case OutsideInPackage.ASSESSMENT_CATEGORY:
				return convertAssessmentCategoryToString(eDataType, instanceValue);
			case OutsideInPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutsideInModel createOutsideInModel() {
		OutsideInModelImpl outsideInModel = new OutsideInModelImpl();
		return outsideInModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department createDepartment() {
		DepartmentImpl department = new DepartmentImpl();
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee createEmployee() {
		EmployeeImpl employee = new EmployeeImpl();
		return employee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment createSegment() {
		SegmentImpl segment = new SegmentImpl();
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer createCustomer() {
		CustomerImpl customer = new CustomerImpl();
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleAssignment createRoleAssignment() {
		RoleAssignmentImpl roleAssignment = new RoleAssignmentImpl();
		return roleAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Invention createInvention() {
		InventionImpl invention = new InventionImpl();
		return invention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome createOutcome() {
		OutcomeImpl outcome = new OutcomeImpl();
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentRating createSegmentRating() {
		SegmentRatingImpl segmentRating = new SegmentRatingImpl();
		return segmentRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioStep createScenarioStep() {
		ScenarioStepImpl scenarioStep = new ScenarioStepImpl();
		return scenarioStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnovationToolkit createInnovationToolkit() {
		InnovationToolkitImpl innovationToolkit = new InnovationToolkitImpl();
		return innovationToolkit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Community createCommunity() {
		CommunityImpl community = new CommunityImpl();
		return community;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Idea createIdea() {
		IdeaImpl idea = new IdeaImpl();
		return idea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecognitionProgramme createRecognitionProgramme() {
		RecognitionProgrammeImpl recognitionProgramme = new RecognitionProgrammeImpl();
		return recognitionProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpenAccessInitiative createOpenAccessInitiative() {
		OpenAccessInitiativeImpl openAccessInitiative = new OpenAccessInitiativeImpl();
		return openAccessInitiative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Methodology createMethodology() {
		MethodologyImpl methodology = new MethodologyImpl();
		return methodology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scoring createScoring() {
		ScoringImpl scoring = new ScoringImpl();
		return scoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaturityLevel createMaturityLevel() {
		MaturityLevelImpl maturityLevel = new MaturityLevelImpl();
		return maturityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerRole createCustomerRole() {
		CustomerRoleImpl customerRole = new CustomerRoleImpl();
		return customerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnovationStep createInnovationStep() {
		InnovationStepImpl innovationStep = new InnovationStepImpl();
		return innovationStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity createActivity() {
		ActivityImpl activity = new ActivityImpl();
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Response createResponse() {
		ResponseImpl response = new ResponseImpl();
		return response;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResponseAnswer createResponseAnswer() {
		ResponseAnswerImpl responseAnswer = new ResponseAnswerImpl();
		return responseAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer createAnswer() {
		AnswerImpl answer = new AnswerImpl();
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NextStep createNextStep() {
		NextStepImpl nextStep = new NextStepImpl();
		return nextStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerKind createCustomerKindFromString(EDataType eDataType, String initialValue) {
		CustomerKind result = CustomerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCustomerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipDepth createRelationshipDepthFromString(EDataType eDataType, String initialValue) {
		RelationshipDepth result = RelationshipDepth.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipDepthToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InventionStatus createInventionStatusFromString(EDataType eDataType, String initialValue) {
		InventionStatus result = InventionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInventionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ToolkitKind createToolkitKindFromString(EDataType eDataType, String initialValue) {
		ToolkitKind result = ToolkitKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertToolkitKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunityOwnership createCommunityOwnershipFromString(EDataType eDataType, String initialValue) {
		CommunityOwnership result = CommunityOwnership.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunityOwnershipToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunityChannel createCommunityChannelFromString(EDataType eDataType, String initialValue) {
		CommunityChannel result = CommunityChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunityChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunityPurpose createCommunityPurposeFromString(EDataType eDataType, String initialValue) {
		CommunityPurpose result = CommunityPurpose.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunityPurposeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IdeaStatus createIdeaStatusFromString(EDataType eDataType, String initialValue) {
		IdeaStatus result = IdeaStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIdeaStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecognitionKind createRecognitionKindFromString(EDataType eDataType, String initialValue) {
		RecognitionKind result = RecognitionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecognitionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpenedAsset createOpenedAssetFromString(EDataType eDataType, String initialValue) {
		OpenedAsset result = OpenedAsset.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpenedAssetToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentScope createAssessmentScopeFromString(EDataType eDataType, String initialValue) {
		AssessmentScope result = AssessmentScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentCategory createAssessmentCategoryFromString(EDataType eDataType, String initialValue) {
		AssessmentCategory result = AssessmentCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public XMLGregorianCalendar createDateFromString(EDataType eDataType, String initialValue) {
		return (XMLGregorianCalendar)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.DATE, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.DATE, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutsideInPackage getOutsideInPackage() {
		return (OutsideInPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static OutsideInPackage getPackage() {
		return OutsideInPackage.eINSTANCE;
	}

} //OutsideInFactoryImpl
