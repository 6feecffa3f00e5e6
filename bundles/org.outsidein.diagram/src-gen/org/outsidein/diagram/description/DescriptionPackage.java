/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * Declarative diagram descriptions, after Sirius: a description maps the elements of a semantic model (any EMF metamodel) to nodes, containers and edges, and says which model operations the diagram's tools perform. Descriptions are data (XMI files); an interpreter turns model plus description into a diagram graph.
 * <!-- end-model-doc -->
 * @see org.outsidein.diagram.description.DescriptionFactory
 * @model kind="package"
 * @generated
 */
public interface DescriptionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "description";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.outsidein.org/diagram/description/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "description";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionPackage eINSTANCE = org.outsidein.diagram.description.impl.DescriptionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.DiagramDescriptionImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOCUMENTATION = 2;

	/**
	 * The feature id for the '<em><b>Metamodel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__METAMODEL = 3;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOMAIN_CLASS = 4;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYERS = 5;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.LayerImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NODE_MAPPINGS = 1;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__EDGE_MAPPINGS = 2;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__TOOLS = 3;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.DiagramElementMappingImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
	 * @generated
	 */
	int DIAGRAM_ELEMENT_MAPPING = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__NAME = 0;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = 2;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__PRECONDITION = 3;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = 4;

	/**
	 * The number of structural features of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.AbstractNodeMappingImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getAbstractNodeMapping()
	 * @generated
	 */
	int ABSTRACT_NODE_MAPPING = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__NAME = DIAGRAM_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LIMIT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>XExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__XEXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>YExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__YEXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Plot Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PLOT_SCALE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.NodeMappingImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LIMIT = ABSTRACT_NODE_MAPPING__LIMIT;

	/**
	 * The feature id for the '<em><b>XExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__XEXPRESSION = ABSTRACT_NODE_MAPPING__XEXPRESSION;

	/**
	 * The feature id for the '<em><b>YExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__YEXPRESSION = ABSTRACT_NODE_MAPPING__YEXPRESSION;

	/**
	 * The feature id for the '<em><b>Plot Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PLOT_SCALE = ABSTRACT_NODE_MAPPING__PLOT_SCALE;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.ContainerMappingImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getContainerMapping()
	 * @generated
	 */
	int CONTAINER_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LIMIT = ABSTRACT_NODE_MAPPING__LIMIT;

	/**
	 * The feature id for the '<em><b>XExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__XEXPRESSION = ABSTRACT_NODE_MAPPING__XEXPRESSION;

	/**
	 * The feature id for the '<em><b>YExpression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__YEXPRESSION = ABSTRACT_NODE_MAPPING__YEXPRESSION;

	/**
	 * The feature id for the '<em><b>Plot Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PLOT_SCALE = ABSTRACT_NODE_MAPPING__PLOT_SCALE;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.EdgeMappingImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__NAME = DIAGRAM_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_FINDER_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_FINDER_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fold Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__FOLD_ABOVE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.NodeStyleImpl <em>Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.NodeStyleImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 7;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__SHAPE = 0;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__COLOR = 1;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_COLOR = 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEIGHT = 5;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__ICON = 6;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BOLD = 7;

	/**
	 * The number of structural features of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.ConditionalNodeStyleImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getConditionalNodeStyle()
	 * @generated
	 */
	int CONDITIONAL_NODE_STYLE = 8;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__PREDICATE = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.EdgeStyleImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 9;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_STYLE = 0;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__COLOR = 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__WIDTH = 2;

	/**
	 * The feature id for the '<em><b>Target Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__TARGET_ARROW = 3;

	/**
	 * The number of structural features of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.ConditionalEdgeStyleImpl <em>Conditional Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.ConditionalEdgeStyleImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getConditionalEdgeStyle()
	 * @generated
	 */
	int CONDITIONAL_EDGE_STYLE = 10;

	/**
	 * The feature id for the '<em><b>Predicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE__PREDICATE = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.ToolImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__PRECONDITION = 2;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__OPERATIONS = 3;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.CreateNodeToolImpl <em>Create Node Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.CreateNodeToolImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getCreateNodeTool()
	 * @generated
	 */
	int CREATE_NODE_TOOL = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Create Node Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Create Node Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.CreateEdgeToolImpl <em>Create Edge Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.CreateEdgeToolImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getCreateEdgeTool()
	 * @generated
	 */
	int CREATE_EDGE_TOOL = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Create Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Create Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.DeleteToolImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.DirectEditToolImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDirectEditTool()
	 * @generated
	 */
	int DIRECT_EDIT_TOOL = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.DropToolImpl <em>Drop Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.DropToolImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDropTool()
	 * @generated
	 */
	int DROP_TOOL = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__NAME = TOOL__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__PRECONDITION = TOOL__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__OPERATIONS = TOOL__OPERATIONS;

	/**
	 * The feature id for the '<em><b>Dragged</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__DRAGGED = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Into</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL__INTO = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Drop Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Drop Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROP_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.ModelOperationImpl <em>Model Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.ModelOperationImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getModelOperation()
	 * @generated
	 */
	int MODEL_OPERATION = 17;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION__SUB_OPERATIONS = 0;

	/**
	 * The number of structural features of the '<em>Model Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Model Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.ChangeContextImpl <em>Change Context</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.ChangeContextImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getChangeContext()
	 * @generated
	 */
	int CHANGE_CONTEXT = 18;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT__EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Change Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_CONTEXT_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.CreateInstanceImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getCreateInstance()
	 * @generated
	 */
	int CREATE_INSTANCE = 19;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Reference Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__REFERENCE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__TYPE_NAME = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE__VARIABLE_NAME = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Create Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_INSTANCE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.SetValueImpl <em>Set Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.SetValueImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getSetValue()
	 * @generated
	 */
	int SET_VALUE = 20;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__FEATURE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE__VALUE_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Set Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_VALUE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.UnsetImpl <em>Unset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.UnsetImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getUnset()
	 * @generated
	 */
	int UNSET = 21;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__FEATURE_NAME = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET__VALUE_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Unset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Unset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNSET_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.impl.DeleteImpl <em>Delete</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.impl.DeleteImpl
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDelete()
	 * @generated
	 */
	int DELETE = 22;

	/**
	 * The feature id for the '<em><b>Sub Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE__SUB_OPERATIONS = MODEL_OPERATION__SUB_OPERATIONS;

	/**
	 * The feature id for the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE__ELEMENT_EXPRESSION = MODEL_OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Delete</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_FEATURE_COUNT = MODEL_OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Delete</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_OPERATION_COUNT = MODEL_OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.NodeShape <em>Node Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.NodeShape
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getNodeShape()
	 * @generated
	 */
	int NODE_SHAPE = 23;

	/**
	 * The meta object id for the '{@link org.outsidein.diagram.description.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.outsidein.diagram.description.LineStyle
	 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 24;


	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.outsidein.diagram.description.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramDescription#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.outsidein.diagram.description.DiagramDescription#getId()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramDescription#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.outsidein.diagram.description.DiagramDescription#getLabel()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramDescription#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.outsidein.diagram.description.DiagramDescription#getDocumentation()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Documentation();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramDescription#getMetamodel <em>Metamodel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metamodel</em>'.
	 * @see org.outsidein.diagram.description.DiagramDescription#getMetamodel()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Metamodel();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.outsidein.diagram.description.DiagramDescription#getDomainClass()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_DomainClass();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.DiagramDescription#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.outsidein.diagram.description.DiagramDescription#getLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Layers();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.outsidein.diagram.description.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.Layer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.outsidein.diagram.description.Layer#getName()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.Layer#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.outsidein.diagram.description.Layer#getNodeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.Layer#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.outsidein.diagram.description.Layer#getEdgeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.Layer#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.outsidein.diagram.description.Layer#getTools()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Tools();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element Mapping</em>'.
	 * @see org.outsidein.diagram.description.DiagramElementMapping
	 * @generated
	 */
	EClass getDiagramElementMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramElementMapping#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.outsidein.diagram.description.DiagramElementMapping#getName()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramElementMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.outsidein.diagram.description.DiagramElementMapping#getDomainClass()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.outsidein.diagram.description.DiagramElementMapping#getSemanticCandidates()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramElementMapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.outsidein.diagram.description.DiagramElementMapping#getPrecondition()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.DiagramElementMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.outsidein.diagram.description.DiagramElementMapping#getLabelExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_LabelExpression();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Node Mapping</em>'.
	 * @see org.outsidein.diagram.description.AbstractNodeMapping
	 * @generated
	 */
	EClass getAbstractNodeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.AbstractNodeMapping#getLimit <em>Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit</em>'.
	 * @see org.outsidein.diagram.description.AbstractNodeMapping#getLimit()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_Limit();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.AbstractNodeMapping#getXExpression <em>XExpression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XExpression</em>'.
	 * @see org.outsidein.diagram.description.AbstractNodeMapping#getXExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_XExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.AbstractNodeMapping#getYExpression <em>YExpression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>YExpression</em>'.
	 * @see org.outsidein.diagram.description.AbstractNodeMapping#getYExpression()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_YExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.AbstractNodeMapping#getPlotScale <em>Plot Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plot Scale</em>'.
	 * @see org.outsidein.diagram.description.AbstractNodeMapping#getPlotScale()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_PlotScale();

	/**
	 * Returns the meta object for the containment reference '{@link org.outsidein.diagram.description.AbstractNodeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.outsidein.diagram.description.AbstractNodeMapping#getStyle()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.outsidein.diagram.description.AbstractNodeMapping#getConditionalStyles()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.outsidein.diagram.description.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Mapping</em>'.
	 * @see org.outsidein.diagram.description.ContainerMapping
	 * @generated
	 */
	EClass getContainerMapping();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Node Mappings</em>'.
	 * @see org.outsidein.diagram.description.ContainerMapping#getSubNodeMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubNodeMappings();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.outsidein.diagram.description.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.diagram.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.outsidein.diagram.description.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.diagram.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.outsidein.diagram.description.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.EdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Finder Expression</em>'.
	 * @see org.outsidein.diagram.description.EdgeMapping#getSourceFinderExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_SourceFinderExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.EdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Finder Expression</em>'.
	 * @see org.outsidein.diagram.description.EdgeMapping#getTargetFinderExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_TargetFinderExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.EdgeMapping#getFoldAbove <em>Fold Above</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fold Above</em>'.
	 * @see org.outsidein.diagram.description.EdgeMapping#getFoldAbove()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_FoldAbove();

	/**
	 * Returns the meta object for the containment reference '{@link org.outsidein.diagram.description.EdgeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.outsidein.diagram.description.EdgeMapping#getStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.EdgeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.outsidein.diagram.description.EdgeMapping#getConditionalStyles()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle
	 * @generated
	 */
	EClass getNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.NodeStyle#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle#getShape()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.NodeStyle#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle#getColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.NodeStyle#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle#getBorderColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.NodeStyle#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle#getLabelColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.NodeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle#getWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.NodeStyle#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle#getHeight()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.NodeStyle#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle#getIcon()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Icon();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.NodeStyle#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.outsidein.diagram.description.NodeStyle#isBold()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Bold();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.ConditionalNodeStyle <em>Conditional Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Node Style</em>'.
	 * @see org.outsidein.diagram.description.ConditionalNodeStyle
	 * @generated
	 */
	EClass getConditionalNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.ConditionalNodeStyle#getPredicate <em>Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate</em>'.
	 * @see org.outsidein.diagram.description.ConditionalNodeStyle#getPredicate()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EAttribute getConditionalNodeStyle_Predicate();

	/**
	 * Returns the meta object for the containment reference '{@link org.outsidein.diagram.description.ConditionalNodeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.outsidein.diagram.description.ConditionalNodeStyle#getStyle()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EReference getConditionalNodeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style</em>'.
	 * @see org.outsidein.diagram.description.EdgeStyle
	 * @generated
	 */
	EClass getEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.EdgeStyle#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.outsidein.diagram.description.EdgeStyle#getLineStyle()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.EdgeStyle#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.outsidein.diagram.description.EdgeStyle#getColor()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.EdgeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.outsidein.diagram.description.EdgeStyle#getWidth()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.EdgeStyle#isTargetArrow <em>Target Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Arrow</em>'.
	 * @see org.outsidein.diagram.description.EdgeStyle#isTargetArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_TargetArrow();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.ConditionalEdgeStyle <em>Conditional Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Edge Style</em>'.
	 * @see org.outsidein.diagram.description.ConditionalEdgeStyle
	 * @generated
	 */
	EClass getConditionalEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.ConditionalEdgeStyle#getPredicate <em>Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate</em>'.
	 * @see org.outsidein.diagram.description.ConditionalEdgeStyle#getPredicate()
	 * @see #getConditionalEdgeStyle()
	 * @generated
	 */
	EAttribute getConditionalEdgeStyle_Predicate();

	/**
	 * Returns the meta object for the containment reference '{@link org.outsidein.diagram.description.ConditionalEdgeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.outsidein.diagram.description.ConditionalEdgeStyle#getStyle()
	 * @see #getConditionalEdgeStyle()
	 * @generated
	 */
	EReference getConditionalEdgeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.outsidein.diagram.description.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.Tool#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.outsidein.diagram.description.Tool#getName()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.Tool#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.outsidein.diagram.description.Tool#getLabel()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.Tool#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.outsidein.diagram.description.Tool#getPrecondition()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Precondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.Tool#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.outsidein.diagram.description.Tool#getOperations()
	 * @see #getTool()
	 * @generated
	 */
	EReference getTool_Operations();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.CreateNodeTool <em>Create Node Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Node Tool</em>'.
	 * @see org.outsidein.diagram.description.CreateNodeTool
	 * @generated
	 */
	EClass getCreateNodeTool();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.diagram.description.CreateNodeTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.outsidein.diagram.description.CreateNodeTool#getMapping()
	 * @see #getCreateNodeTool()
	 * @generated
	 */
	EReference getCreateNodeTool_Mapping();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.CreateEdgeTool <em>Create Edge Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Edge Tool</em>'.
	 * @see org.outsidein.diagram.description.CreateEdgeTool
	 * @generated
	 */
	EClass getCreateEdgeTool();

	/**
	 * Returns the meta object for the reference '{@link org.outsidein.diagram.description.CreateEdgeTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.outsidein.diagram.description.CreateEdgeTool#getMapping()
	 * @see #getCreateEdgeTool()
	 * @generated
	 */
	EReference getCreateEdgeTool_Mapping();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.outsidein.diagram.description.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.diagram.description.DeleteTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.outsidein.diagram.description.DeleteTool#getMappings()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Edit Tool</em>'.
	 * @see org.outsidein.diagram.description.DirectEditTool
	 * @generated
	 */
	EClass getDirectEditTool();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.diagram.description.DirectEditTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.outsidein.diagram.description.DirectEditTool#getMappings()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EReference getDirectEditTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.DropTool <em>Drop Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drop Tool</em>'.
	 * @see org.outsidein.diagram.description.DropTool
	 * @generated
	 */
	EClass getDropTool();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.diagram.description.DropTool#getDragged <em>Dragged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Dragged</em>'.
	 * @see org.outsidein.diagram.description.DropTool#getDragged()
	 * @see #getDropTool()
	 * @generated
	 */
	EReference getDropTool_Dragged();

	/**
	 * Returns the meta object for the reference list '{@link org.outsidein.diagram.description.DropTool#getInto <em>Into</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Into</em>'.
	 * @see org.outsidein.diagram.description.DropTool#getInto()
	 * @see #getDropTool()
	 * @generated
	 */
	EReference getDropTool_Into();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.ModelOperation <em>Model Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Operation</em>'.
	 * @see org.outsidein.diagram.description.ModelOperation
	 * @generated
	 */
	EClass getModelOperation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.outsidein.diagram.description.ModelOperation#getSubOperations <em>Sub Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Operations</em>'.
	 * @see org.outsidein.diagram.description.ModelOperation#getSubOperations()
	 * @see #getModelOperation()
	 * @generated
	 */
	EReference getModelOperation_SubOperations();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.ChangeContext <em>Change Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Context</em>'.
	 * @see org.outsidein.diagram.description.ChangeContext
	 * @generated
	 */
	EClass getChangeContext();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.ChangeContext#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.outsidein.diagram.description.ChangeContext#getExpression()
	 * @see #getChangeContext()
	 * @generated
	 */
	EAttribute getChangeContext_Expression();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.CreateInstance <em>Create Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Instance</em>'.
	 * @see org.outsidein.diagram.description.CreateInstance
	 * @generated
	 */
	EClass getCreateInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.CreateInstance#getReferenceName <em>Reference Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Name</em>'.
	 * @see org.outsidein.diagram.description.CreateInstance#getReferenceName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_ReferenceName();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.CreateInstance#getTypeName <em>Type Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Name</em>'.
	 * @see org.outsidein.diagram.description.CreateInstance#getTypeName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_TypeName();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.CreateInstance#getVariableName <em>Variable Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Name</em>'.
	 * @see org.outsidein.diagram.description.CreateInstance#getVariableName()
	 * @see #getCreateInstance()
	 * @generated
	 */
	EAttribute getCreateInstance_VariableName();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.SetValue <em>Set Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Value</em>'.
	 * @see org.outsidein.diagram.description.SetValue
	 * @generated
	 */
	EClass getSetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.SetValue#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.outsidein.diagram.description.SetValue#getFeatureName()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.SetValue#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.outsidein.diagram.description.SetValue#getValueExpression()
	 * @see #getSetValue()
	 * @generated
	 */
	EAttribute getSetValue_ValueExpression();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.Unset <em>Unset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unset</em>'.
	 * @see org.outsidein.diagram.description.Unset
	 * @generated
	 */
	EClass getUnset();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.Unset#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.outsidein.diagram.description.Unset#getFeatureName()
	 * @see #getUnset()
	 * @generated
	 */
	EAttribute getUnset_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.Unset#getValueExpression <em>Value Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Expression</em>'.
	 * @see org.outsidein.diagram.description.Unset#getValueExpression()
	 * @see #getUnset()
	 * @generated
	 */
	EAttribute getUnset_ValueExpression();

	/**
	 * Returns the meta object for class '{@link org.outsidein.diagram.description.Delete <em>Delete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete</em>'.
	 * @see org.outsidein.diagram.description.Delete
	 * @generated
	 */
	EClass getDelete();

	/**
	 * Returns the meta object for the attribute '{@link org.outsidein.diagram.description.Delete#getElementExpression <em>Element Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Expression</em>'.
	 * @see org.outsidein.diagram.description.Delete#getElementExpression()
	 * @see #getDelete()
	 * @generated
	 */
	EAttribute getDelete_ElementExpression();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.diagram.description.NodeShape <em>Node Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Shape</em>'.
	 * @see org.outsidein.diagram.description.NodeShape
	 * @generated
	 */
	EEnum getNodeShape();

	/**
	 * Returns the meta object for enum '{@link org.outsidein.diagram.description.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.outsidein.diagram.description.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DescriptionFactory getDescriptionFactory();

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
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.DiagramDescriptionImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__ID = eINSTANCE.getDiagramDescription_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LABEL = eINSTANCE.getDiagramDescription_Label();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DOCUMENTATION = eINSTANCE.getDiagramDescription_Documentation();

		/**
		 * The meta object literal for the '<em><b>Metamodel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__METAMODEL = eINSTANCE.getDiagramDescription_Metamodel();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getDiagramDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__LAYERS = eINSTANCE.getDiagramDescription_Layers();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.LayerImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__NAME = eINSTANCE.getLayer_Name();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__NODE_MAPPINGS = eINSTANCE.getLayer_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__EDGE_MAPPINGS = eINSTANCE.getLayer_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__TOOLS = eINSTANCE.getLayer_Tools();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.DiagramElementMappingImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT_MAPPING = eINSTANCE.getDiagramElementMapping();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__NAME = eINSTANCE.getDiagramElementMapping_Name();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = eINSTANCE.getDiagramElementMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getDiagramElementMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__PRECONDITION = eINSTANCE.getDiagramElementMapping_Precondition();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = eINSTANCE.getDiagramElementMapping_LabelExpression();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.AbstractNodeMappingImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getAbstractNodeMapping()
		 * @generated
		 */
		EClass ABSTRACT_NODE_MAPPING = eINSTANCE.getAbstractNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__LIMIT = eINSTANCE.getAbstractNodeMapping_Limit();

		/**
		 * The meta object literal for the '<em><b>XExpression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__XEXPRESSION = eINSTANCE.getAbstractNodeMapping_XExpression();

		/**
		 * The meta object literal for the '<em><b>YExpression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__YEXPRESSION = eINSTANCE.getAbstractNodeMapping_YExpression();

		/**
		 * The meta object literal for the '<em><b>Plot Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__PLOT_SCALE = eINSTANCE.getAbstractNodeMapping_PlotScale();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__STYLE = eINSTANCE.getAbstractNodeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getAbstractNodeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.NodeMappingImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.ContainerMappingImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getContainerMapping()
		 * @generated
		 */
		EClass CONTAINER_MAPPING = eINSTANCE.getContainerMapping();

		/**
		 * The meta object literal for the '<em><b>Sub Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_NODE_MAPPINGS = eINSTANCE.getContainerMapping_SubNodeMappings();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.EdgeMappingImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Source Finder Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__SOURCE_FINDER_EXPRESSION = eINSTANCE.getEdgeMapping_SourceFinderExpression();

		/**
		 * The meta object literal for the '<em><b>Target Finder Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__TARGET_FINDER_EXPRESSION = eINSTANCE.getEdgeMapping_TargetFinderExpression();

		/**
		 * The meta object literal for the '<em><b>Fold Above</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__FOLD_ABOVE = eINSTANCE.getEdgeMapping_FoldAbove();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE = eINSTANCE.getEdgeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getEdgeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.NodeStyleImpl <em>Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.NodeStyleImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getNodeStyle()
		 * @generated
		 */
		EClass NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__SHAPE = eINSTANCE.getNodeStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__COLOR = eINSTANCE.getNodeStyle_Color();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_COLOR = eINSTANCE.getNodeStyle_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__LABEL_COLOR = eINSTANCE.getNodeStyle_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__WIDTH = eINSTANCE.getNodeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEIGHT = eINSTANCE.getNodeStyle_Height();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__ICON = eINSTANCE.getNodeStyle_Icon();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BOLD = eINSTANCE.getNodeStyle_Bold();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.ConditionalNodeStyleImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getConditionalNodeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_NODE_STYLE = eINSTANCE.getConditionalNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_NODE_STYLE__PREDICATE = eINSTANCE.getConditionalNodeStyle_Predicate();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_NODE_STYLE__STYLE = eINSTANCE.getConditionalNodeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.EdgeStyleImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EClass EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_STYLE = eINSTANCE.getEdgeStyle_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__COLOR = eINSTANCE.getEdgeStyle_Color();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__WIDTH = eINSTANCE.getEdgeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Target Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__TARGET_ARROW = eINSTANCE.getEdgeStyle_TargetArrow();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.ConditionalEdgeStyleImpl <em>Conditional Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.ConditionalEdgeStyleImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getConditionalEdgeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_EDGE_STYLE = eINSTANCE.getConditionalEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_EDGE_STYLE__PREDICATE = eINSTANCE.getConditionalEdgeStyle_Predicate();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_EDGE_STYLE__STYLE = eINSTANCE.getConditionalEdgeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.ToolImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__NAME = eINSTANCE.getTool_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__LABEL = eINSTANCE.getTool_Label();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__PRECONDITION = eINSTANCE.getTool_Precondition();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOOL__OPERATIONS = eINSTANCE.getTool_Operations();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.CreateNodeToolImpl <em>Create Node Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.CreateNodeToolImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getCreateNodeTool()
		 * @generated
		 */
		EClass CREATE_NODE_TOOL = eINSTANCE.getCreateNodeTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_NODE_TOOL__MAPPING = eINSTANCE.getCreateNodeTool_Mapping();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.CreateEdgeToolImpl <em>Create Edge Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.CreateEdgeToolImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getCreateEdgeTool()
		 * @generated
		 */
		EClass CREATE_EDGE_TOOL = eINSTANCE.getCreateEdgeTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_EDGE_TOOL__MAPPING = eINSTANCE.getCreateEdgeTool_Mapping();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.DeleteToolImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__MAPPINGS = eINSTANCE.getDeleteTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.DirectEditToolImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDirectEditTool()
		 * @generated
		 */
		EClass DIRECT_EDIT_TOOL = eINSTANCE.getDirectEditTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_EDIT_TOOL__MAPPINGS = eINSTANCE.getDirectEditTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.DropToolImpl <em>Drop Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.DropToolImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDropTool()
		 * @generated
		 */
		EClass DROP_TOOL = eINSTANCE.getDropTool();

		/**
		 * The meta object literal for the '<em><b>Dragged</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DROP_TOOL__DRAGGED = eINSTANCE.getDropTool_Dragged();

		/**
		 * The meta object literal for the '<em><b>Into</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DROP_TOOL__INTO = eINSTANCE.getDropTool_Into();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.ModelOperationImpl <em>Model Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.ModelOperationImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getModelOperation()
		 * @generated
		 */
		EClass MODEL_OPERATION = eINSTANCE.getModelOperation();

		/**
		 * The meta object literal for the '<em><b>Sub Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_OPERATION__SUB_OPERATIONS = eINSTANCE.getModelOperation_SubOperations();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.ChangeContextImpl <em>Change Context</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.ChangeContextImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getChangeContext()
		 * @generated
		 */
		EClass CHANGE_CONTEXT = eINSTANCE.getChangeContext();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_CONTEXT__EXPRESSION = eINSTANCE.getChangeContext_Expression();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.CreateInstanceImpl <em>Create Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.CreateInstanceImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getCreateInstance()
		 * @generated
		 */
		EClass CREATE_INSTANCE = eINSTANCE.getCreateInstance();

		/**
		 * The meta object literal for the '<em><b>Reference Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__REFERENCE_NAME = eINSTANCE.getCreateInstance_ReferenceName();

		/**
		 * The meta object literal for the '<em><b>Type Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__TYPE_NAME = eINSTANCE.getCreateInstance_TypeName();

		/**
		 * The meta object literal for the '<em><b>Variable Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_INSTANCE__VARIABLE_NAME = eINSTANCE.getCreateInstance_VariableName();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.SetValueImpl <em>Set Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.SetValueImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getSetValue()
		 * @generated
		 */
		EClass SET_VALUE = eINSTANCE.getSetValue();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__FEATURE_NAME = eINSTANCE.getSetValue_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_VALUE__VALUE_EXPRESSION = eINSTANCE.getSetValue_ValueExpression();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.UnsetImpl <em>Unset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.UnsetImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getUnset()
		 * @generated
		 */
		EClass UNSET = eINSTANCE.getUnset();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSET__FEATURE_NAME = eINSTANCE.getUnset_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Value Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNSET__VALUE_EXPRESSION = eINSTANCE.getUnset_ValueExpression();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.impl.DeleteImpl <em>Delete</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.impl.DeleteImpl
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getDelete()
		 * @generated
		 */
		EClass DELETE = eINSTANCE.getDelete();

		/**
		 * The meta object literal for the '<em><b>Element Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE__ELEMENT_EXPRESSION = eINSTANCE.getDelete_ElementExpression();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.NodeShape <em>Node Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.NodeShape
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getNodeShape()
		 * @generated
		 */
		EEnum NODE_SHAPE = eINSTANCE.getNodeShape();

		/**
		 * The meta object literal for the '{@link org.outsidein.diagram.description.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.outsidein.diagram.description.LineStyle
		 * @see org.outsidein.diagram.description.impl.DescriptionPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

	}

} //DescriptionPackage
