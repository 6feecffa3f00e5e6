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
 * A representation of the literals of the enumeration '<em><b>Opened Asset</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an organisation can open up for customers.
 * <!-- end-model-doc -->
 * @see org.outsidein.model.OutsideInPackage#getOpenedAsset()
 * @model
 * @generated
 */
public enum OpenedAsset implements Enumerator {
	/**
	 * The '<em><b>APIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Programming interfaces to products and services.
	 * <!-- end-model-doc -->
	 * @see #APIS_VALUE
	 * @generated
	 * @ordered
	 */
	APIS(0, "APIS", "APIs"),

	/**
	 * The '<em><b>DESIGNS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product designs and specifications.
	 * <!-- end-model-doc -->
	 * @see #DESIGNS_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGNS(1, "DESIGNS", "Designs"),

	/**
	 * The '<em><b>IP LICENCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Licences to intellectual property.
	 * <!-- end-model-doc -->
	 * @see #IP_LICENCES_VALUE
	 * @generated
	 * @ordered
	 */
	IP_LICENCES(2, "IP_LICENCES", "IP licences"),

	/**
	 * The '<em><b>SOURCE CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source code of products.
	 * <!-- end-model-doc -->
	 * @see #SOURCE_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	SOURCE_CODE(3, "SOURCE_CODE", "Source code"),

	/**
	 * The '<em><b>DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data about products and their use.
	 * <!-- end-model-doc -->
	 * @see #DATA_VALUE
	 * @generated
	 * @ordered
	 */
	DATA(4, "DATA", "Data");

	/**
	 * The '<em><b>APIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Programming interfaces to products and services.
	 * <!-- end-model-doc -->
	 * @see #APIS
	 * @model literal="APIs"
	 * @generated
	 * @ordered
	 */
	public static final int APIS_VALUE = 0;

	/**
	 * The '<em><b>DESIGNS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product designs and specifications.
	 * <!-- end-model-doc -->
	 * @see #DESIGNS
	 * @model literal="Designs"
	 * @generated
	 * @ordered
	 */
	public static final int DESIGNS_VALUE = 1;

	/**
	 * The '<em><b>IP LICENCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Licences to intellectual property.
	 * <!-- end-model-doc -->
	 * @see #IP_LICENCES
	 * @model literal="IP licences"
	 * @generated
	 * @ordered
	 */
	public static final int IP_LICENCES_VALUE = 2;

	/**
	 * The '<em><b>SOURCE CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source code of products.
	 * <!-- end-model-doc -->
	 * @see #SOURCE_CODE
	 * @model literal="Source code"
	 * @generated
	 * @ordered
	 */
	public static final int SOURCE_CODE_VALUE = 3;

	/**
	 * The '<em><b>DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data about products and their use.
	 * <!-- end-model-doc -->
	 * @see #DATA
	 * @model literal="Data"
	 * @generated
	 * @ordered
	 */
	public static final int DATA_VALUE = 4;

	/**
	 * An array of all the '<em><b>Opened Asset</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OpenedAsset[] VALUES_ARRAY =
		new OpenedAsset[] {
			APIS,
			DESIGNS,
			IP_LICENCES,
			SOURCE_CODE,
			DATA,
		};

	/**
	 * A public read-only list of all the '<em><b>Opened Asset</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OpenedAsset> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Opened Asset</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpenedAsset get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpenedAsset result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opened Asset</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpenedAsset getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpenedAsset result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opened Asset</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpenedAsset get(int value) {
		switch (value) {
			case APIS_VALUE: return APIS;
			case DESIGNS_VALUE: return DESIGNS;
			case IP_LICENCES_VALUE: return IP_LICENCES;
			case SOURCE_CODE_VALUE: return SOURCE_CODE;
			case DATA_VALUE: return DATA;
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
	private OpenedAsset(int value, String name, String literal) {
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
	
} //OpenedAsset
