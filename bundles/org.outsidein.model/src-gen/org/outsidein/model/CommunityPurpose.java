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
 * A representation of the literals of the enumeration '<em><b>Community Purpose</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a community is used for.
 * <!-- end-model-doc -->
 * @see org.outsidein.model.OutsideInPackage#getCommunityPurpose()
 * @model
 * @generated
 */
public enum CommunityPurpose implements Enumerator {
	/**
	 * The '<em><b>STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shaping strategy.
	 * <!-- end-model-doc -->
	 * @see #STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGY(0, "STRATEGY", "Strategy"),

	/**
	 * The '<em><b>BRAINSTORMING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generating ideas.
	 * <!-- end-model-doc -->
	 * @see #BRAINSTORMING_VALUE
	 * @generated
	 * @ordered
	 */
	BRAINSTORMING(1, "BRAINSTORMING", "Brainstorming"),

	/**
	 * The '<em><b>CO DESIGN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Designing new offers together.
	 * <!-- end-model-doc -->
	 * @see #CO_DESIGN_VALUE
	 * @generated
	 * @ordered
	 */
	CO_DESIGN(2, "CO_DESIGN", "Co-design"),

	/**
	 * The '<em><b>DEBUGGING AND TESTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debugging and testing new offers.
	 * <!-- end-model-doc -->
	 * @see #DEBUGGING_AND_TESTING_VALUE
	 * @generated
	 * @ordered
	 */
	DEBUGGING_AND_TESTING(3, "DEBUGGING_AND_TESTING", "Debugging and testing"),

	/**
	 * The '<em><b>PEER SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers helping each other.
	 * <!-- end-model-doc -->
	 * @see #PEER_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_SUPPORT(4, "PEER_SUPPORT", "Peer support"),

	/**
	 * The '<em><b>CONTINUOUS FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ongoing feedback on offers.
	 * <!-- end-model-doc -->
	 * @see #CONTINUOUS_FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	CONTINUOUS_FEEDBACK(5, "CONTINUOUS_FEEDBACK", "Continuous feedback");

	/**
	 * The '<em><b>STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shaping strategy.
	 * <!-- end-model-doc -->
	 * @see #STRATEGY
	 * @model literal="Strategy"
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGY_VALUE = 0;

	/**
	 * The '<em><b>BRAINSTORMING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generating ideas.
	 * <!-- end-model-doc -->
	 * @see #BRAINSTORMING
	 * @model literal="Brainstorming"
	 * @generated
	 * @ordered
	 */
	public static final int BRAINSTORMING_VALUE = 1;

	/**
	 * The '<em><b>CO DESIGN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Designing new offers together.
	 * <!-- end-model-doc -->
	 * @see #CO_DESIGN
	 * @model literal="Co-design"
	 * @generated
	 * @ordered
	 */
	public static final int CO_DESIGN_VALUE = 2;

	/**
	 * The '<em><b>DEBUGGING AND TESTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Debugging and testing new offers.
	 * <!-- end-model-doc -->
	 * @see #DEBUGGING_AND_TESTING
	 * @model literal="Debugging and testing"
	 * @generated
	 * @ordered
	 */
	public static final int DEBUGGING_AND_TESTING_VALUE = 3;

	/**
	 * The '<em><b>PEER SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers helping each other.
	 * <!-- end-model-doc -->
	 * @see #PEER_SUPPORT
	 * @model literal="Peer support"
	 * @generated
	 * @ordered
	 */
	public static final int PEER_SUPPORT_VALUE = 4;

	/**
	 * The '<em><b>CONTINUOUS FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ongoing feedback on offers.
	 * <!-- end-model-doc -->
	 * @see #CONTINUOUS_FEEDBACK
	 * @model literal="Continuous feedback"
	 * @generated
	 * @ordered
	 */
	public static final int CONTINUOUS_FEEDBACK_VALUE = 5;

	/**
	 * An array of all the '<em><b>Community Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommunityPurpose[] VALUES_ARRAY =
		new CommunityPurpose[] {
			STRATEGY,
			BRAINSTORMING,
			CO_DESIGN,
			DEBUGGING_AND_TESTING,
			PEER_SUPPORT,
			CONTINUOUS_FEEDBACK,
		};

	/**
	 * A public read-only list of all the '<em><b>Community Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommunityPurpose> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Community Purpose</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunityPurpose get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommunityPurpose result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Community Purpose</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunityPurpose getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommunityPurpose result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Community Purpose</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunityPurpose get(int value) {
		switch (value) {
			case STRATEGY_VALUE: return STRATEGY;
			case BRAINSTORMING_VALUE: return BRAINSTORMING;
			case CO_DESIGN_VALUE: return CO_DESIGN;
			case DEBUGGING_AND_TESTING_VALUE: return DEBUGGING_AND_TESTING;
			case PEER_SUPPORT_VALUE: return PEER_SUPPORT;
			case CONTINUOUS_FEEDBACK_VALUE: return CONTINUOUS_FEEDBACK;
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
	private CommunityPurpose(int value, String name, String literal) {
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
	
} //CommunityPurpose
