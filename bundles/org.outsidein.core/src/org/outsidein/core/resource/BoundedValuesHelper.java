package org.outsidein.core.resource;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Reads attribute values as EMF does, and refuses numbers no model means: an amount with a thousand-digit exponent
 * ({@code 1e-999999999} is a valid BigDecimal that takes gigabytes to print), or a number that is not finite. The
 * refusal becomes the loader's usual "'…' is not a valid budget; expected an amount such as 12000" error.
 */
final class BoundedValuesHelper extends XMIHelperImpl {

	/** Digits before the decimal point an amount may have: a trillion and then some. */
	private static final long MOST_WHOLE_DIGITS = 15;
	/** Digits after it: beyond a millionth is not an amount of money. */
	private static final long MOST_DECIMALS = 6;

	BoundedValuesHelper(XMLResource resource) {
		super(resource);
	}

	@Override
	public Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
		return refuseAbsurd(value, super.createFromString(eFactory, eDataType, value));
	}

	/** The value read from {@code value}, unless it is a number no model means (then IllegalArgumentException). */
	static Object refuseAbsurd(String value, Object result) {
		if (result instanceof BigDecimal amount && !sensible(amount)) {
			throw new IllegalArgumentException("'" + value + "' is out of range for an amount");
		}
		if (result instanceof Double number && !Double.isFinite(number)) {
			throw new IllegalArgumentException("'" + value + "' is not a finite number");
		}
		return result;
	}

	private static boolean sensible(BigDecimal amount) {
		// long arithmetic: with an exponent near the int limits, precision - scale overflows an int
		long wholeDigits = (long) amount.precision() - amount.scale();
		return wholeDigits <= MOST_WHOLE_DIGITS && amount.scale() <= MOST_DECIMALS;
	}
}
