/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Outside-In metamodel: an organisation's customer ecosystem (customers, lead users, the roles they play, the outcomes they want, toolkits and communities) and the self-assessments of its outside-innovation practice. Roles, steps and activities are data, kept in a methodology model that user models reference.
 * <!-- end-model-doc -->
 * @see org.outsidein.model.OutsideInFactory
 * @model kind="package"
 * @generated
 */
public interface OutsideInPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.outsidein.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "outsidein";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OutsideInPackage eINSTANCE = org.outsidein.model.impl.OutsideInPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.IdentifiedImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.NamedImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.ExternallyIdentified <em>Externally Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.ExternallyIdentified
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getExternallyIdentified()
	 * @generated
	 */
	int EXTERNALLY_IDENTIFIED = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNALLY_IDENTIFIED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNALLY_IDENTIFIED__EXTERNAL_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Externally Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNALLY_IDENTIFIED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Externally Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNALLY_IDENTIFIED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.OutsideInModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.OutsideInModelImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOutsideInModel()
	 * @generated
	 */
	int OUTSIDE_IN_MODEL = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Methodologies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__METHODOLOGIES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__ORGANISATION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__SEGMENTS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Customers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__CUSTOMERS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__OUTCOMES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__SCENARIOS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Toolkits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__TOOLKITS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Communities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__COMMUNITIES = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Recognition Programmes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Open Initiatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__OPEN_INITIATIVES = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL__ASSESSMENTS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTSIDE_IN_MODEL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.OrganisationImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Customer Base Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CUSTOMER_BASE_SIZE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Headcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__HEADCOUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Departments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DEPARTMENTS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Employees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__EMPLOYEES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.DepartmentImpl <em>Department</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.DepartmentImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getDepartment()
	 * @generated
	 */
	int DEPARTMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.EmployeeImpl <em>Employee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.EmployeeImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getEmployee()
	 * @generated
	 */
	int EMPLOYEE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__EXTERNAL_ID = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__JOB_TITLE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__DEPARTMENT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Executive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__EXECUTIVE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Employee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Employee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.SegmentImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SIZE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.CustomerImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__EXTERNAL_ID = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__KIND = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Group Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__GROUP_SIZE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Current Customer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CURRENT_CUSTOMER = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lead User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__LEAD_USER = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__SEGMENT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ROLES = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Inventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__INVENTIONS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.RoleAssignmentImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getRoleAssignment()
	 * @generated
	 */
	int ROLE_ASSIGNMENT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ROLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__DEPTH = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__SINCE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__OUTCOMES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Interacting Employees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Monitoring Employees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__MONITORING_EMPLOYEES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.InventionImpl <em>Invention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.InventionImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getInvention()
	 * @generated
	 */
	int INVENTION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTION__STATUS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Observed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTION__OBSERVED_ON = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTION__OUTCOME = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Invention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Invention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.OutcomeImpl <em>Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.OutcomeImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__IMPORTANCE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__SATISFACTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Opportunity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__OPPORTUNITY = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Respondents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__RESPONDENTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Segment Ratings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__SEGMENT_RATINGS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.SegmentRatingImpl <em>Segment Rating</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.SegmentRatingImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getSegmentRating()
	 * @generated
	 */
	int SEGMENT_RATING = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RATING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RATING__SEGMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RATING__IMPORTANCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RATING__SATISFACTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Respondents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RATING__RESPONDENTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Opportunity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RATING__OPPORTUNITY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Segment Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RATING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Segment Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RATING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.ScenarioImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OUTCOMES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Customers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CUSTOMERS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Today Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TODAY_STEPS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ideal Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__IDEAL_STEPS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.ScenarioStepImpl <em>Scenario Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.ScenarioStepImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getScenarioStep()
	 * @generated
	 */
	int SCENARIO_STEP = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Pain Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__PAIN_POINT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Scenario Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Scenario Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.InnovationToolkitImpl <em>Innovation Toolkit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.InnovationToolkitImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getInnovationToolkit()
	 * @generated
	 */
	int INNOVATION_TOOLKIT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_TOOLKIT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_TOOLKIT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_TOOLKIT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_TOOLKIT__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_TOOLKIT__OUTCOMES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Users</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_TOOLKIT__USERS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Innovation Toolkit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_TOOLKIT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Innovation Toolkit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_TOOLKIT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.CommunityImpl <em>Community</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.CommunityImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCommunity()
	 * @generated
	 */
	int COMMUNITY = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ownership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__OWNERSHIP = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__CHANNEL = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Purposes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__PURPOSES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__MEMBERS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Employees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__EMPLOYEES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ideas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY__IDEAS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Community</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Community</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.IdeaImpl <em>Idea</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.IdeaImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getIdea()
	 * @generated
	 */
	int IDEA = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDEA__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDEA__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDEA__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Proposed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDEA__PROPOSED_BY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDEA__STATUS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDEA__OUTCOME = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Idea</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDEA_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Idea</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDEA_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.RecognitionProgrammeImpl <em>Recognition Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.RecognitionProgrammeImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getRecognitionProgramme()
	 * @generated
	 */
	int RECOGNITION_PROGRAMME = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_PROGRAMME__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_PROGRAMME__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_PROGRAMME__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_PROGRAMME__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_PROGRAMME__PARTICIPANTS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Recognition Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_PROGRAMME_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Recognition Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_PROGRAMME_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.OpenAccessInitiativeImpl <em>Open Access Initiative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.OpenAccessInitiativeImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOpenAccessInitiative()
	 * @generated
	 */
	int OPEN_ACCESS_INITIATIVE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_ACCESS_INITIATIVE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_ACCESS_INITIATIVE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_ACCESS_INITIATIVE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Opened</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_ACCESS_INITIATIVE__OPENED = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Contributors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_ACCESS_INITIATIVE__CONTRIBUTORS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Open Access Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_ACCESS_INITIATIVE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Open Access Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_ACCESS_INITIATIVE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.MethodologyImpl <em>Methodology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.MethodologyImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getMethodology()
	 * @generated
	 */
	int METHODOLOGY = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY__VERSION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY__ROLES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY__STEPS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY__SCORING = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Methodology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Methodology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHODOLOGY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.ScoringImpl <em>Scoring</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.ScoringImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getScoring()
	 * @generated
	 */
	int SCORING = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Customer Share Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__CUSTOMER_SHARE_RULE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Employee Share Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__EMPLOYEE_SHARE_RULE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>We Can Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__WE_CAN_POINTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>We Will Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__WE_WILL_POINTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>We Should Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__WE_SHOULD_POINTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Practice Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__PRACTICE_WEIGHT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Evidence Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__EVIDENCE_WEIGHT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Evidence In Full</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__EVIDENCE_IN_FULL = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Fewest Survey Answers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__FEWEST_SURVEY_ANSWERS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Steps Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__STEPS_WEIGHT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Roles Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__ROLES_WEIGHT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Engagement Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__ENGAGEMENT_WEIGHT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Customer Rule Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__CUSTOMER_RULE_WEIGHT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Employee Rule Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__EMPLOYEE_RULE_WEIGHT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Departments Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__DEPARTMENTS_WEIGHT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Roles Played Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__ROLES_PLAYED_WEIGHT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__LEVELS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Scoring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Scoring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.MaturityLevelImpl <em>Maturity Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.MaturityLevelImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getMaturityLevel()
	 * @generated
	 */
	int MATURITY_LEVEL = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_LEVEL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_LEVEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_LEVEL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_LEVEL__NUMBER = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Minimum Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_LEVEL__MINIMUM_SCORE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Maturity Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_LEVEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Maturity Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATURITY_LEVEL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.ActivityContainerImpl <em>Activity Container</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.ActivityContainerImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getActivityContainer()
	 * @generated
	 */
	int ACTIVITY_CONTAINER = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_CONTAINER__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_CONTAINER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_CONTAINER__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_CONTAINER__ACTIVITIES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Activity Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_CONTAINER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Activity Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_CONTAINER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.CustomerRoleImpl <em>Customer Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.CustomerRoleImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCustomerRole()
	 * @generated
	 */
	int CUSTOMER_ROLE = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__ID = ACTIVITY_CONTAINER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__NAME = ACTIVITY_CONTAINER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__DESCRIPTION = ACTIVITY_CONTAINER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE__ACTIVITIES = ACTIVITY_CONTAINER__ACTIVITIES;

	/**
	 * The number of structural features of the '<em>Customer Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE_FEATURE_COUNT = ACTIVITY_CONTAINER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Customer Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_ROLE_OPERATION_COUNT = ACTIVITY_CONTAINER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.InnovationStepImpl <em>Innovation Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.InnovationStepImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getInnovationStep()
	 * @generated
	 */
	int INNOVATION_STEP = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_STEP__ID = ACTIVITY_CONTAINER__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_STEP__NAME = ACTIVITY_CONTAINER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_STEP__DESCRIPTION = ACTIVITY_CONTAINER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_STEP__ACTIVITIES = ACTIVITY_CONTAINER__ACTIVITIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_STEP__NUMBER = ACTIVITY_CONTAINER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Innovation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_STEP_FEATURE_COUNT = ACTIVITY_CONTAINER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Innovation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_STEP_OPERATION_COUNT = ACTIVITY_CONTAINER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.ActivityImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.AssessmentImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DATE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ASSESSOR = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SCOPE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scope Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SCOPE_NAME = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ANSWERS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Responses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RESPONSES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.ResponseImpl <em>Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.ResponseImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getResponse()
	 * @generated
	 */
	int RESPONSE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__RESPONDENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__DEPARTMENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Department Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__DEPARTMENT_NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Answered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__ANSWERED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__SOURCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__ANSWERS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.ResponseAnswerImpl <em>Response Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.ResponseAnswerImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getResponseAnswer()
	 * @generated
	 */
	int RESPONSE_ANSWER = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__ACTIVITY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__CATEGORY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__PLAN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__BUDGET = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Delivery Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__DELIVERY_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Next Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__NEXT_STEP = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__OWNER = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER__DEADLINE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Response Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Response Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_ANSWER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.AnswerImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ACTIVITY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__CATEGORY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__PLAN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__BUDGET = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Delivery Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__DELIVERY_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__COMMENT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Next Step</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__NEXT_STEP = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.impl.NextStepImpl <em>Next Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.impl.NextStepImpl
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getNextStep()
	 * @generated
	 */
	int NEXT_STEP = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEXT_STEP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEXT_STEP__ACTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEXT_STEP__RESPONSIBLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEXT_STEP__DEADLINE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEXT_STEP__DONE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Next Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEXT_STEP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Next Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEXT_STEP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.model.CustomerKind <em>Customer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.CustomerKind
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCustomerKind()
	 * @generated
	 */
	int CUSTOMER_KIND = 32;

	/**
	 * The meta object id for the '{@link org.outsidein.model.RelationshipDepth <em>Relationship Depth</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.RelationshipDepth
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getRelationshipDepth()
	 * @generated
	 */
	int RELATIONSHIP_DEPTH = 33;

	/**
	 * The meta object id for the '{@link org.outsidein.model.InventionStatus <em>Invention Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.InventionStatus
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getInventionStatus()
	 * @generated
	 */
	int INVENTION_STATUS = 34;

	/**
	 * The meta object id for the '{@link org.outsidein.model.ToolkitKind <em>Toolkit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.ToolkitKind
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getToolkitKind()
	 * @generated
	 */
	int TOOLKIT_KIND = 35;

	/**
	 * The meta object id for the '{@link org.outsidein.model.CommunityOwnership <em>Community Ownership</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.CommunityOwnership
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCommunityOwnership()
	 * @generated
	 */
	int COMMUNITY_OWNERSHIP = 36;

	/**
	 * The meta object id for the '{@link org.outsidein.model.CommunityChannel <em>Community Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.CommunityChannel
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCommunityChannel()
	 * @generated
	 */
	int COMMUNITY_CHANNEL = 37;

	/**
	 * The meta object id for the '{@link org.outsidein.model.CommunityPurpose <em>Community Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.CommunityPurpose
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCommunityPurpose()
	 * @generated
	 */
	int COMMUNITY_PURPOSE = 38;

	/**
	 * The meta object id for the '{@link org.outsidein.model.IdeaStatus <em>Idea Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.IdeaStatus
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getIdeaStatus()
	 * @generated
	 */
	int IDEA_STATUS = 39;

	/**
	 * The meta object id for the '{@link org.outsidein.model.RecognitionKind <em>Recognition Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.RecognitionKind
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getRecognitionKind()
	 * @generated
	 */
	int RECOGNITION_KIND = 40;

	/**
	 * The meta object id for the '{@link org.outsidein.model.OpenedAsset <em>Opened Asset</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.OpenedAsset
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOpenedAsset()
	 * @generated
	 */
	int OPENED_ASSET = 41;

	/**
	 * The meta object id for the '{@link org.outsidein.model.AssessmentScope <em>Assessment Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.AssessmentScope
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getAssessmentScope()
	 * @generated
	 */
	int ASSESSMENT_SCOPE = 42;

	/**
	 * The meta object id for the '{@link org.outsidein.model.AssessmentCategory <em>Assessment Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.model.AssessmentCategory
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getAssessmentCategory()
	 * @generated
	 */
	int ASSESSMENT_CATEGORY = 43;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see javax.xml.datatype.XMLGregorianCalendar
	 * @see org.outsidein.model.impl.OutsideInPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 44;


	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.outsidein.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.outsidein.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.outsidein.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.outsidein.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.outsidein.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.ExternallyIdentified <em>Externally Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Externally Identified</em>'.
	 * @see org.outsidein.model.ExternallyIdentified
	 * @generated
	 */
	EClass getExternallyIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ExternallyIdentified#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.outsidein.model.ExternallyIdentified#getExternalId()
	 * @see #getExternallyIdentified()
	 * @generated
	 */
	EAttribute getExternallyIdentified_ExternalId();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.OutsideInModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.outsidein.model.OutsideInModel
	 * @generated
	 */
	EClass getOutsideInModel();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.OutsideInModel#getMethodologies <em>Methodologies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Methodologies</em>'.
	 * @see org.outsidein.model.OutsideInModel#getMethodologies()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Methodologies();

	/**
	 * Returns the meta object for the containment reference '{@link org.outsidein.model.OutsideInModel#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Organisation</em>'.
	 * @see org.outsidein.model.OutsideInModel#getOrganisation()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Organisation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.outsidein.model.OutsideInModel#getSegments()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getCustomers <em>Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customers</em>'.
	 * @see org.outsidein.model.OutsideInModel#getCustomers()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Customers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.outsidein.model.OutsideInModel#getOutcomes()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.outsidein.model.OutsideInModel#getScenarios()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Scenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getToolkits <em>Toolkits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Toolkits</em>'.
	 * @see org.outsidein.model.OutsideInModel#getToolkits()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Toolkits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getCommunities <em>Communities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Communities</em>'.
	 * @see org.outsidein.model.OutsideInModel#getCommunities()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Communities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getRecognitionProgrammes <em>Recognition Programmes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recognition Programmes</em>'.
	 * @see org.outsidein.model.OutsideInModel#getRecognitionProgrammes()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_RecognitionProgrammes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getOpenInitiatives <em>Open Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Open Initiatives</em>'.
	 * @see org.outsidein.model.OutsideInModel#getOpenInitiatives()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_OpenInitiatives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.OutsideInModel#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.outsidein.model.OutsideInModel#getAssessments()
	 * @see #getOutsideInModel()
	 * @generated
	 */
	EReference getOutsideInModel_Assessments();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.outsidein.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Organisation#getCustomerBaseSize <em>Customer Base Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Base Size</em>'.
	 * @see org.outsidein.model.Organisation#getCustomerBaseSize()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_CustomerBaseSize();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Organisation#getHeadcount <em>Headcount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Headcount</em>'.
	 * @see org.outsidein.model.Organisation#getHeadcount()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Headcount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Organisation#getDepartments <em>Departments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Departments</em>'.
	 * @see org.outsidein.model.Organisation#getDepartments()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Departments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Organisation#getEmployees <em>Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Employees</em>'.
	 * @see org.outsidein.model.Organisation#getEmployees()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Employees();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Department</em>'.
	 * @see org.outsidein.model.Department
	 * @generated
	 */
	EClass getDepartment();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Employee <em>Employee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Employee</em>'.
	 * @see org.outsidein.model.Employee
	 * @generated
	 */
	EClass getEmployee();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Employee#getJobTitle <em>Job Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Title</em>'.
	 * @see org.outsidein.model.Employee#getJobTitle()
	 * @see #getEmployee()
	 * @generated
	 */
	EAttribute getEmployee_JobTitle();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.Employee#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.outsidein.model.Employee#getDepartment()
	 * @see #getEmployee()
	 * @generated
	 */
	EReference getEmployee_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Employee#isExecutive <em>Executive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Executive</em>'.
	 * @see org.outsidein.model.Employee#isExecutive()
	 * @see #getEmployee()
	 * @generated
	 */
	EAttribute getEmployee_Executive();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.outsidein.model.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Segment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.outsidein.model.Segment#getSize()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Size();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see org.outsidein.model.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Customer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.outsidein.model.Customer#getKind()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Customer#getGroupSize <em>Group Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Size</em>'.
	 * @see org.outsidein.model.Customer#getGroupSize()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_GroupSize();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Customer#isCurrentCustomer <em>Current Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Customer</em>'.
	 * @see org.outsidein.model.Customer#isCurrentCustomer()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_CurrentCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Customer#isLeadUser <em>Lead User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead User</em>'.
	 * @see org.outsidein.model.Customer#isLeadUser()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_LeadUser();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.Customer#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.outsidein.model.Customer#getSegment()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Segment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Customer#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.outsidein.model.Customer#getRoles()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Customer#getInventions <em>Inventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inventions</em>'.
	 * @see org.outsidein.model.Customer#getInventions()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Inventions();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Assignment</em>'.
	 * @see org.outsidein.model.RoleAssignment
	 * @generated
	 */
	EClass getRoleAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.RoleAssignment#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.outsidein.model.RoleAssignment#getRole()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.RoleAssignment#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.outsidein.model.RoleAssignment#getDepth()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Depth();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.RoleAssignment#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.outsidein.model.RoleAssignment#getSince()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Since();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.RoleAssignment#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outcomes</em>'.
	 * @see org.outsidein.model.RoleAssignment#getOutcomes()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Outcomes();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.RoleAssignment#getInteractingEmployees <em>Interacting Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Interacting Employees</em>'.
	 * @see org.outsidein.model.RoleAssignment#getInteractingEmployees()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_InteractingEmployees();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.RoleAssignment#getMonitoringEmployees <em>Monitoring Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Monitoring Employees</em>'.
	 * @see org.outsidein.model.RoleAssignment#getMonitoringEmployees()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_MonitoringEmployees();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Invention <em>Invention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Invention</em>'.
	 * @see org.outsidein.model.Invention
	 * @generated
	 */
	EClass getInvention();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Invention#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.outsidein.model.Invention#getStatus()
	 * @see #getInvention()
	 * @generated
	 */
	EAttribute getInvention_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Invention#getObservedOn <em>Observed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed On</em>'.
	 * @see org.outsidein.model.Invention#getObservedOn()
	 * @see #getInvention()
	 * @generated
	 */
	EAttribute getInvention_ObservedOn();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.Invention#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outcome</em>'.
	 * @see org.outsidein.model.Invention#getOutcome()
	 * @see #getInvention()
	 * @generated
	 */
	EReference getInvention_Outcome();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome</em>'.
	 * @see org.outsidein.model.Outcome
	 * @generated
	 */
	EClass getOutcome();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Outcome#getImportance <em>Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importance</em>'.
	 * @see org.outsidein.model.Outcome#getImportance()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Importance();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Outcome#getSatisfaction <em>Satisfaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfaction</em>'.
	 * @see org.outsidein.model.Outcome#getSatisfaction()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Satisfaction();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Outcome#getOpportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opportunity</em>'.
	 * @see org.outsidein.model.Outcome#getOpportunity()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Opportunity();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Outcome#getRespondents <em>Respondents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondents</em>'.
	 * @see org.outsidein.model.Outcome#getRespondents()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Respondents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Outcome#getSegmentRatings <em>Segment Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segment Ratings</em>'.
	 * @see org.outsidein.model.Outcome#getSegmentRatings()
	 * @see #getOutcome()
	 * @generated
	 */
	EReference getOutcome_SegmentRatings();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.SegmentRating <em>Segment Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Rating</em>'.
	 * @see org.outsidein.model.SegmentRating
	 * @generated
	 */
	EClass getSegmentRating();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.SegmentRating#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.outsidein.model.SegmentRating#getSegment()
	 * @see #getSegmentRating()
	 * @generated
	 */
	EReference getSegmentRating_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.SegmentRating#getImportance <em>Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importance</em>'.
	 * @see org.outsidein.model.SegmentRating#getImportance()
	 * @see #getSegmentRating()
	 * @generated
	 */
	EAttribute getSegmentRating_Importance();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.SegmentRating#getSatisfaction <em>Satisfaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfaction</em>'.
	 * @see org.outsidein.model.SegmentRating#getSatisfaction()
	 * @see #getSegmentRating()
	 * @generated
	 */
	EAttribute getSegmentRating_Satisfaction();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.SegmentRating#getRespondents <em>Respondents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondents</em>'.
	 * @see org.outsidein.model.SegmentRating#getRespondents()
	 * @see #getSegmentRating()
	 * @generated
	 */
	EAttribute getSegmentRating_Respondents();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.SegmentRating#getOpportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opportunity</em>'.
	 * @see org.outsidein.model.SegmentRating#getOpportunity()
	 * @see #getSegmentRating()
	 * @generated
	 */
	EAttribute getSegmentRating_Opportunity();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.outsidein.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.Scenario#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outcomes</em>'.
	 * @see org.outsidein.model.Scenario#getOutcomes()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Outcomes();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.Scenario#getCustomers <em>Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Customers</em>'.
	 * @see org.outsidein.model.Scenario#getCustomers()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Customers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Scenario#getTodaySteps <em>Today Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Today Steps</em>'.
	 * @see org.outsidein.model.Scenario#getTodaySteps()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_TodaySteps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Scenario#getIdealSteps <em>Ideal Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ideal Steps</em>'.
	 * @see org.outsidein.model.Scenario#getIdealSteps()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_IdealSteps();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.ScenarioStep <em>Scenario Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario Step</em>'.
	 * @see org.outsidein.model.ScenarioStep
	 * @generated
	 */
	EClass getScenarioStep();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ScenarioStep#getPainPoint <em>Pain Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pain Point</em>'.
	 * @see org.outsidein.model.ScenarioStep#getPainPoint()
	 * @see #getScenarioStep()
	 * @generated
	 */
	EAttribute getScenarioStep_PainPoint();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.InnovationToolkit <em>Innovation Toolkit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Innovation Toolkit</em>'.
	 * @see org.outsidein.model.InnovationToolkit
	 * @generated
	 */
	EClass getInnovationToolkit();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.InnovationToolkit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.outsidein.model.InnovationToolkit#getKind()
	 * @see #getInnovationToolkit()
	 * @generated
	 */
	EAttribute getInnovationToolkit_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.InnovationToolkit#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outcomes</em>'.
	 * @see org.outsidein.model.InnovationToolkit#getOutcomes()
	 * @see #getInnovationToolkit()
	 * @generated
	 */
	EReference getInnovationToolkit_Outcomes();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.InnovationToolkit#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Users</em>'.
	 * @see org.outsidein.model.InnovationToolkit#getUsers()
	 * @see #getInnovationToolkit()
	 * @generated
	 */
	EReference getInnovationToolkit_Users();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Community <em>Community</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Community</em>'.
	 * @see org.outsidein.model.Community
	 * @generated
	 */
	EClass getCommunity();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Community#getOwnership <em>Ownership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ownership</em>'.
	 * @see org.outsidein.model.Community#getOwnership()
	 * @see #getCommunity()
	 * @generated
	 */
	EAttribute getCommunity_Ownership();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Community#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.outsidein.model.Community#getChannel()
	 * @see #getCommunity()
	 * @generated
	 */
	EAttribute getCommunity_Channel();

	/**
	 * Returns the meta object for the attribute list '{@link org.outsidein.model.Community#getPurposes <em>Purposes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Purposes</em>'.
	 * @see org.outsidein.model.Community#getPurposes()
	 * @see #getCommunity()
	 * @generated
	 */
	EAttribute getCommunity_Purposes();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.Community#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.outsidein.model.Community#getMembers()
	 * @see #getCommunity()
	 * @generated
	 */
	EReference getCommunity_Members();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.Community#getEmployees <em>Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Employees</em>'.
	 * @see org.outsidein.model.Community#getEmployees()
	 * @see #getCommunity()
	 * @generated
	 */
	EReference getCommunity_Employees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Community#getIdeas <em>Ideas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ideas</em>'.
	 * @see org.outsidein.model.Community#getIdeas()
	 * @see #getCommunity()
	 * @generated
	 */
	EReference getCommunity_Ideas();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Idea <em>Idea</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Idea</em>'.
	 * @see org.outsidein.model.Idea
	 * @generated
	 */
	EClass getIdea();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.Idea#getProposedBy <em>Proposed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Proposed By</em>'.
	 * @see org.outsidein.model.Idea#getProposedBy()
	 * @see #getIdea()
	 * @generated
	 */
	EReference getIdea_ProposedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Idea#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.outsidein.model.Idea#getStatus()
	 * @see #getIdea()
	 * @generated
	 */
	EAttribute getIdea_Status();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.Idea#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outcome</em>'.
	 * @see org.outsidein.model.Idea#getOutcome()
	 * @see #getIdea()
	 * @generated
	 */
	EReference getIdea_Outcome();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.RecognitionProgramme <em>Recognition Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recognition Programme</em>'.
	 * @see org.outsidein.model.RecognitionProgramme
	 * @generated
	 */
	EClass getRecognitionProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.RecognitionProgramme#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.outsidein.model.RecognitionProgramme#getKind()
	 * @see #getRecognitionProgramme()
	 * @generated
	 */
	EAttribute getRecognitionProgramme_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.RecognitionProgramme#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.outsidein.model.RecognitionProgramme#getParticipants()
	 * @see #getRecognitionProgramme()
	 * @generated
	 */
	EReference getRecognitionProgramme_Participants();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.OpenAccessInitiative <em>Open Access Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Open Access Initiative</em>'.
	 * @see org.outsidein.model.OpenAccessInitiative
	 * @generated
	 */
	EClass getOpenAccessInitiative();

	/**
	 * Returns the meta object for the attribute list '{@link org.outsidein.model.OpenAccessInitiative#getOpened <em>Opened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Opened</em>'.
	 * @see org.outsidein.model.OpenAccessInitiative#getOpened()
	 * @see #getOpenAccessInitiative()
	 * @generated
	 */
	EAttribute getOpenAccessInitiative_Opened();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.model.OpenAccessInitiative#getContributors <em>Contributors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Contributors</em>'.
	 * @see org.outsidein.model.OpenAccessInitiative#getContributors()
	 * @see #getOpenAccessInitiative()
	 * @generated
	 */
	EReference getOpenAccessInitiative_Contributors();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Methodology <em>Methodology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Methodology</em>'.
	 * @see org.outsidein.model.Methodology
	 * @generated
	 */
	EClass getMethodology();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Methodology#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.outsidein.model.Methodology#getVersion()
	 * @see #getMethodology()
	 * @generated
	 */
	EAttribute getMethodology_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Methodology#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.outsidein.model.Methodology#getRoles()
	 * @see #getMethodology()
	 * @generated
	 */
	EReference getMethodology_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Methodology#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.outsidein.model.Methodology#getSteps()
	 * @see #getMethodology()
	 * @generated
	 */
	EReference getMethodology_Steps();

	/**
	 * Returns the meta object for the containment reference '{@link org.outsidein.model.Methodology#getScoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scoring</em>'.
	 * @see org.outsidein.model.Methodology#getScoring()
	 * @see #getMethodology()
	 * @generated
	 */
	EReference getMethodology_Scoring();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Scoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring</em>'.
	 * @see org.outsidein.model.Scoring
	 * @generated
	 */
	EClass getScoring();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getCustomerShareRule <em>Customer Share Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Share Rule</em>'.
	 * @see org.outsidein.model.Scoring#getCustomerShareRule()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_CustomerShareRule();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getEmployeeShareRule <em>Employee Share Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employee Share Rule</em>'.
	 * @see org.outsidein.model.Scoring#getEmployeeShareRule()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_EmployeeShareRule();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getWeCanPoints <em>We Can Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>We Can Points</em>'.
	 * @see org.outsidein.model.Scoring#getWeCanPoints()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_WeCanPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getWeWillPoints <em>We Will Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>We Will Points</em>'.
	 * @see org.outsidein.model.Scoring#getWeWillPoints()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_WeWillPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getWeShouldPoints <em>We Should Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>We Should Points</em>'.
	 * @see org.outsidein.model.Scoring#getWeShouldPoints()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_WeShouldPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getPracticeWeight <em>Practice Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Practice Weight</em>'.
	 * @see org.outsidein.model.Scoring#getPracticeWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_PracticeWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getEvidenceWeight <em>Evidence Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Weight</em>'.
	 * @see org.outsidein.model.Scoring#getEvidenceWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_EvidenceWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getEvidenceInFull <em>Evidence In Full</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence In Full</em>'.
	 * @see org.outsidein.model.Scoring#getEvidenceInFull()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_EvidenceInFull();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getFewestSurveyAnswers <em>Fewest Survey Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fewest Survey Answers</em>'.
	 * @see org.outsidein.model.Scoring#getFewestSurveyAnswers()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_FewestSurveyAnswers();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getStepsWeight <em>Steps Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps Weight</em>'.
	 * @see org.outsidein.model.Scoring#getStepsWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_StepsWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getRolesWeight <em>Roles Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roles Weight</em>'.
	 * @see org.outsidein.model.Scoring#getRolesWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_RolesWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getEngagementWeight <em>Engagement Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engagement Weight</em>'.
	 * @see org.outsidein.model.Scoring#getEngagementWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_EngagementWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getCustomerRuleWeight <em>Customer Rule Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Rule Weight</em>'.
	 * @see org.outsidein.model.Scoring#getCustomerRuleWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_CustomerRuleWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getEmployeeRuleWeight <em>Employee Rule Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employee Rule Weight</em>'.
	 * @see org.outsidein.model.Scoring#getEmployeeRuleWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_EmployeeRuleWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getDepartmentsWeight <em>Departments Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Departments Weight</em>'.
	 * @see org.outsidein.model.Scoring#getDepartmentsWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_DepartmentsWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Scoring#getRolesPlayedWeight <em>Roles Played Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roles Played Weight</em>'.
	 * @see org.outsidein.model.Scoring#getRolesPlayedWeight()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_RolesPlayedWeight();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Scoring#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.outsidein.model.Scoring#getLevels()
	 * @see #getScoring()
	 * @generated
	 */
	EReference getScoring_Levels();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.MaturityLevel <em>Maturity Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Maturity Level</em>'.
	 * @see org.outsidein.model.MaturityLevel
	 * @generated
	 */
	EClass getMaturityLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.MaturityLevel#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.outsidein.model.MaturityLevel#getNumber()
	 * @see #getMaturityLevel()
	 * @generated
	 */
	EAttribute getMaturityLevel_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.MaturityLevel#getMinimumScore <em>Minimum Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Score</em>'.
	 * @see org.outsidein.model.MaturityLevel#getMinimumScore()
	 * @see #getMaturityLevel()
	 * @generated
	 */
	EAttribute getMaturityLevel_MinimumScore();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.ActivityContainer <em>Activity Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity Container</em>'.
	 * @see org.outsidein.model.ActivityContainer
	 * @generated
	 */
	EClass getActivityContainer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.ActivityContainer#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.outsidein.model.ActivityContainer#getActivities()
	 * @see #getActivityContainer()
	 * @generated
	 */
	EReference getActivityContainer_Activities();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.CustomerRole <em>Customer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Role</em>'.
	 * @see org.outsidein.model.CustomerRole
	 * @generated
	 */
	EClass getCustomerRole();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.InnovationStep <em>Innovation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Innovation Step</em>'.
	 * @see org.outsidein.model.InnovationStep
	 * @generated
	 */
	EClass getInnovationStep();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.InnovationStep#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.outsidein.model.InnovationStep#getNumber()
	 * @see #getInnovationStep()
	 * @generated
	 */
	EAttribute getInnovationStep_Number();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.outsidein.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.outsidein.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Assessment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.outsidein.model.Assessment#getDate()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Assessment#getAssessor <em>Assessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessor</em>'.
	 * @see org.outsidein.model.Assessment#getAssessor()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Assessor();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Assessment#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.outsidein.model.Assessment#getScope()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Assessment#getScopeName <em>Scope Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Name</em>'.
	 * @see org.outsidein.model.Assessment#getScopeName()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ScopeName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Assessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.outsidein.model.Assessment#getAnswers()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Answers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Assessment#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responses</em>'.
	 * @see org.outsidein.model.Assessment#getResponses()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Responses();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Response <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Response</em>'.
	 * @see org.outsidein.model.Response
	 * @generated
	 */
	EClass getResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Response#getRespondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondent</em>'.
	 * @see org.outsidein.model.Response#getRespondent()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Respondent();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.Response#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.outsidein.model.Response#getDepartment()
	 * @see #getResponse()
	 * @generated
	 */
	EReference getResponse_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Response#getDepartmentName <em>Department Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department Name</em>'.
	 * @see org.outsidein.model.Response#getDepartmentName()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_DepartmentName();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Response#getAnswered <em>Answered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered</em>'.
	 * @see org.outsidein.model.Response#getAnswered()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Answered();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Response#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.outsidein.model.Response#getSource()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.model.Response#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.outsidein.model.Response#getAnswers()
	 * @see #getResponse()
	 * @generated
	 */
	EReference getResponse_Answers();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.ResponseAnswer <em>Response Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Response Answer</em>'.
	 * @see org.outsidein.model.ResponseAnswer
	 * @generated
	 */
	EClass getResponseAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.ResponseAnswer#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activity</em>'.
	 * @see org.outsidein.model.ResponseAnswer#getActivity()
	 * @see #getResponseAnswer()
	 * @generated
	 */
	EReference getResponseAnswer_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ResponseAnswer#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.outsidein.model.ResponseAnswer#getCategory()
	 * @see #getResponseAnswer()
	 * @generated
	 */
	EAttribute getResponseAnswer_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ResponseAnswer#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan</em>'.
	 * @see org.outsidein.model.ResponseAnswer#getPlan()
	 * @see #getResponseAnswer()
	 * @generated
	 */
	EAttribute getResponseAnswer_Plan();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ResponseAnswer#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see org.outsidein.model.ResponseAnswer#getBudget()
	 * @see #getResponseAnswer()
	 * @generated
	 */
	EAttribute getResponseAnswer_Budget();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ResponseAnswer#getDeliveryDate <em>Delivery Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivery Date</em>'.
	 * @see org.outsidein.model.ResponseAnswer#getDeliveryDate()
	 * @see #getResponseAnswer()
	 * @generated
	 */
	EAttribute getResponseAnswer_DeliveryDate();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ResponseAnswer#getNextStep <em>Next Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Step</em>'.
	 * @see org.outsidein.model.ResponseAnswer#getNextStep()
	 * @see #getResponseAnswer()
	 * @generated
	 */
	EAttribute getResponseAnswer_NextStep();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ResponseAnswer#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.outsidein.model.ResponseAnswer#getOwner()
	 * @see #getResponseAnswer()
	 * @generated
	 */
	EAttribute getResponseAnswer_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.ResponseAnswer#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.outsidein.model.ResponseAnswer#getDeadline()
	 * @see #getResponseAnswer()
	 * @generated
	 */
	EAttribute getResponseAnswer_Deadline();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see org.outsidein.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.Answer#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activity</em>'.
	 * @see org.outsidein.model.Answer#getActivity()
	 * @see #getAnswer()
	 * @generated
	 */
	EReference getAnswer_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Answer#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.outsidein.model.Answer#getCategory()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Answer#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan</em>'.
	 * @see org.outsidein.model.Answer#getPlan()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Plan();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Answer#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see org.outsidein.model.Answer#getBudget()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Budget();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Answer#getDeliveryDate <em>Delivery Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivery Date</em>'.
	 * @see org.outsidein.model.Answer#getDeliveryDate()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_DeliveryDate();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.Answer#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.outsidein.model.Answer#getComment()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Comment();

	/**
	 * Returns the meta object for the containment reference '{@link org.outsidein.model.Answer#getNextStep <em>Next Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Next Step</em>'.
	 * @see org.outsidein.model.Answer#getNextStep()
	 * @see #getAnswer()
	 * @generated
	 */
	EReference getAnswer_NextStep();

	/**
	 * Returns the meta object for class '{@link org.outsidein.model.NextStep <em>Next Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Next Step</em>'.
	 * @see org.outsidein.model.NextStep
	 * @generated
	 */
	EClass getNextStep();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.NextStep#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.outsidein.model.NextStep#getAction()
	 * @see #getNextStep()
	 * @generated
	 */
	EAttribute getNextStep_Action();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.model.NextStep#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.outsidein.model.NextStep#getResponsible()
	 * @see #getNextStep()
	 * @generated
	 */
	EReference getNextStep_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.NextStep#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.outsidein.model.NextStep#getDeadline()
	 * @see #getNextStep()
	 * @generated
	 */
	EAttribute getNextStep_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.model.NextStep#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.outsidein.model.NextStep#isDone()
	 * @see #getNextStep()
	 * @generated
	 */
	EAttribute getNextStep_Done();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.CustomerKind <em>Customer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Customer Kind</em>'.
	 * @see org.outsidein.model.CustomerKind
	 * @generated
	 */
	EEnum getCustomerKind();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.RelationshipDepth <em>Relationship Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Depth</em>'.
	 * @see org.outsidein.model.RelationshipDepth
	 * @generated
	 */
	EEnum getRelationshipDepth();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.InventionStatus <em>Invention Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Invention Status</em>'.
	 * @see org.outsidein.model.InventionStatus
	 * @generated
	 */
	EEnum getInventionStatus();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.ToolkitKind <em>Toolkit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Toolkit Kind</em>'.
	 * @see org.outsidein.model.ToolkitKind
	 * @generated
	 */
	EEnum getToolkitKind();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.CommunityOwnership <em>Community Ownership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Community Ownership</em>'.
	 * @see org.outsidein.model.CommunityOwnership
	 * @generated
	 */
	EEnum getCommunityOwnership();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.CommunityChannel <em>Community Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Community Channel</em>'.
	 * @see org.outsidein.model.CommunityChannel
	 * @generated
	 */
	EEnum getCommunityChannel();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.CommunityPurpose <em>Community Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Community Purpose</em>'.
	 * @see org.outsidein.model.CommunityPurpose
	 * @generated
	 */
	EEnum getCommunityPurpose();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.IdeaStatus <em>Idea Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Idea Status</em>'.
	 * @see org.outsidein.model.IdeaStatus
	 * @generated
	 */
	EEnum getIdeaStatus();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.RecognitionKind <em>Recognition Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recognition Kind</em>'.
	 * @see org.outsidein.model.RecognitionKind
	 * @generated
	 */
	EEnum getRecognitionKind();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.OpenedAsset <em>Opened Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opened Asset</em>'.
	 * @see org.outsidein.model.OpenedAsset
	 * @generated
	 */
	EEnum getOpenedAsset();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.AssessmentScope <em>Assessment Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Scope</em>'.
	 * @see org.outsidein.model.AssessmentScope
	 * @generated
	 */
	EEnum getAssessmentScope();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.model.AssessmentCategory <em>Assessment Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Category</em>'.
	 * @see org.outsidein.model.AssessmentCategory
	 * @generated
	 */
	EEnum getAssessmentCategory();

	/**
	 * Returns the meta object for data type '{@link javax.xml.datatype.XMLGregorianCalendar <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day, written as an ISO date (2026-03-31) so that model files stay readable. It is an XML Schema date, so any EMF tool reads and writes it with the .ecore file alone; org.outsidein.model.util.Days turns it into a java.time.LocalDate.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see javax.xml.datatype.XMLGregorianCalendar
	 * @model instanceClass="javax.xml.datatype.XMLGregorianCalendar"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#date'"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	OutsideInFactory getOutsideInFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.IdentifiedImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.NamedImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.ExternallyIdentified <em>Externally Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.ExternallyIdentified
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getExternallyIdentified()
		 * @generated
		 */
		EClass EXTERNALLY_IDENTIFIED = eINSTANCE.getExternallyIdentified();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNALLY_IDENTIFIED__EXTERNAL_ID = eINSTANCE.getExternallyIdentified_ExternalId();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.OutsideInModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.OutsideInModelImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOutsideInModel()
		 * @generated
		 */
		EClass OUTSIDE_IN_MODEL = eINSTANCE.getOutsideInModel();

		/**
		 * The meta object literal for the '<em><b>Methodologies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__METHODOLOGIES = eINSTANCE.getOutsideInModel_Methodologies();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__ORGANISATION = eINSTANCE.getOutsideInModel_Organisation();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__SEGMENTS = eINSTANCE.getOutsideInModel_Segments();

		/**
		 * The meta object literal for the '<em><b>Customers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__CUSTOMERS = eINSTANCE.getOutsideInModel_Customers();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__OUTCOMES = eINSTANCE.getOutsideInModel_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__SCENARIOS = eINSTANCE.getOutsideInModel_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Toolkits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__TOOLKITS = eINSTANCE.getOutsideInModel_Toolkits();

		/**
		 * The meta object literal for the '<em><b>Communities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__COMMUNITIES = eINSTANCE.getOutsideInModel_Communities();

		/**
		 * The meta object literal for the '<em><b>Recognition Programmes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__RECOGNITION_PROGRAMMES = eINSTANCE.getOutsideInModel_RecognitionProgrammes();

		/**
		 * The meta object literal for the '<em><b>Open Initiatives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__OPEN_INITIATIVES = eINSTANCE.getOutsideInModel_OpenInitiatives();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTSIDE_IN_MODEL__ASSESSMENTS = eINSTANCE.getOutsideInModel_Assessments();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.OrganisationImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Customer Base Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__CUSTOMER_BASE_SIZE = eINSTANCE.getOrganisation_CustomerBaseSize();

		/**
		 * The meta object literal for the '<em><b>Headcount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__HEADCOUNT = eINSTANCE.getOrganisation_Headcount();

		/**
		 * The meta object literal for the '<em><b>Departments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__DEPARTMENTS = eINSTANCE.getOrganisation_Departments();

		/**
		 * The meta object literal for the '<em><b>Employees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__EMPLOYEES = eINSTANCE.getOrganisation_Employees();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.DepartmentImpl <em>Department</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.DepartmentImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getDepartment()
		 * @generated
		 */
		EClass DEPARTMENT = eINSTANCE.getDepartment();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.EmployeeImpl <em>Employee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.EmployeeImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getEmployee()
		 * @generated
		 */
		EClass EMPLOYEE = eINSTANCE.getEmployee();

		/**
		 * The meta object literal for the '<em><b>Job Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYEE__JOB_TITLE = eINSTANCE.getEmployee_JobTitle();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EMPLOYEE__DEPARTMENT = eINSTANCE.getEmployee_Department();

		/**
		 * The meta object literal for the '<em><b>Executive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYEE__EXECUTIVE = eINSTANCE.getEmployee_Executive();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.SegmentImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__SIZE = eINSTANCE.getSegment_Size();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.CustomerImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__KIND = eINSTANCE.getCustomer_Kind();

		/**
		 * The meta object literal for the '<em><b>Group Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__GROUP_SIZE = eINSTANCE.getCustomer_GroupSize();

		/**
		 * The meta object literal for the '<em><b>Current Customer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__CURRENT_CUSTOMER = eINSTANCE.getCustomer_CurrentCustomer();

		/**
		 * The meta object literal for the '<em><b>Lead User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__LEAD_USER = eINSTANCE.getCustomer_LeadUser();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__SEGMENT = eINSTANCE.getCustomer_Segment();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__ROLES = eINSTANCE.getCustomer_Roles();

		/**
		 * The meta object literal for the '<em><b>Inventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__INVENTIONS = eINSTANCE.getCustomer_Inventions();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.RoleAssignmentImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getRoleAssignment()
		 * @generated
		 */
		EClass ROLE_ASSIGNMENT = eINSTANCE.getRoleAssignment();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__ROLE = eINSTANCE.getRoleAssignment_Role();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__DEPTH = eINSTANCE.getRoleAssignment_Depth();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__SINCE = eINSTANCE.getRoleAssignment_Since();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__OUTCOMES = eINSTANCE.getRoleAssignment_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Interacting Employees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__INTERACTING_EMPLOYEES = eINSTANCE.getRoleAssignment_InteractingEmployees();

		/**
		 * The meta object literal for the '<em><b>Monitoring Employees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__MONITORING_EMPLOYEES = eINSTANCE.getRoleAssignment_MonitoringEmployees();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.InventionImpl <em>Invention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.InventionImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getInvention()
		 * @generated
		 */
		EClass INVENTION = eINSTANCE.getInvention();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTION__STATUS = eINSTANCE.getInvention_Status();

		/**
		 * The meta object literal for the '<em><b>Observed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTION__OBSERVED_ON = eINSTANCE.getInvention_ObservedOn();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTION__OUTCOME = eINSTANCE.getInvention_Outcome();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.OutcomeImpl <em>Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.OutcomeImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOutcome()
		 * @generated
		 */
		EClass OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '<em><b>Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__IMPORTANCE = eINSTANCE.getOutcome_Importance();

		/**
		 * The meta object literal for the '<em><b>Satisfaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__SATISFACTION = eINSTANCE.getOutcome_Satisfaction();

		/**
		 * The meta object literal for the '<em><b>Opportunity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__OPPORTUNITY = eINSTANCE.getOutcome_Opportunity();

		/**
		 * The meta object literal for the '<em><b>Respondents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__RESPONDENTS = eINSTANCE.getOutcome_Respondents();

		/**
		 * The meta object literal for the '<em><b>Segment Ratings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME__SEGMENT_RATINGS = eINSTANCE.getOutcome_SegmentRatings();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.SegmentRatingImpl <em>Segment Rating</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.SegmentRatingImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getSegmentRating()
		 * @generated
		 */
		EClass SEGMENT_RATING = eINSTANCE.getSegmentRating();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT_RATING__SEGMENT = eINSTANCE.getSegmentRating_Segment();

		/**
		 * The meta object literal for the '<em><b>Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_RATING__IMPORTANCE = eINSTANCE.getSegmentRating_Importance();

		/**
		 * The meta object literal for the '<em><b>Satisfaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_RATING__SATISFACTION = eINSTANCE.getSegmentRating_Satisfaction();

		/**
		 * The meta object literal for the '<em><b>Respondents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_RATING__RESPONDENTS = eINSTANCE.getSegmentRating_Respondents();

		/**
		 * The meta object literal for the '<em><b>Opportunity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_RATING__OPPORTUNITY = eINSTANCE.getSegmentRating_Opportunity();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.ScenarioImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OUTCOMES = eINSTANCE.getScenario_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Customers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CUSTOMERS = eINSTANCE.getScenario_Customers();

		/**
		 * The meta object literal for the '<em><b>Today Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TODAY_STEPS = eINSTANCE.getScenario_TodaySteps();

		/**
		 * The meta object literal for the '<em><b>Ideal Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__IDEAL_STEPS = eINSTANCE.getScenario_IdealSteps();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.ScenarioStepImpl <em>Scenario Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.ScenarioStepImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getScenarioStep()
		 * @generated
		 */
		EClass SCENARIO_STEP = eINSTANCE.getScenarioStep();

		/**
		 * The meta object literal for the '<em><b>Pain Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_STEP__PAIN_POINT = eINSTANCE.getScenarioStep_PainPoint();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.InnovationToolkitImpl <em>Innovation Toolkit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.InnovationToolkitImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getInnovationToolkit()
		 * @generated
		 */
		EClass INNOVATION_TOOLKIT = eINSTANCE.getInnovationToolkit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_TOOLKIT__KIND = eINSTANCE.getInnovationToolkit_Kind();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_TOOLKIT__OUTCOMES = eINSTANCE.getInnovationToolkit_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_TOOLKIT__USERS = eINSTANCE.getInnovationToolkit_Users();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.CommunityImpl <em>Community</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.CommunityImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCommunity()
		 * @generated
		 */
		EClass COMMUNITY = eINSTANCE.getCommunity();

		/**
		 * The meta object literal for the '<em><b>Ownership</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNITY__OWNERSHIP = eINSTANCE.getCommunity_Ownership();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNITY__CHANNEL = eINSTANCE.getCommunity_Channel();

		/**
		 * The meta object literal for the '<em><b>Purposes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNITY__PURPOSES = eINSTANCE.getCommunity_Purposes();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNITY__MEMBERS = eINSTANCE.getCommunity_Members();

		/**
		 * The meta object literal for the '<em><b>Employees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNITY__EMPLOYEES = eINSTANCE.getCommunity_Employees();

		/**
		 * The meta object literal for the '<em><b>Ideas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNITY__IDEAS = eINSTANCE.getCommunity_Ideas();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.IdeaImpl <em>Idea</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.IdeaImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getIdea()
		 * @generated
		 */
		EClass IDEA = eINSTANCE.getIdea();

		/**
		 * The meta object literal for the '<em><b>Proposed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDEA__PROPOSED_BY = eINSTANCE.getIdea_ProposedBy();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDEA__STATUS = eINSTANCE.getIdea_Status();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDEA__OUTCOME = eINSTANCE.getIdea_Outcome();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.RecognitionProgrammeImpl <em>Recognition Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.RecognitionProgrammeImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getRecognitionProgramme()
		 * @generated
		 */
		EClass RECOGNITION_PROGRAMME = eINSTANCE.getRecognitionProgramme();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOGNITION_PROGRAMME__KIND = eINSTANCE.getRecognitionProgramme_Kind();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOGNITION_PROGRAMME__PARTICIPANTS = eINSTANCE.getRecognitionProgramme_Participants();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.OpenAccessInitiativeImpl <em>Open Access Initiative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.OpenAccessInitiativeImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOpenAccessInitiative()
		 * @generated
		 */
		EClass OPEN_ACCESS_INITIATIVE = eINSTANCE.getOpenAccessInitiative();

		/**
		 * The meta object literal for the '<em><b>Opened</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPEN_ACCESS_INITIATIVE__OPENED = eINSTANCE.getOpenAccessInitiative_Opened();

		/**
		 * The meta object literal for the '<em><b>Contributors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPEN_ACCESS_INITIATIVE__CONTRIBUTORS = eINSTANCE.getOpenAccessInitiative_Contributors();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.MethodologyImpl <em>Methodology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.MethodologyImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getMethodology()
		 * @generated
		 */
		EClass METHODOLOGY = eINSTANCE.getMethodology();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHODOLOGY__VERSION = eINSTANCE.getMethodology_Version();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHODOLOGY__ROLES = eINSTANCE.getMethodology_Roles();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHODOLOGY__STEPS = eINSTANCE.getMethodology_Steps();

		/**
		 * The meta object literal for the '<em><b>Scoring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHODOLOGY__SCORING = eINSTANCE.getMethodology_Scoring();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.ScoringImpl <em>Scoring</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.ScoringImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getScoring()
		 * @generated
		 */
		EClass SCORING = eINSTANCE.getScoring();

		/**
		 * The meta object literal for the '<em><b>Customer Share Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__CUSTOMER_SHARE_RULE = eINSTANCE.getScoring_CustomerShareRule();

		/**
		 * The meta object literal for the '<em><b>Employee Share Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__EMPLOYEE_SHARE_RULE = eINSTANCE.getScoring_EmployeeShareRule();

		/**
		 * The meta object literal for the '<em><b>We Can Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__WE_CAN_POINTS = eINSTANCE.getScoring_WeCanPoints();

		/**
		 * The meta object literal for the '<em><b>We Will Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__WE_WILL_POINTS = eINSTANCE.getScoring_WeWillPoints();

		/**
		 * The meta object literal for the '<em><b>We Should Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__WE_SHOULD_POINTS = eINSTANCE.getScoring_WeShouldPoints();

		/**
		 * The meta object literal for the '<em><b>Practice Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__PRACTICE_WEIGHT = eINSTANCE.getScoring_PracticeWeight();

		/**
		 * The meta object literal for the '<em><b>Evidence Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__EVIDENCE_WEIGHT = eINSTANCE.getScoring_EvidenceWeight();

		/**
		 * The meta object literal for the '<em><b>Evidence In Full</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__EVIDENCE_IN_FULL = eINSTANCE.getScoring_EvidenceInFull();

		/**
		 * The meta object literal for the '<em><b>Fewest Survey Answers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__FEWEST_SURVEY_ANSWERS = eINSTANCE.getScoring_FewestSurveyAnswers();

		/**
		 * The meta object literal for the '<em><b>Steps Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__STEPS_WEIGHT = eINSTANCE.getScoring_StepsWeight();

		/**
		 * The meta object literal for the '<em><b>Roles Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__ROLES_WEIGHT = eINSTANCE.getScoring_RolesWeight();

		/**
		 * The meta object literal for the '<em><b>Engagement Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__ENGAGEMENT_WEIGHT = eINSTANCE.getScoring_EngagementWeight();

		/**
		 * The meta object literal for the '<em><b>Customer Rule Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__CUSTOMER_RULE_WEIGHT = eINSTANCE.getScoring_CustomerRuleWeight();

		/**
		 * The meta object literal for the '<em><b>Employee Rule Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__EMPLOYEE_RULE_WEIGHT = eINSTANCE.getScoring_EmployeeRuleWeight();

		/**
		 * The meta object literal for the '<em><b>Departments Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__DEPARTMENTS_WEIGHT = eINSTANCE.getScoring_DepartmentsWeight();

		/**
		 * The meta object literal for the '<em><b>Roles Played Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__ROLES_PLAYED_WEIGHT = eINSTANCE.getScoring_RolesPlayedWeight();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING__LEVELS = eINSTANCE.getScoring_Levels();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.MaturityLevelImpl <em>Maturity Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.MaturityLevelImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getMaturityLevel()
		 * @generated
		 */
		EClass MATURITY_LEVEL = eINSTANCE.getMaturityLevel();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATURITY_LEVEL__NUMBER = eINSTANCE.getMaturityLevel_Number();

		/**
		 * The meta object literal for the '<em><b>Minimum Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATURITY_LEVEL__MINIMUM_SCORE = eINSTANCE.getMaturityLevel_MinimumScore();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.ActivityContainerImpl <em>Activity Container</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.ActivityContainerImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getActivityContainer()
		 * @generated
		 */
		EClass ACTIVITY_CONTAINER = eINSTANCE.getActivityContainer();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY_CONTAINER__ACTIVITIES = eINSTANCE.getActivityContainer_Activities();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.CustomerRoleImpl <em>Customer Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.CustomerRoleImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCustomerRole()
		 * @generated
		 */
		EClass CUSTOMER_ROLE = eINSTANCE.getCustomerRole();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.InnovationStepImpl <em>Innovation Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.InnovationStepImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getInnovationStep()
		 * @generated
		 */
		EClass INNOVATION_STEP = eINSTANCE.getInnovationStep();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_STEP__NUMBER = eINSTANCE.getInnovationStep_Number();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.ActivityImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.AssessmentImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DATE = eINSTANCE.getAssessment_Date();

		/**
		 * The meta object literal for the '<em><b>Assessor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ASSESSOR = eINSTANCE.getAssessment_Assessor();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__SCOPE = eINSTANCE.getAssessment_Scope();

		/**
		 * The meta object literal for the '<em><b>Scope Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__SCOPE_NAME = eINSTANCE.getAssessment_ScopeName();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ANSWERS = eINSTANCE.getAssessment_Answers();

		/**
		 * The meta object literal for the '<em><b>Responses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__RESPONSES = eINSTANCE.getAssessment_Responses();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.ResponseImpl <em>Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.ResponseImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getResponse()
		 * @generated
		 */
		EClass RESPONSE = eINSTANCE.getResponse();

		/**
		 * The meta object literal for the '<em><b>Respondent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__RESPONDENT = eINSTANCE.getResponse_Respondent();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE__DEPARTMENT = eINSTANCE.getResponse_Department();

		/**
		 * The meta object literal for the '<em><b>Department Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__DEPARTMENT_NAME = eINSTANCE.getResponse_DepartmentName();

		/**
		 * The meta object literal for the '<em><b>Answered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__ANSWERED = eINSTANCE.getResponse_Answered();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__SOURCE = eINSTANCE.getResponse_Source();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE__ANSWERS = eINSTANCE.getResponse_Answers();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.ResponseAnswerImpl <em>Response Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.ResponseAnswerImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getResponseAnswer()
		 * @generated
		 */
		EClass RESPONSE_ANSWER = eINSTANCE.getResponseAnswer();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE_ANSWER__ACTIVITY = eINSTANCE.getResponseAnswer_Activity();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ANSWER__CATEGORY = eINSTANCE.getResponseAnswer_Category();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ANSWER__PLAN = eINSTANCE.getResponseAnswer_Plan();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ANSWER__BUDGET = eINSTANCE.getResponseAnswer_Budget();

		/**
		 * The meta object literal for the '<em><b>Delivery Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ANSWER__DELIVERY_DATE = eINSTANCE.getResponseAnswer_DeliveryDate();

		/**
		 * The meta object literal for the '<em><b>Next Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ANSWER__NEXT_STEP = eINSTANCE.getResponseAnswer_NextStep();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ANSWER__OWNER = eINSTANCE.getResponseAnswer_Owner();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_ANSWER__DEADLINE = eINSTANCE.getResponseAnswer_Deadline();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.AnswerImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANSWER__ACTIVITY = eINSTANCE.getAnswer_Activity();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__CATEGORY = eINSTANCE.getAnswer_Category();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__PLAN = eINSTANCE.getAnswer_Plan();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__BUDGET = eINSTANCE.getAnswer_Budget();

		/**
		 * The meta object literal for the '<em><b>Delivery Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__DELIVERY_DATE = eINSTANCE.getAnswer_DeliveryDate();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__COMMENT = eINSTANCE.getAnswer_Comment();

		/**
		 * The meta object literal for the '<em><b>Next Step</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANSWER__NEXT_STEP = eINSTANCE.getAnswer_NextStep();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.impl.NextStepImpl <em>Next Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.impl.NextStepImpl
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getNextStep()
		 * @generated
		 */
		EClass NEXT_STEP = eINSTANCE.getNextStep();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEXT_STEP__ACTION = eINSTANCE.getNextStep_Action();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEXT_STEP__RESPONSIBLE = eINSTANCE.getNextStep_Responsible();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEXT_STEP__DEADLINE = eINSTANCE.getNextStep_Deadline();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEXT_STEP__DONE = eINSTANCE.getNextStep_Done();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.CustomerKind <em>Customer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.CustomerKind
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCustomerKind()
		 * @generated
		 */
		EEnum CUSTOMER_KIND = eINSTANCE.getCustomerKind();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.RelationshipDepth <em>Relationship Depth</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.RelationshipDepth
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getRelationshipDepth()
		 * @generated
		 */
		EEnum RELATIONSHIP_DEPTH = eINSTANCE.getRelationshipDepth();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.InventionStatus <em>Invention Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.InventionStatus
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getInventionStatus()
		 * @generated
		 */
		EEnum INVENTION_STATUS = eINSTANCE.getInventionStatus();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.ToolkitKind <em>Toolkit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.ToolkitKind
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getToolkitKind()
		 * @generated
		 */
		EEnum TOOLKIT_KIND = eINSTANCE.getToolkitKind();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.CommunityOwnership <em>Community Ownership</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.CommunityOwnership
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCommunityOwnership()
		 * @generated
		 */
		EEnum COMMUNITY_OWNERSHIP = eINSTANCE.getCommunityOwnership();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.CommunityChannel <em>Community Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.CommunityChannel
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCommunityChannel()
		 * @generated
		 */
		EEnum COMMUNITY_CHANNEL = eINSTANCE.getCommunityChannel();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.CommunityPurpose <em>Community Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.CommunityPurpose
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getCommunityPurpose()
		 * @generated
		 */
		EEnum COMMUNITY_PURPOSE = eINSTANCE.getCommunityPurpose();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.IdeaStatus <em>Idea Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.IdeaStatus
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getIdeaStatus()
		 * @generated
		 */
		EEnum IDEA_STATUS = eINSTANCE.getIdeaStatus();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.RecognitionKind <em>Recognition Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.RecognitionKind
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getRecognitionKind()
		 * @generated
		 */
		EEnum RECOGNITION_KIND = eINSTANCE.getRecognitionKind();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.OpenedAsset <em>Opened Asset</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.OpenedAsset
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getOpenedAsset()
		 * @generated
		 */
		EEnum OPENED_ASSET = eINSTANCE.getOpenedAsset();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.AssessmentScope <em>Assessment Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.AssessmentScope
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getAssessmentScope()
		 * @generated
		 */
		EEnum ASSESSMENT_SCOPE = eINSTANCE.getAssessmentScope();

		/**
		 * The meta object literal for the '{@link org.outsidein.model.AssessmentCategory <em>Assessment Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.model.AssessmentCategory
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getAssessmentCategory()
		 * @generated
		 */
		EEnum ASSESSMENT_CATEGORY = eINSTANCE.getAssessmentCategory();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see javax.xml.datatype.XMLGregorianCalendar
		 * @see org.outsidein.model.impl.OutsideInPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //OutsideInPackage
