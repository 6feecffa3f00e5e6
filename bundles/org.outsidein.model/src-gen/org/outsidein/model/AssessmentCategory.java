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
 * A representation of the literals of the enumeration '<em><b>Assessment Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where an organisation stands on an activity.
 * <!-- end-model-doc -->
 * @see org.outsidein.model.OutsideInPackage#getAssessmentCategory()
 * @model
 * @generated
 */
public enum AssessmentCategory implements Enumerator {
	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed yet.
	 * <!-- end-model-doc -->
	 * @see #NOT_ASSESSED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_ASSESSED(0, "NOT_ASSESSED", "Not assessed"),

	/**
	 * The '<em><b>WE CAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Already done well.
	 * <!-- end-model-doc -->
	 * @see #WE_CAN_VALUE
	 * @generated
	 * @ordered
	 */
	WE_CAN(1, "WE_CAN", "We Can"),

	/**
	 * The '<em><b>WE WILL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strategic, with an implementation plan, a budget and a delivery date.
	 * <!-- end-model-doc -->
	 * @see #WE_WILL_VALUE
	 * @generated
	 * @ordered
	 */
	WE_WILL(2, "WE_WILL", "We Will"),

	/**
	 * The '<em><b>WE SHOULD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not committed yet, but worth investigating and prioritising.
	 * <!-- end-model-doc -->
	 * @see #WE_SHOULD_VALUE
	 * @generated
	 * @ordered
	 */
	WE_SHOULD(3, "WE_SHOULD", "We Should");

	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed yet.
	 * <!-- end-model-doc -->
	 * @see #NOT_ASSESSED
	 * @model literal="Not assessed"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_ASSESSED_VALUE = 0;

	/**
	 * The '<em><b>WE CAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Already done well.
	 * <!-- end-model-doc -->
	 * @see #WE_CAN
	 * @model literal="We Can"
	 * @generated
	 * @ordered
	 */
	public static final int WE_CAN_VALUE = 1;

	/**
	 * The '<em><b>WE WILL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strategic, with an implementation plan, a budget and a delivery date.
	 * <!-- end-model-doc -->
	 * @see #WE_WILL
	 * @model literal="We Will"
	 * @generated
	 * @ordered
	 */
	public static final int WE_WILL_VALUE = 2;

	/**
	 * The '<em><b>WE SHOULD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not committed yet, but worth investigating and prioritising.
	 * <!-- end-model-doc -->
	 * @see #WE_SHOULD
	 * @model literal="We Should"
	 * @generated
	 * @ordered
	 */
	public static final int WE_SHOULD_VALUE = 3;

	/**
	 * An array of all the '<em><b>Assessment Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssessmentCategory[] VALUES_ARRAY =
		new AssessmentCategory[] {
			NOT_ASSESSED,
			WE_CAN,
			WE_WILL,
			WE_SHOULD,
		};

	/**
	 * A public read-only list of all the '<em><b>Assessment Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssessmentCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Assessment Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssessmentCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssessmentCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assessment Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssessmentCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssessmentCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assessment Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssessmentCategory get(int value) {
		switch (value) {
			case NOT_ASSESSED_VALUE: return NOT_ASSESSED;
			case WE_CAN_VALUE: return WE_CAN;
			case WE_WILL_VALUE: return WE_WILL;
			case WE_SHOULD_VALUE: return WE_SHOULD;
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
	private AssessmentCategory(int value, String name, String literal) {
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
	
} //AssessmentCategory
