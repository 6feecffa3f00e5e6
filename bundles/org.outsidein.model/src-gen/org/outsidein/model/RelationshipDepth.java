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
 * A representation of the literals of the enumeration '<em><b>Relationship Depth</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How deep a relationship with a customer is, from light to close.
 * <!-- end-model-doc -->
 * @see org.outsidein.model.OutsideInPackage#getRelationshipDepth()
 * @model
 * @generated
 */
public enum RelationshipDepth implements Enumerator {
	/**
	 * The '<em><b>ACQUAINTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known by name; occasional contact.
	 * <!-- end-model-doc -->
	 * @see #ACQUAINTED_VALUE
	 * @generated
	 * @ordered
	 */
	ACQUAINTED(0, "ACQUAINTED", "Acquainted"),

	/**
	 * The '<em><b>ENGAGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regular contact and exchange.
	 * <!-- end-model-doc -->
	 * @see #ENGAGED_VALUE
	 * @generated
	 * @ordered
	 */
	ENGAGED(1, "ENGAGED", "Engaged"),

	/**
	 * The '<em><b>COLLABORATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working together on concrete things.
	 * <!-- end-model-doc -->
	 * @see #COLLABORATING_VALUE
	 * @generated
	 * @ordered
	 */
	COLLABORATING(2, "COLLABORATING", "Collaborating"),

	/**
	 * The '<em><b>PARTNERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A close, long-term partnership.
	 * <!-- end-model-doc -->
	 * @see #PARTNERING_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNERING(3, "PARTNERING", "Partnering");

	/**
	 * The '<em><b>ACQUAINTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known by name; occasional contact.
	 * <!-- end-model-doc -->
	 * @see #ACQUAINTED
	 * @model literal="Acquainted"
	 * @generated
	 * @ordered
	 */
	public static final int ACQUAINTED_VALUE = 0;

	/**
	 * The '<em><b>ENGAGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regular contact and exchange.
	 * <!-- end-model-doc -->
	 * @see #ENGAGED
	 * @model literal="Engaged"
	 * @generated
	 * @ordered
	 */
	public static final int ENGAGED_VALUE = 1;

	/**
	 * The '<em><b>COLLABORATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working together on concrete things.
	 * <!-- end-model-doc -->
	 * @see #COLLABORATING
	 * @model literal="Collaborating"
	 * @generated
	 * @ordered
	 */
	public static final int COLLABORATING_VALUE = 2;

	/**
	 * The '<em><b>PARTNERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A close, long-term partnership.
	 * <!-- end-model-doc -->
	 * @see #PARTNERING
	 * @model literal="Partnering"
	 * @generated
	 * @ordered
	 */
	public static final int PARTNERING_VALUE = 3;

	/**
	 * An array of all the '<em><b>Relationship Depth</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationshipDepth[] VALUES_ARRAY =
		new RelationshipDepth[] {
			ACQUAINTED,
			ENGAGED,
			COLLABORATING,
			PARTNERING,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship Depth</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationshipDepth> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship Depth</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipDepth get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipDepth result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Depth</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipDepth getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipDepth result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Depth</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipDepth get(int value) {
		switch (value) {
			case ACQUAINTED_VALUE: return ACQUAINTED;
			case ENGAGED_VALUE: return ENGAGED;
			case COLLABORATING_VALUE: return COLLABORATING;
			case PARTNERING_VALUE: return PARTNERING;
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
	private RelationshipDepth(int value, String name, String literal) {
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
	
} //RelationshipDepth
