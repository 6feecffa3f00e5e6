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
 * A representation of the literals of the enumeration '<em><b>Invention Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far an invention has come, from observed to commercialised.
 * <!-- end-model-doc -->
 * @see org.outsidein.model.OutsideInPackage#getInventionStatus()
 * @model
 * @generated
 */
public enum InventionStatus implements Enumerator {
	/**
	 * The '<em><b>OBSERVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seen in use, not yet documented.
	 * <!-- end-model-doc -->
	 * @see #OBSERVED_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVED(0, "OBSERVED", "Observed"),

	/**
	 * The '<em><b>DOCUMENTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written down with the lead user.
	 * <!-- end-model-doc -->
	 * @see #DOCUMENTED_VALUE
	 * @generated
	 * @ordered
	 */
	DOCUMENTED(1, "DOCUMENTED", "Documented"),

	/**
	 * The '<em><b>EVALUATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Being evaluated by the organisation.
	 * <!-- end-model-doc -->
	 * @see #EVALUATING_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATING(2, "EVALUATING", "Evaluating"),

	/**
	 * The '<em><b>PILOTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Being piloted with customers.
	 * <!-- end-model-doc -->
	 * @see #PILOTING_VALUE
	 * @generated
	 * @ordered
	 */
	PILOTING(3, "PILOTING", "Piloting"),

	/**
	 * The '<em><b>COMMERCIALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part of an offer, with the lead user acknowledged.
	 * <!-- end-model-doc -->
	 * @see #COMMERCIALISED_VALUE
	 * @generated
	 * @ordered
	 */
	COMMERCIALISED(4, "COMMERCIALISED", "Commercialised");

	/**
	 * The '<em><b>OBSERVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seen in use, not yet documented.
	 * <!-- end-model-doc -->
	 * @see #OBSERVED
	 * @model literal="Observed"
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVED_VALUE = 0;

	/**
	 * The '<em><b>DOCUMENTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written down with the lead user.
	 * <!-- end-model-doc -->
	 * @see #DOCUMENTED
	 * @model literal="Documented"
	 * @generated
	 * @ordered
	 */
	public static final int DOCUMENTED_VALUE = 1;

	/**
	 * The '<em><b>EVALUATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Being evaluated by the organisation.
	 * <!-- end-model-doc -->
	 * @see #EVALUATING
	 * @model literal="Evaluating"
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATING_VALUE = 2;

	/**
	 * The '<em><b>PILOTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Being piloted with customers.
	 * <!-- end-model-doc -->
	 * @see #PILOTING
	 * @model literal="Piloting"
	 * @generated
	 * @ordered
	 */
	public static final int PILOTING_VALUE = 3;

	/**
	 * The '<em><b>COMMERCIALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part of an offer, with the lead user acknowledged.
	 * <!-- end-model-doc -->
	 * @see #COMMERCIALISED
	 * @model literal="Commercialised"
	 * @generated
	 * @ordered
	 */
	public static final int COMMERCIALISED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Invention Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InventionStatus[] VALUES_ARRAY =
		new InventionStatus[] {
			OBSERVED,
			DOCUMENTED,
			EVALUATING,
			PILOTING,
			COMMERCIALISED,
		};

	/**
	 * A public read-only list of all the '<em><b>Invention Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InventionStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Invention Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InventionStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InventionStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Invention Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InventionStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InventionStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Invention Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InventionStatus get(int value) {
		switch (value) {
			case OBSERVED_VALUE: return OBSERVED;
			case DOCUMENTED_VALUE: return DOCUMENTED;
			case EVALUATING_VALUE: return EVALUATING;
			case PILOTING_VALUE: return PILOTING;
			case COMMERCIALISED_VALUE: return COMMERCIALISED;
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
	private InventionStatus(int value, String name, String literal) {
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
	
} //InventionStatus
