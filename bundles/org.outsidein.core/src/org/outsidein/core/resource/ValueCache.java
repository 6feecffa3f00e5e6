package org.outsidein.core.resource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The values of one load, by data type and text: a large model repeats the same dates, enumeration literals and
 * numbers hundreds of thousands of times, and parsing a date is slow. Equal text gives the same value object, as
 * EMF's own copier shares data values between copies; only value types that nobody changes in place are shared.
 * Each data type keeps at most {@link #MOST_PER_TYPE} values, so a file of distinct values costs no more memory.
 */
final class ValueCache {

	private static final int MOST_PER_TYPE = 10_000;

	/** Values of these exact classes cannot be changed in place (a subclass of BigDecimal could be). */
	private static final Set<Class<?>> IMMUTABLE = Set.of(String.class, Boolean.class, Character.class, Integer.class,
			Long.class, Short.class, Byte.class, Double.class, Float.class, BigDecimal.class, BigInteger.class);

	private final Map<String, Object>[] byConverter;

	@SuppressWarnings("unchecked")
	ValueCache(int converters) {
		byConverter = new Map[converters];
	}

	Object read(ValueConverter converter, String text) {
		if (converter.isPlainString()) {
			return text;
		}
		Map<String, Object> values = byConverter[converter.slot];
		if (values == null) {
			values = byConverter[converter.slot] = new HashMap<>();
		}
		Object value = values.get(text);
		if (value == null) {
			value = converter.convert(text);
			if (value != null && values.size() < MOST_PER_TYPE && shareable(value)) {
				values.put(text, value);
			}
		}
		return value;
	}

	/**
	 * Whether one value object may stand for every occurrence of its text. Dates are changeable in principle, but
	 * EMF treats data values as shared (EcoreUtil.copy shares them) and nothing in Outside-In changes a date in place.
	 */
	private static boolean shareable(Object value) {
		return IMMUTABLE.contains(value.getClass()) || value instanceof Enumerator
				|| value instanceof XMLGregorianCalendar;
	}
}
