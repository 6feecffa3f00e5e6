/**
 * Outside-In: a modelling workbench for customer-led innovation.
 * Generated from outsidein.genmodel; do not edit, regenerate.
 */
package org.outsidein.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Toolkit Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of innovation toolkits.
 * <!-- end-model-doc -->
 * @see org.outsidein.model.OutsideInPackage#getToolkitKind()
 * @model
 * @generated
 */
public enum ToolkitKind implements Enumerator {
	/**
	 * The '<em><b>ELECTRONIC DESIGN TOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Software customers use to design or configure their own solution.
	 * <!-- end-model-doc -->
	 * @see #ELECTRONIC_DESIGN_TOOL_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTRONIC_DESIGN_TOOL(0, "ELECTRONIC_DESIGN_TOOL", "Electronic design tool"),

	/**
	 * The '<em><b>CO DESIGN METHODOLOGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A method for designing together with customers.
	 * <!-- end-model-doc -->
	 * @see #CO_DESIGN_METHODOLOGY_VALUE
	 * @generated
	 * @ordered
	 */
	CO_DESIGN_METHODOLOGY(1, "CO_DESIGN_METHODOLOGY", "Co-design methodology"),

	/**
	 * The '<em><b>PHYSICAL COMPONENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parts customers combine into their own solution.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_COMPONENTS_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_COMPONENTS(2, "PHYSICAL_COMPONENTS", "Physical components"),

	/**
	 * The '<em><b>COMBINATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A mix of the kinds above.
	 * <!-- end-model-doc -->
	 * @see #COMBINATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMBINATION(3, "COMBINATION", "Combination");

	/**
	 * The '<em><b>ELECTRONIC DESIGN TOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Software customers use to design or configure their own solution.
	 * <!-- end-model-doc -->
	 * @see #ELECTRONIC_DESIGN_TOOL
	 * @model literal="Electronic design tool"
	 * @generated
	 * @ordered
	 */
	public static final int ELECTRONIC_DESIGN_TOOL_VALUE = 0;

	/**
	 * The '<em><b>CO DESIGN METHODOLOGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A method for designing together with customers.
	 * <!-- end-model-doc -->
	 * @see #CO_DESIGN_METHODOLOGY
	 * @model literal="Co-design methodology"
	 * @generated
	 * @ordered
	 */
	public static final int CO_DESIGN_METHODOLOGY_VALUE = 1;

	/**
	 * The '<em><b>PHYSICAL COMPONENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parts customers combine into their own solution.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_COMPONENTS
	 * @model literal="Physical components"
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_COMPONENTS_VALUE = 2;

	/**
	 * The '<em><b>COMBINATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A mix of the kinds above.
	 * <!-- end-model-doc -->
	 * @see #COMBINATION
	 * @model literal="Combination"
	 * @generated
	 * @ordered
	 */
	public static final int COMBINATION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Toolkit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ToolkitKind[] VALUES_ARRAY =
		new ToolkitKind[] {
			ELECTRONIC_DESIGN_TOOL,
			CO_DESIGN_METHODOLOGY,
			PHYSICAL_COMPONENTS,
			COMBINATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Toolkit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ToolkitKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Toolkit Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolkitKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ToolkitKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Toolkit Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolkitKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ToolkitKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Toolkit Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolkitKind get(int value) {
		switch (value) {
			case ELECTRONIC_DESIGN_TOOL_VALUE: return ELECTRONIC_DESIGN_TOOL;
			case CO_DESIGN_METHODOLOGY_VALUE: return CO_DESIGN_METHODOLOGY;
			case PHYSICAL_COMPONENTS_VALUE: return PHYSICAL_COMPONENTS;
			case COMBINATION_VALUE: return COMBINATION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ToolkitKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ToolkitKind
