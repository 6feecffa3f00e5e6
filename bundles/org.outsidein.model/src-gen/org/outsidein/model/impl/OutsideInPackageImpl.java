/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model.impl;


import javax.xml.datatype.XMLGregorianCalendar;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.AssessmentScope;
import org.outsidein.model.Community;
import org.outsidein.model.CommunityChannel;
import org.outsidein.model.CommunityOwnership;
import org.outsidein.model.CommunityPurpose;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.ExternallyIdentified;
import org.outsidein.model.Idea;
import org.outsidein.model.IdeaStatus;
import org.outsidein.model.Identified;
import org.outsidein.model.InnovationStep;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.MaturityLevel;
import org.outsidein.model.Methodology;
import org.outsidein.model.Named;
import org.outsidein.model.NextStep;
import org.outsidein.model.OpenAccessInitiative;
import org.outsidein.model.OpenedAsset;
import org.outsidein.model.Organisation;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RecognitionKind;
import org.outsidein.model.RecognitionProgramme;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.Scenario;
import org.outsidein.model.ScenarioStep;
import org.outsidein.model.Scoring;
import org.outsidein.model.Segment;
import org.outsidein.model.SegmentRating;
import org.outsidein.model.ToolkitKind;
import org.outsidein.model.util.OutsideInValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OutsideInPackageImpl extends EPackageImpl implements OutsideInPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externallyIdentifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outsideInModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass employeeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outcomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentRatingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass innovationToolkitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass communityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ideaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recognitionProgrammeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass openAccessInitiativeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass methodologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoringEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass maturityLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityContainerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerRoleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass innovationStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responseAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass answerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nextStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum customerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipDepthEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inventionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum toolkitKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communityOwnershipEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communityChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communityPurposeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ideaStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recognitionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum openedAssetEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentScopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.outsidein.model.OutsideInPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private OutsideInPackageImpl() {
		super(eNS_URI, OutsideInFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link OutsideInPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static OutsideInPackage init() {
		if (isInited) return (OutsideInPackage)EPackage.Registry.INSTANCE.getEPackage(OutsideInPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredOutsideInPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		OutsideInPackageImpl theOutsideInPackage = registeredOutsideInPackage instanceof OutsideInPackageImpl ? (OutsideInPackageImpl)registeredOutsideInPackage : new OutsideInPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theOutsideInPackage.createPackageContents();

		// Initialize created meta-data
		theOutsideInPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theOutsideInPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return OutsideInValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theOutsideInPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(OutsideInPackage.eNS_URI, theOutsideInPackage);
		return theOutsideInPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Description() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternallyIdentified() {
		return externallyIdentifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternallyIdentified_ExternalId() {
		return (EAttribute)externallyIdentifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutsideInModel() {
		return outsideInModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Methodologies() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Organisation() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Segments() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Customers() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Outcomes() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Scenarios() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Toolkits() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Communities() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_RecognitionProgrammes() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_OpenInitiatives() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutsideInModel_Assessments() {
		return (EReference)outsideInModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_CustomerBaseSize() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Headcount() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Departments() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Employees() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartment() {
		return departmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmployee() {
		return employeeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployee_JobTitle() {
		return (EAttribute)employeeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEmployee_Department() {
		return (EReference)employeeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployee_Executive() {
		return (EAttribute)employeeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegment() {
		return segmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Size() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomer() {
		return customerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Kind() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_GroupSize() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_CurrentCustomer() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_LeadUser() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Segment() {
		return (EReference)customerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Roles() {
		return (EReference)customerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Inventions() {
		return (EReference)customerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleAssignment() {
		return roleAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_Role() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Depth() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Since() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_Outcomes() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_InteractingEmployees() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_MonitoringEmployees() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvention() {
		return inventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvention_Status() {
		return (EAttribute)inventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvention_ObservedOn() {
		return (EAttribute)inventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvention_Outcome() {
		return (EReference)inventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutcome() {
		return outcomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Importance() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Satisfaction() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Opportunity() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Respondents() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutcome_SegmentRatings() {
		return (EReference)outcomeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentRating() {
		return segmentRatingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegmentRating_Segment() {
		return (EReference)segmentRatingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentRating_Importance() {
		return (EAttribute)segmentRatingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentRating_Satisfaction() {
		return (EAttribute)segmentRatingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentRating_Respondents() {
		return (EAttribute)segmentRatingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentRating_Opportunity() {
		return (EAttribute)segmentRatingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Outcomes() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Customers() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_TodaySteps() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_IdealSteps() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenarioStep() {
		return scenarioStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioStep_PainPoint() {
		return (EAttribute)scenarioStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInnovationToolkit() {
		return innovationToolkitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationToolkit_Kind() {
		return (EAttribute)innovationToolkitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationToolkit_Outcomes() {
		return (EReference)innovationToolkitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationToolkit_Users() {
		return (EReference)innovationToolkitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommunity() {
		return communityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommunity_Ownership() {
		return (EAttribute)communityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommunity_Channel() {
		return (EAttribute)communityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommunity_Purposes() {
		return (EAttribute)communityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunity_Members() {
		return (EReference)communityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunity_Employees() {
		return (EReference)communityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunity_Ideas() {
		return (EReference)communityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdea() {
		return ideaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdea_ProposedBy() {
		return (EReference)ideaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdea_Status() {
		return (EAttribute)ideaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdea_Outcome() {
		return (EReference)ideaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecognitionProgramme() {
		return recognitionProgrammeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecognitionProgramme_Kind() {
		return (EAttribute)recognitionProgrammeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecognitionProgramme_Participants() {
		return (EReference)recognitionProgrammeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpenAccessInitiative() {
		return openAccessInitiativeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpenAccessInitiative_Opened() {
		return (EAttribute)openAccessInitiativeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpenAccessInitiative_Contributors() {
		return (EReference)openAccessInitiativeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMethodology() {
		return methodologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMethodology_Version() {
		return (EAttribute)methodologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodology_Roles() {
		return (EReference)methodologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodology_Steps() {
		return (EReference)methodologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodology_Scoring() {
		return (EReference)methodologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoring() {
		return scoringEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_CustomerShareRule() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_EmployeeShareRule() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_WeCanPoints() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_WeWillPoints() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_WeShouldPoints() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_PracticeWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_EvidenceWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_EvidenceInFull() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_FewestSurveyAnswers() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_StepsWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_RolesWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_EngagementWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_CustomerRuleWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_EmployeeRuleWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_DepartmentsWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoring_RolesPlayedWeight() {
		return (EAttribute)scoringEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoring_Levels() {
		return (EReference)scoringEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaturityLevel() {
		return maturityLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaturityLevel_Number() {
		return (EAttribute)maturityLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaturityLevel_MinimumScore() {
		return (EAttribute)maturityLevelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivityContainer() {
		return activityContainerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivityContainer_Activities() {
		return (EReference)activityContainerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerRole() {
		return customerRoleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInnovationStep() {
		return innovationStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationStep_Number() {
		return (EAttribute)innovationStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Date() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Assessor() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Scope() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_ScopeName() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Answers() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Responses() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponse() {
		return responseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_Respondent() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponse_Department() {
		return (EReference)responseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_DepartmentName() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_Answered() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponse_Source() {
		return (EAttribute)responseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponse_Answers() {
		return (EReference)responseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponseAnswer() {
		return responseAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponseAnswer_Activity() {
		return (EReference)responseAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAnswer_Category() {
		return (EAttribute)responseAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAnswer_Plan() {
		return (EAttribute)responseAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAnswer_Budget() {
		return (EAttribute)responseAnswerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAnswer_DeliveryDate() {
		return (EAttribute)responseAnswerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAnswer_NextStep() {
		return (EAttribute)responseAnswerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAnswer_Owner() {
		return (EAttribute)responseAnswerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseAnswer_Deadline() {
		return (EAttribute)responseAnswerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnswer() {
		return answerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnswer_Activity() {
		return (EReference)answerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Category() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Plan() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Budget() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_DeliveryDate() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Comment() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnswer_NextStep() {
		return (EReference)answerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNextStep() {
		return nextStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNextStep_Action() {
		return (EAttribute)nextStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNextStep_Responsible() {
		return (EReference)nextStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNextStep_Deadline() {
		return (EAttribute)nextStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNextStep_Done() {
		return (EAttribute)nextStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCustomerKind() {
		return customerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipDepth() {
		return relationshipDepthEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInventionStatus() {
		return inventionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getToolkitKind() {
		return toolkitKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunityOwnership() {
		return communityOwnershipEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunityChannel() {
		return communityChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunityPurpose() {
		return communityPurposeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIdeaStatus() {
		return ideaStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecognitionKind() {
		return recognitionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOpenedAsset() {
		return openedAssetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentScope() {
		return assessmentScopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentCategory() {
		return assessmentCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutsideInFactory getOutsideInFactory() {
		return (OutsideInFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__DESCRIPTION);

		externallyIdentifiedEClass = createEClass(EXTERNALLY_IDENTIFIED);
		createEAttribute(externallyIdentifiedEClass, EXTERNALLY_IDENTIFIED__EXTERNAL_ID);

		outsideInModelEClass = createEClass(OUTSIDE_IN_MODEL);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__METHODOLOGIES);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__ORGANISATION);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__SEGMENTS);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__CUSTOMERS);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__OUTCOMES);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__SCENARIOS);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__TOOLKITS);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__COMMUNITIES);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__OPEN_INITIATIVES);
		createEReference(outsideInModelEClass, OUTSIDE_IN_MODEL__ASSESSMENTS);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__CUSTOMER_BASE_SIZE);
		createEAttribute(organisationEClass, ORGANISATION__HEADCOUNT);
		createEReference(organisationEClass, ORGANISATION__DEPARTMENTS);
		createEReference(organisationEClass, ORGANISATION__EMPLOYEES);

		departmentEClass = createEClass(DEPARTMENT);

		employeeEClass = createEClass(EMPLOYEE);
		createEAttribute(employeeEClass, EMPLOYEE__JOB_TITLE);
		createEReference(employeeEClass, EMPLOYEE__DEPARTMENT);
		createEAttribute(employeeEClass, EMPLOYEE__EXECUTIVE);

		segmentEClass = createEClass(SEGMENT);
		createEAttribute(segmentEClass, SEGMENT__SIZE);

		customerEClass = createEClass(CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__KIND);
		createEAttribute(customerEClass, CUSTOMER__GROUP_SIZE);
		createEAttribute(customerEClass, CUSTOMER__CURRENT_CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__LEAD_USER);
		createEReference(customerEClass, CUSTOMER__SEGMENT);
		createEReference(customerEClass, CUSTOMER__ROLES);
		createEReference(customerEClass, CUSTOMER__INVENTIONS);

		roleAssignmentEClass = createEClass(ROLE_ASSIGNMENT);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__ROLE);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__DEPTH);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__SINCE);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__OUTCOMES);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__MONITORING_EMPLOYEES);

		inventionEClass = createEClass(INVENTION);
		createEAttribute(inventionEClass, INVENTION__STATUS);
		createEAttribute(inventionEClass, INVENTION__OBSERVED_ON);
		createEReference(inventionEClass, INVENTION__OUTCOME);

		outcomeEClass = createEClass(OUTCOME);
		createEAttribute(outcomeEClass, OUTCOME__IMPORTANCE);
		createEAttribute(outcomeEClass, OUTCOME__SATISFACTION);
		createEAttribute(outcomeEClass, OUTCOME__OPPORTUNITY);
		createEAttribute(outcomeEClass, OUTCOME__RESPONDENTS);
		createEReference(outcomeEClass, OUTCOME__SEGMENT_RATINGS);

		segmentRatingEClass = createEClass(SEGMENT_RATING);
		createEReference(segmentRatingEClass, SEGMENT_RATING__SEGMENT);
		createEAttribute(segmentRatingEClass, SEGMENT_RATING__IMPORTANCE);
		createEAttribute(segmentRatingEClass, SEGMENT_RATING__SATISFACTION);
		createEAttribute(segmentRatingEClass, SEGMENT_RATING__RESPONDENTS);
		createEAttribute(segmentRatingEClass, SEGMENT_RATING__OPPORTUNITY);

		scenarioEClass = createEClass(SCENARIO);
		createEReference(scenarioEClass, SCENARIO__OUTCOMES);
		createEReference(scenarioEClass, SCENARIO__CUSTOMERS);
		createEReference(scenarioEClass, SCENARIO__TODAY_STEPS);
		createEReference(scenarioEClass, SCENARIO__IDEAL_STEPS);

		scenarioStepEClass = createEClass(SCENARIO_STEP);
		createEAttribute(scenarioStepEClass, SCENARIO_STEP__PAIN_POINT);

		innovationToolkitEClass = createEClass(INNOVATION_TOOLKIT);
		createEAttribute(innovationToolkitEClass, INNOVATION_TOOLKIT__KIND);
		createEReference(innovationToolkitEClass, INNOVATION_TOOLKIT__OUTCOMES);
		createEReference(innovationToolkitEClass, INNOVATION_TOOLKIT__USERS);

		communityEClass = createEClass(COMMUNITY);
		createEAttribute(communityEClass, COMMUNITY__OWNERSHIP);
		createEAttribute(communityEClass, COMMUNITY__CHANNEL);
		createEAttribute(communityEClass, COMMUNITY__PURPOSES);
		createEReference(communityEClass, COMMUNITY__MEMBERS);
		createEReference(communityEClass, COMMUNITY__EMPLOYEES);
		createEReference(communityEClass, COMMUNITY__IDEAS);

		ideaEClass = createEClass(IDEA);
		createEReference(ideaEClass, IDEA__PROPOSED_BY);
		createEAttribute(ideaEClass, IDEA__STATUS);
		createEReference(ideaEClass, IDEA__OUTCOME);

		recognitionProgrammeEClass = createEClass(RECOGNITION_PROGRAMME);
		createEAttribute(recognitionProgrammeEClass, RECOGNITION_PROGRAMME__KIND);
		createEReference(recognitionProgrammeEClass, RECOGNITION_PROGRAMME__PARTICIPANTS);

		openAccessInitiativeEClass = createEClass(OPEN_ACCESS_INITIATIVE);
		createEAttribute(openAccessInitiativeEClass, OPEN_ACCESS_INITIATIVE__OPENED);
		createEReference(openAccessInitiativeEClass, OPEN_ACCESS_INITIATIVE__CONTRIBUTORS);

		methodologyEClass = createEClass(METHODOLOGY);
		createEAttribute(methodologyEClass, METHODOLOGY__VERSION);
		createEReference(methodologyEClass, METHODOLOGY__ROLES);
		createEReference(methodologyEClass, METHODOLOGY__STEPS);
		createEReference(methodologyEClass, METHODOLOGY__SCORING);

		scoringEClass = createEClass(SCORING);
		createEAttribute(scoringEClass, SCORING__CUSTOMER_SHARE_RULE);
		createEAttribute(scoringEClass, SCORING__EMPLOYEE_SHARE_RULE);
		createEAttribute(scoringEClass, SCORING__WE_CAN_POINTS);
		createEAttribute(scoringEClass, SCORING__WE_WILL_POINTS);
		createEAttribute(scoringEClass, SCORING__WE_SHOULD_POINTS);
		createEAttribute(scoringEClass, SCORING__PRACTICE_WEIGHT);
		createEAttribute(scoringEClass, SCORING__EVIDENCE_WEIGHT);
		createEAttribute(scoringEClass, SCORING__EVIDENCE_IN_FULL);
		createEAttribute(scoringEClass, SCORING__FEWEST_SURVEY_ANSWERS);
		createEAttribute(scoringEClass, SCORING__STEPS_WEIGHT);
		createEAttribute(scoringEClass, SCORING__ROLES_WEIGHT);
		createEAttribute(scoringEClass, SCORING__ENGAGEMENT_WEIGHT);
		createEAttribute(scoringEClass, SCORING__CUSTOMER_RULE_WEIGHT);
		createEAttribute(scoringEClass, SCORING__EMPLOYEE_RULE_WEIGHT);
		createEAttribute(scoringEClass, SCORING__DEPARTMENTS_WEIGHT);
		createEAttribute(scoringEClass, SCORING__ROLES_PLAYED_WEIGHT);
		createEReference(scoringEClass, SCORING__LEVELS);

		maturityLevelEClass = createEClass(MATURITY_LEVEL);
		createEAttribute(maturityLevelEClass, MATURITY_LEVEL__NUMBER);
		createEAttribute(maturityLevelEClass, MATURITY_LEVEL__MINIMUM_SCORE);

		activityContainerEClass = createEClass(ACTIVITY_CONTAINER);
		createEReference(activityContainerEClass, ACTIVITY_CONTAINER__ACTIVITIES);

		customerRoleEClass = createEClass(CUSTOMER_ROLE);

		innovationStepEClass = createEClass(INNOVATION_STEP);
		createEAttribute(innovationStepEClass, INNOVATION_STEP__NUMBER);

		activityEClass = createEClass(ACTIVITY);

		assessmentEClass = createEClass(ASSESSMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__DATE);
		createEAttribute(assessmentEClass, ASSESSMENT__ASSESSOR);
		createEAttribute(assessmentEClass, ASSESSMENT__SCOPE);
		createEAttribute(assessmentEClass, ASSESSMENT__SCOPE_NAME);
		createEReference(assessmentEClass, ASSESSMENT__ANSWERS);
		createEReference(assessmentEClass, ASSESSMENT__RESPONSES);

		responseEClass = createEClass(RESPONSE);
		createEAttribute(responseEClass, RESPONSE__RESPONDENT);
		createEReference(responseEClass, RESPONSE__DEPARTMENT);
		createEAttribute(responseEClass, RESPONSE__DEPARTMENT_NAME);
		createEAttribute(responseEClass, RESPONSE__ANSWERED);
		createEAttribute(responseEClass, RESPONSE__SOURCE);
		createEReference(responseEClass, RESPONSE__ANSWERS);

		responseAnswerEClass = createEClass(RESPONSE_ANSWER);
		createEReference(responseAnswerEClass, RESPONSE_ANSWER__ACTIVITY);
		createEAttribute(responseAnswerEClass, RESPONSE_ANSWER__CATEGORY);
		createEAttribute(responseAnswerEClass, RESPONSE_ANSWER__PLAN);
		createEAttribute(responseAnswerEClass, RESPONSE_ANSWER__BUDGET);
		createEAttribute(responseAnswerEClass, RESPONSE_ANSWER__DELIVERY_DATE);
		createEAttribute(responseAnswerEClass, RESPONSE_ANSWER__NEXT_STEP);
		createEAttribute(responseAnswerEClass, RESPONSE_ANSWER__OWNER);
		createEAttribute(responseAnswerEClass, RESPONSE_ANSWER__DEADLINE);

		answerEClass = createEClass(ANSWER);
		createEReference(answerEClass, ANSWER__ACTIVITY);
		createEAttribute(answerEClass, ANSWER__CATEGORY);
		createEAttribute(answerEClass, ANSWER__PLAN);
		createEAttribute(answerEClass, ANSWER__BUDGET);
		createEAttribute(answerEClass, ANSWER__DELIVERY_DATE);
		createEAttribute(answerEClass, ANSWER__COMMENT);
		createEReference(answerEClass, ANSWER__NEXT_STEP);

		nextStepEClass = createEClass(NEXT_STEP);
		createEAttribute(nextStepEClass, NEXT_STEP__ACTION);
		createEReference(nextStepEClass, NEXT_STEP__RESPONSIBLE);
		createEAttribute(nextStepEClass, NEXT_STEP__DEADLINE);
		createEAttribute(nextStepEClass, NEXT_STEP__DONE);

		// Create enums
		customerKindEEnum = createEEnum(CUSTOMER_KIND);
		relationshipDepthEEnum = createEEnum(RELATIONSHIP_DEPTH);
		inventionStatusEEnum = createEEnum(INVENTION_STATUS);
		toolkitKindEEnum = createEEnum(TOOLKIT_KIND);
		communityOwnershipEEnum = createEEnum(COMMUNITY_OWNERSHIP);
		communityChannelEEnum = createEEnum(COMMUNITY_CHANNEL);
		communityPurposeEEnum = createEEnum(COMMUNITY_PURPOSE);
		ideaStatusEEnum = createEEnum(IDEA_STATUS);
		recognitionKindEEnum = createEEnum(RECOGNITION_KIND);
		openedAssetEEnum = createEEnum(OPENED_ASSET);
		assessmentScopeEEnum = createEEnum(ASSESSMENT_SCOPE);
		assessmentCategoryEEnum = createEEnum(ASSESSMENT_CATEGORY);

		// Create data types
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		externallyIdentifiedEClass.getESuperTypes().add(this.getIdentified());
		outsideInModelEClass.getESuperTypes().add(this.getNamed());
		organisationEClass.getESuperTypes().add(this.getNamed());
		departmentEClass.getESuperTypes().add(this.getNamed());
		employeeEClass.getESuperTypes().add(this.getNamed());
		employeeEClass.getESuperTypes().add(this.getExternallyIdentified());
		segmentEClass.getESuperTypes().add(this.getNamed());
		customerEClass.getESuperTypes().add(this.getNamed());
		customerEClass.getESuperTypes().add(this.getExternallyIdentified());
		roleAssignmentEClass.getESuperTypes().add(this.getIdentified());
		inventionEClass.getESuperTypes().add(this.getNamed());
		outcomeEClass.getESuperTypes().add(this.getNamed());
		segmentRatingEClass.getESuperTypes().add(this.getIdentified());
		scenarioEClass.getESuperTypes().add(this.getNamed());
		scenarioStepEClass.getESuperTypes().add(this.getNamed());
		innovationToolkitEClass.getESuperTypes().add(this.getNamed());
		communityEClass.getESuperTypes().add(this.getNamed());
		ideaEClass.getESuperTypes().add(this.getNamed());
		recognitionProgrammeEClass.getESuperTypes().add(this.getNamed());
		openAccessInitiativeEClass.getESuperTypes().add(this.getNamed());
		methodologyEClass.getESuperTypes().add(this.getNamed());
		scoringEClass.getESuperTypes().add(this.getIdentified());
		maturityLevelEClass.getESuperTypes().add(this.getNamed());
		activityContainerEClass.getESuperTypes().add(this.getNamed());
		customerRoleEClass.getESuperTypes().add(this.getActivityContainer());
		innovationStepEClass.getESuperTypes().add(this.getActivityContainer());
		activityEClass.getESuperTypes().add(this.getNamed());
		assessmentEClass.getESuperTypes().add(this.getNamed());
		responseEClass.getESuperTypes().add(this.getIdentified());
		responseAnswerEClass.getESuperTypes().add(this.getIdentified());
		answerEClass.getESuperTypes().add(this.getIdentified());
		nextStepEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Description(), ecorePackage.getEString(), "description", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(externallyIdentifiedEClass, ExternallyIdentified.class, "ExternallyIdentified", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExternallyIdentified_ExternalId(), ecorePackage.getEString(), "externalId", null, 0, 1, ExternallyIdentified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outsideInModelEClass, OutsideInModel.class, "OutsideInModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOutsideInModel_Methodologies(), this.getMethodology(), null, "methodologies", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_Segments(), this.getSegment(), null, "segments", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_Customers(), this.getCustomer(), null, "customers", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_Outcomes(), this.getOutcome(), null, "outcomes", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_Toolkits(), this.getInnovationToolkit(), null, "toolkits", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_Communities(), this.getCommunity(), null, "communities", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_RecognitionProgrammes(), this.getRecognitionProgramme(), null, "recognitionProgrammes", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_OpenInitiatives(), this.getOpenAccessInitiative(), null, "openInitiatives", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutsideInModel_Assessments(), this.getAssessment(), null, "assessments", null, 0, -1, OutsideInModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_CustomerBaseSize(), ecorePackage.getEInt(), "customerBaseSize", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Headcount(), ecorePackage.getEInt(), "headcount", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Departments(), this.getDepartment(), null, "departments", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Employees(), this.getEmployee(), null, "employees", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(departmentEClass, Department.class, "Department", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(employeeEClass, Employee.class, "Employee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmployee_JobTitle(), ecorePackage.getEString(), "jobTitle", null, 0, 1, Employee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEmployee_Department(), this.getDepartment(), null, "department", null, 0, 1, Employee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployee_Executive(), ecorePackage.getEBoolean(), "executive", null, 0, 1, Employee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentEClass, Segment.class, "Segment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegment_Size(), ecorePackage.getEInt(), "size", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerEClass, Customer.class, "Customer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomer_Kind(), this.getCustomerKind(), "kind", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_GroupSize(), ecorePackage.getEInt(), "groupSize", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_CurrentCustomer(), ecorePackage.getEBoolean(), "currentCustomer", "true", 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_LeadUser(), ecorePackage.getEBoolean(), "leadUser", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Segment(), this.getSegment(), null, "segment", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Roles(), this.getRoleAssignment(), null, "roles", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Inventions(), this.getInvention(), null, "inventions", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleAssignmentEClass, RoleAssignment.class, "RoleAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRoleAssignment_Role(), this.getCustomerRole(), null, "role", null, 1, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoleAssignment_Depth(), this.getRelationshipDepth(), "depth", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoleAssignment_Since(), this.getDate(), "since", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoleAssignment_Outcomes(), this.getOutcome(), null, "outcomes", null, 0, -1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoleAssignment_InteractingEmployees(), this.getEmployee(), null, "interactingEmployees", null, 0, -1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoleAssignment_MonitoringEmployees(), this.getEmployee(), null, "monitoringEmployees", null, 0, -1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inventionEClass, Invention.class, "Invention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInvention_Status(), this.getInventionStatus(), "status", null, 0, 1, Invention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvention_ObservedOn(), this.getDate(), "observedOn", null, 0, 1, Invention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvention_Outcome(), this.getOutcome(), null, "outcome", null, 0, 1, Invention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outcomeEClass, Outcome.class, "Outcome", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutcome_Importance(), ecorePackage.getEDoubleObject(), "importance", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Satisfaction(), ecorePackage.getEDoubleObject(), "satisfaction", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Opportunity(), ecorePackage.getEDoubleObject(), "opportunity", null, 0, 1, Outcome.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Respondents(), ecorePackage.getEIntegerObject(), "respondents", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutcome_SegmentRatings(), this.getSegmentRating(), null, "segmentRatings", null, 0, -1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentRatingEClass, SegmentRating.class, "SegmentRating", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSegmentRating_Segment(), this.getSegment(), null, "segment", null, 0, 1, SegmentRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentRating_Importance(), ecorePackage.getEDoubleObject(), "importance", null, 0, 1, SegmentRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentRating_Satisfaction(), ecorePackage.getEDoubleObject(), "satisfaction", null, 0, 1, SegmentRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentRating_Respondents(), ecorePackage.getEIntegerObject(), "respondents", null, 0, 1, SegmentRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentRating_Opportunity(), ecorePackage.getEDoubleObject(), "opportunity", null, 0, 1, SegmentRating.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScenario_Outcomes(), this.getOutcome(), null, "outcomes", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Customers(), this.getCustomer(), null, "customers", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_TodaySteps(), this.getScenarioStep(), null, "todaySteps", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_IdealSteps(), this.getScenarioStep(), null, "idealSteps", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioStepEClass, ScenarioStep.class, "ScenarioStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenarioStep_PainPoint(), ecorePackage.getEString(), "painPoint", null, 0, 1, ScenarioStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(innovationToolkitEClass, InnovationToolkit.class, "InnovationToolkit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInnovationToolkit_Kind(), this.getToolkitKind(), "kind", null, 0, 1, InnovationToolkit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationToolkit_Outcomes(), this.getOutcome(), null, "outcomes", null, 0, -1, InnovationToolkit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationToolkit_Users(), this.getCustomer(), null, "users", null, 0, -1, InnovationToolkit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(communityEClass, Community.class, "Community", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommunity_Ownership(), this.getCommunityOwnership(), "ownership", null, 0, 1, Community.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommunity_Channel(), this.getCommunityChannel(), "channel", null, 0, 1, Community.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommunity_Purposes(), this.getCommunityPurpose(), "purposes", null, 0, -1, Community.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommunity_Members(), this.getCustomer(), null, "members", null, 0, -1, Community.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommunity_Employees(), this.getEmployee(), null, "employees", null, 0, -1, Community.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommunity_Ideas(), this.getIdea(), null, "ideas", null, 0, -1, Community.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ideaEClass, Idea.class, "Idea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIdea_ProposedBy(), this.getCustomer(), null, "proposedBy", null, 0, 1, Idea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdea_Status(), this.getIdeaStatus(), "status", null, 0, 1, Idea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIdea_Outcome(), this.getOutcome(), null, "outcome", null, 0, 1, Idea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recognitionProgrammeEClass, RecognitionProgramme.class, "RecognitionProgramme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecognitionProgramme_Kind(), this.getRecognitionKind(), "kind", null, 0, 1, RecognitionProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecognitionProgramme_Participants(), this.getCustomer(), null, "participants", null, 0, -1, RecognitionProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(openAccessInitiativeEClass, OpenAccessInitiative.class, "OpenAccessInitiative", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOpenAccessInitiative_Opened(), this.getOpenedAsset(), "opened", null, 0, -1, OpenAccessInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpenAccessInitiative_Contributors(), this.getCustomer(), null, "contributors", null, 0, -1, OpenAccessInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(methodologyEClass, Methodology.class, "Methodology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMethodology_Version(), ecorePackage.getEString(), "version", null, 0, 1, Methodology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMethodology_Roles(), this.getCustomerRole(), null, "roles", null, 0, -1, Methodology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMethodology_Steps(), this.getInnovationStep(), null, "steps", null, 0, -1, Methodology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMethodology_Scoring(), this.getScoring(), null, "scoring", null, 0, 1, Methodology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoringEClass, Scoring.class, "Scoring", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScoring_CustomerShareRule(), ecorePackage.getEDouble(), "customerShareRule", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_EmployeeShareRule(), ecorePackage.getEDouble(), "employeeShareRule", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_WeCanPoints(), ecorePackage.getEDouble(), "weCanPoints", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_WeWillPoints(), ecorePackage.getEDouble(), "weWillPoints", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_WeShouldPoints(), ecorePackage.getEDouble(), "weShouldPoints", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_PracticeWeight(), ecorePackage.getEDouble(), "practiceWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_EvidenceWeight(), ecorePackage.getEDouble(), "evidenceWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_EvidenceInFull(), ecorePackage.getEInt(), "evidenceInFull", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_FewestSurveyAnswers(), ecorePackage.getEInt(), "fewestSurveyAnswers", "30", 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_StepsWeight(), ecorePackage.getEDouble(), "stepsWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_RolesWeight(), ecorePackage.getEDouble(), "rolesWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_EngagementWeight(), ecorePackage.getEDouble(), "engagementWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_CustomerRuleWeight(), ecorePackage.getEDouble(), "customerRuleWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_EmployeeRuleWeight(), ecorePackage.getEDouble(), "employeeRuleWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_DepartmentsWeight(), ecorePackage.getEDouble(), "departmentsWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoring_RolesPlayedWeight(), ecorePackage.getEDouble(), "rolesPlayedWeight", null, 0, 1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoring_Levels(), this.getMaturityLevel(), null, "levels", null, 0, -1, Scoring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(maturityLevelEClass, MaturityLevel.class, "MaturityLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMaturityLevel_Number(), ecorePackage.getEInt(), "number", null, 0, 1, MaturityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaturityLevel_MinimumScore(), ecorePackage.getEDouble(), "minimumScore", null, 0, 1, MaturityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityContainerEClass, ActivityContainer.class, "ActivityContainer", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getActivityContainer_Activities(), this.getActivity(), null, "activities", null, 0, -1, ActivityContainer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerRoleEClass, CustomerRole.class, "CustomerRole", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(innovationStepEClass, InnovationStep.class, "InnovationStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInnovationStep_Number(), ecorePackage.getEInt(), "number", null, 0, 1, InnovationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessment_Date(), this.getDate(), "date", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Assessor(), ecorePackage.getEString(), "assessor", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Scope(), this.getAssessmentScope(), "scope", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_ScopeName(), ecorePackage.getEString(), "scopeName", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Answers(), this.getAnswer(), null, "answers", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Responses(), this.getResponse(), null, "responses", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(responseEClass, Response.class, "Response", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResponse_Respondent(), ecorePackage.getEString(), "respondent", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponse_Department(), this.getDepartment(), null, "department", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponse_DepartmentName(), ecorePackage.getEString(), "departmentName", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponse_Answered(), this.getDate(), "answered", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponse_Source(), ecorePackage.getEString(), "source", null, 0, 1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResponse_Answers(), this.getResponseAnswer(), null, "answers", null, 0, -1, Response.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(responseAnswerEClass, ResponseAnswer.class, "ResponseAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getResponseAnswer_Activity(), this.getActivity(), null, "activity", null, 1, 1, ResponseAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAnswer_Category(), this.getAssessmentCategory(), "category", null, 0, 1, ResponseAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAnswer_Plan(), ecorePackage.getEString(), "plan", null, 0, 1, ResponseAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAnswer_Budget(), ecorePackage.getEBigDecimal(), "budget", null, 0, 1, ResponseAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAnswer_DeliveryDate(), this.getDate(), "deliveryDate", null, 0, 1, ResponseAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAnswer_NextStep(), ecorePackage.getEString(), "nextStep", null, 0, 1, ResponseAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAnswer_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, ResponseAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponseAnswer_Deadline(), this.getDate(), "deadline", null, 0, 1, ResponseAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(answerEClass, Answer.class, "Answer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAnswer_Activity(), this.getActivity(), null, "activity", null, 1, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Category(), this.getAssessmentCategory(), "category", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Plan(), ecorePackage.getEString(), "plan", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Budget(), ecorePackage.getEBigDecimal(), "budget", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_DeliveryDate(), this.getDate(), "deliveryDate", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnswer_NextStep(), this.getNextStep(), null, "nextStep", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nextStepEClass, NextStep.class, "NextStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNextStep_Action(), ecorePackage.getEString(), "action", null, 0, 1, NextStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNextStep_Responsible(), this.getEmployee(), null, "responsible", null, 0, 1, NextStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNextStep_Deadline(), this.getDate(), "deadline", null, 0, 1, NextStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNextStep_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, NextStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(customerKindEEnum, CustomerKind.class, "CustomerKind");
		addEEnumLiteral(customerKindEEnum, CustomerKind.INDIVIDUAL);
		addEEnumLiteral(customerKindEEnum, CustomerKind.ORGANISATION);
		addEEnumLiteral(customerKindEEnum, CustomerKind.GROUP);

		initEEnum(relationshipDepthEEnum, RelationshipDepth.class, "RelationshipDepth");
		addEEnumLiteral(relationshipDepthEEnum, RelationshipDepth.ACQUAINTED);
		addEEnumLiteral(relationshipDepthEEnum, RelationshipDepth.ENGAGED);
		addEEnumLiteral(relationshipDepthEEnum, RelationshipDepth.COLLABORATING);
		addEEnumLiteral(relationshipDepthEEnum, RelationshipDepth.PARTNERING);

		initEEnum(inventionStatusEEnum, InventionStatus.class, "InventionStatus");
		addEEnumLiteral(inventionStatusEEnum, InventionStatus.OBSERVED);
		addEEnumLiteral(inventionStatusEEnum, InventionStatus.DOCUMENTED);
		addEEnumLiteral(inventionStatusEEnum, InventionStatus.EVALUATING);
		addEEnumLiteral(inventionStatusEEnum, InventionStatus.PILOTING);
		addEEnumLiteral(inventionStatusEEnum, InventionStatus.COMMERCIALISED);

		initEEnum(toolkitKindEEnum, ToolkitKind.class, "ToolkitKind");
		addEEnumLiteral(toolkitKindEEnum, ToolkitKind.ELECTRONIC_DESIGN_TOOL);
		addEEnumLiteral(toolkitKindEEnum, ToolkitKind.CO_DESIGN_METHODOLOGY);
		addEEnumLiteral(toolkitKindEEnum, ToolkitKind.PHYSICAL_COMPONENTS);
		addEEnumLiteral(toolkitKindEEnum, ToolkitKind.COMBINATION);

		initEEnum(communityOwnershipEEnum, CommunityOwnership.class, "CommunityOwnership");
		addEEnumLiteral(communityOwnershipEEnum, CommunityOwnership.OWN);
		addEEnumLiteral(communityOwnershipEEnum, CommunityOwnership.EXISTING);

		initEEnum(communityChannelEEnum, CommunityChannel.class, "CommunityChannel");
		addEEnumLiteral(communityChannelEEnum, CommunityChannel.ONLINE);
		addEEnumLiteral(communityChannelEEnum, CommunityChannel.PHYSICAL);
		addEEnumLiteral(communityChannelEEnum, CommunityChannel.BLENDED);

		initEEnum(communityPurposeEEnum, CommunityPurpose.class, "CommunityPurpose");
		addEEnumLiteral(communityPurposeEEnum, CommunityPurpose.STRATEGY);
		addEEnumLiteral(communityPurposeEEnum, CommunityPurpose.BRAINSTORMING);
		addEEnumLiteral(communityPurposeEEnum, CommunityPurpose.CO_DESIGN);
		addEEnumLiteral(communityPurposeEEnum, CommunityPurpose.DEBUGGING_AND_TESTING);
		addEEnumLiteral(communityPurposeEEnum, CommunityPurpose.PEER_SUPPORT);
		addEEnumLiteral(communityPurposeEEnum, CommunityPurpose.CONTINUOUS_FEEDBACK);

		initEEnum(ideaStatusEEnum, IdeaStatus.class, "IdeaStatus");
		addEEnumLiteral(ideaStatusEEnum, IdeaStatus.PROPOSED);
		addEEnumLiteral(ideaStatusEEnum, IdeaStatus.UNDER_REVIEW);
		addEEnumLiteral(ideaStatusEEnum, IdeaStatus.ADOPTED);
		addEEnumLiteral(ideaStatusEEnum, IdeaStatus.DECLINED);

		initEEnum(recognitionKindEEnum, RecognitionKind.class, "RecognitionKind");
		addEEnumLiteral(recognitionKindEEnum, RecognitionKind.CONTEST);
		addEEnumLiteral(recognitionKindEEnum, RecognitionKind.SHOWCASE);
		addEEnumLiteral(recognitionKindEEnum, RecognitionKind.CUSTOMER_CREATED_CONTENT);
		addEEnumLiteral(recognitionKindEEnum, RecognitionKind.PEER_SUPPORT);

		initEEnum(openedAssetEEnum, OpenedAsset.class, "OpenedAsset");
		addEEnumLiteral(openedAssetEEnum, OpenedAsset.APIS);
		addEEnumLiteral(openedAssetEEnum, OpenedAsset.DESIGNS);
		addEEnumLiteral(openedAssetEEnum, OpenedAsset.IP_LICENCES);
		addEEnumLiteral(openedAssetEEnum, OpenedAsset.SOURCE_CODE);
		addEEnumLiteral(openedAssetEEnum, OpenedAsset.DATA);

		initEEnum(assessmentScopeEEnum, AssessmentScope.class, "AssessmentScope");
		addEEnumLiteral(assessmentScopeEEnum, AssessmentScope.ORGANISATION);
		addEEnumLiteral(assessmentScopeEEnum, AssessmentScope.DIVISION);
		addEEnumLiteral(assessmentScopeEEnum, AssessmentScope.DEPARTMENT);
		addEEnumLiteral(assessmentScopeEEnum, AssessmentScope.GROUP);

		initEEnum(assessmentCategoryEEnum, AssessmentCategory.class, "AssessmentCategory");
		addEEnumLiteral(assessmentCategoryEEnum, AssessmentCategory.NOT_ASSESSED);
		addEEnumLiteral(assessmentCategoryEEnum, AssessmentCategory.WE_CAN);
		addEEnumLiteral(assessmentCategoryEEnum, AssessmentCategory.WE_WILL);
		addEEnumLiteral(assessmentCategoryEEnum, AssessmentCategory.WE_SHOULD);

		// Initialize data types
		initEDataType(dateEDataType, XMLGregorianCalendar.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (outsideInModelEClass,
		   source,
		   new String[] {
			   "constraints", "contributedRules"
		   });
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (dateEDataType,
		   source,
		   new String[] {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#date"
		   });
	}

} //OutsideInPackageImpl
