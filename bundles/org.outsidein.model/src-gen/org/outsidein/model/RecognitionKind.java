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
 * A representation of the literals of the enumeration '<em><b>Recognition Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Ways to let customers strut their stuff.
 * <!-- end-model-doc -->
 * @see org.outsidein.model.OutsideInPackage#getRecognitionKind()
 * @model
 * @generated
 */
public enum RecognitionKind implements Enumerator {
	/**
	 * The '<em><b>CONTEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A contest for the best ideas.
	 * <!-- end-model-doc -->
	 * @see #CONTEST_VALUE
	 * @generated
	 * @ordered
	 */
	CONTEST(0, "CONTEST", "Contest"),

	/**
	 * The '<em><b>SHOWCASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers' work shown to others.
	 * <!-- end-model-doc -->
	 * @see #SHOWCASE_VALUE
	 * @generated
	 * @ordered
	 */
	SHOWCASE(1, "SHOWCASE", "Showcase"),

	/**
	 * The '<em><b>CUSTOMER CREATED CONTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content made by customers, published by the organisation.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_CREATED_CONTENT_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_CREATED_CONTENT(2, "CUSTOMER_CREATED_CONTENT", "Customer-created content"),

	/**
	 * The '<em><b>PEER SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers supporting each other, recognised for it.
	 * <!-- end-model-doc -->
	 * @see #PEER_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_SUPPORT(3, "PEER_SUPPORT", "Peer support");

	/**
	 * The '<em><b>CONTEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A contest for the best ideas.
	 * <!-- end-model-doc -->
	 * @see #CONTEST
	 * @model literal="Contest"
	 * @generated
	 * @ordered
	 */
	public static final int CONTEST_VALUE = 0;

	/**
	 * The '<em><b>SHOWCASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers' work shown to others.
	 * <!-- end-model-doc -->
	 * @see #SHOWCASE
	 * @model literal="Showcase"
	 * @generated
	 * @ordered
	 */
	public static final int SHOWCASE_VALUE = 1;

	/**
	 * The '<em><b>CUSTOMER CREATED CONTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content made by customers, published by the organisation.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_CREATED_CONTENT
	 * @model literal="Customer-created content"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_CREATED_CONTENT_VALUE = 2;

	/**
	 * The '<em><b>PEER SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers supporting each other, recognised for it.
	 * <!-- end-model-doc -->
	 * @see #PEER_SUPPORT
	 * @model literal="Peer support"
	 * @generated
	 * @ordered
	 */
	public static final int PEER_SUPPORT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Recognition Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RecognitionKind[] VALUES_ARRAY =
		new RecognitionKind[] {
			CONTEST,
			SHOWCASE,
			CUSTOMER_CREATED_CONTENT,
			PEER_SUPPORT,
		};

	/**
	 * A public read-only list of all the '<em><b>Recognition Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RecognitionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Recognition Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecognitionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecognitionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recognition Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecognitionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecognitionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recognition Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecognitionKind get(int value) {
		switch (value) {
			case CONTEST_VALUE: return CONTEST;
			case SHOWCASE_VALUE: return SHOWCASE;
			case CUSTOMER_CREATED_CONTENT_VALUE: return CUSTOMER_CREATED_CONTENT;
			case PEER_SUPPORT_VALUE: return PEER_SUPPORT;
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
	private RecognitionKind(int value, String name, String literal) {
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
	
} //RecognitionKind
