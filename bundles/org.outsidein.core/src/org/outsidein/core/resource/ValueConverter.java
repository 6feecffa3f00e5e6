package org.outsidein.core.resource;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Reads the text of one data type's values exactly as EMF's loader does: the data type's own factory, then the
 * limits of {@link BoundedValuesHelper}. Any failure refuses the fast load, so EMF reports it in its own words.
 */
final class ValueConverter {

	private final EDataType type;
	private final EFactory factory;
	private final boolean plainString;
	/** Where this converter's values are cached during one load ({@link ValueCache}). */
	final int slot;

	ValueConverter(EDataType type, int slot) {
		this.type = type;
		this.factory = type.getEPackage().getEFactoryInstance();
		// EString's factory hands back the text itself; no need to ask it hundreds of thousands of times.
		this.plainString = type == EcorePackage.Literals.ESTRING;
		this.slot = slot;
	}

	boolean isPlainString() {
		return plainString;
	}

	Object convert(String text) {
		try {
			return BoundedValuesHelper.refuseAbsurd(text, factory.createFromString(type, text));
		} catch (RuntimeException e) {
			throw new FastLoadRefusal("'" + text + "' is not a " + type.getName());
		}
	}
}
