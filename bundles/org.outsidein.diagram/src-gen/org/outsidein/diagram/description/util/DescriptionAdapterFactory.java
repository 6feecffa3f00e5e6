/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from diagram.genmodel; do not edit, regenerate.
 */
package org.outsidein.diagram.description.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.outsidein.diagram.description.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.outsidein.diagram.description.DescriptionPackage
 * @generated
 */
public class DescriptionAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DescriptionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptionAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = DescriptionPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DescriptionSwitch<Adapter> modelSwitch =
		new DescriptionSwitch<Adapter>() {
			@Override
			public Adapter caseDiagramDescription(DiagramDescription object) {
				return createDiagramDescriptionAdapter();
			}
			@Override
			public Adapter caseLayer(Layer object) {
				return createLayerAdapter();
			}
			@Override
			public Adapter caseDiagramElementMapping(DiagramElementMapping object) {
				return createDiagramElementMappingAdapter();
			}
			@Override
			public Adapter caseAbstractNodeMapping(AbstractNodeMapping object) {
				return createAbstractNodeMappingAdapter();
			}
			@Override
			public Adapter caseNodeMapping(NodeMapping object) {
				return createNodeMappingAdapter();
			}
			@Override
			public Adapter caseContainerMapping(ContainerMapping object) {
				return createContainerMappingAdapter();
			}
			@Override
			public Adapter caseEdgeMapping(EdgeMapping object) {
				return createEdgeMappingAdapter();
			}
			@Override
			public Adapter caseNodeStyle(NodeStyle object) {
				return createNodeStyleAdapter();
			}
			@Override
			public Adapter caseConditionalNodeStyle(ConditionalNodeStyle object) {
				return createConditionalNodeStyleAdapter();
			}
			@Override
			public Adapter caseEdgeStyle(EdgeStyle object) {
				return createEdgeStyleAdapter();
			}
			@Override
			public Adapter caseConditionalEdgeStyle(ConditionalEdgeStyle object) {
				return createConditionalEdgeStyleAdapter();
			}
			@Override
			public Adapter caseTool(Tool object) {
				return createToolAdapter();
			}
			@Override
			public Adapter caseCreateNodeTool(CreateNodeTool object) {
				return createCreateNodeToolAdapter();
			}
			@Override
			public Adapter caseCreateEdgeTool(CreateEdgeTool object) {
				return createCreateEdgeToolAdapter();
			}
			@Override
			public Adapter caseDeleteTool(DeleteTool object) {
				return createDeleteToolAdapter();
			}
			@Override
			public Adapter caseDirectEditTool(DirectEditTool object) {
				return createDirectEditToolAdapter();
			}
			@Override
			public Adapter caseDropTool(DropTool object) {
				return createDropToolAdapter();
			}
			@Override
			public Adapter caseModelOperation(ModelOperation object) {
				return createModelOperationAdapter();
			}
			@Override
			public Adapter caseChangeContext(ChangeContext object) {
				return createChangeContextAdapter();
			}
			@Override
			public Adapter caseCreateInstance(CreateInstance object) {
				return createCreateInstanceAdapter();
			}
			@Override
			public Adapter caseSetValue(SetValue object) {
				return createSetValueAdapter();
			}
			@Override
			public Adapter caseUnset(Unset object) {
				return createUnsetAdapter();
			}
			@Override
			public Adapter caseDelete(Delete object) {
				return createDeleteAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.DiagramDescription
	 * @generated
	 */
	public Adapter createDiagramDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.Layer
	 * @generated
	 */
	public Adapter createLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.DiagramElementMapping
	 * @generated
	 */
	public Adapter createDiagramElementMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.AbstractNodeMapping
	 * @generated
	 */
	public Adapter createAbstractNodeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.NodeMapping
	 * @generated
	 */
	public Adapter createNodeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.ContainerMapping
	 * @generated
	 */
	public Adapter createContainerMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.EdgeMapping
	 * @generated
	 */
	public Adapter createEdgeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.NodeStyle
	 * @generated
	 */
	public Adapter createNodeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.ConditionalNodeStyle <em>Conditional Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.ConditionalNodeStyle
	 * @generated
	 */
	public Adapter createConditionalNodeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.EdgeStyle
	 * @generated
	 */
	public Adapter createEdgeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.ConditionalEdgeStyle <em>Conditional Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.ConditionalEdgeStyle
	 * @generated
	 */
	public Adapter createConditionalEdgeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.Tool
	 * @generated
	 */
	public Adapter createToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.CreateNodeTool <em>Create Node Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.CreateNodeTool
	 * @generated
	 */
	public Adapter createCreateNodeToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.CreateEdgeTool <em>Create Edge Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.CreateEdgeTool
	 * @generated
	 */
	public Adapter createCreateEdgeToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.DeleteTool
	 * @generated
	 */
	public Adapter createDeleteToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.DirectEditTool
	 * @generated
	 */
	public Adapter createDirectEditToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.DropTool <em>Drop Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.DropTool
	 * @generated
	 */
	public Adapter createDropToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.ModelOperation <em>Model Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.ModelOperation
	 * @generated
	 */
	public Adapter createModelOperationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.ChangeContext <em>Change Context</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.ChangeContext
	 * @generated
	 */
	public Adapter createChangeContextAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.CreateInstance <em>Create Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.CreateInstance
	 * @generated
	 */
	public Adapter createCreateInstanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.SetValue <em>Set Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.SetValue
	 * @generated
	 */
	public Adapter createSetValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.Unset <em>Unset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.Unset
	 * @generated
	 */
	public Adapter createUnsetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.outsidein.diagram.description.Delete <em>Delete</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.outsidein.diagram.description.Delete
	 * @generated
	 */
	public Adapter createDeleteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //DescriptionAdapterFactory
