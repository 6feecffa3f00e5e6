package org.outsidein.model.util;

import java.time.LocalDate;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * The model's dates are XML Schema dates ({@link XMLGregorianCalendar}), so that any EMF tool reads model
 * files with the .ecore file alone; the code that reasons about days uses {@link LocalDate}. This is the one
 * place that turns one into the other.
 */
public final class Days {

	private static final DatatypeFactory FACTORY = factory();

	private Days() {
	}

	/** The day a model date stands for, or null for no date. */
	public static LocalDate of(XMLGregorianCalendar date) {
		return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
	}

	/** The model date of a day (no time zone, as model files write it), or null for no day. */
	public static XMLGregorianCalendar date(LocalDate day) {
		return day == null ? null
				: FACTORY.newXMLGregorianCalendarDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
						DatatypeConstants.FIELD_UNDEFINED);
	}

	/** "2026-03-31", or "" for no date. */
	public static String text(XMLGregorianCalendar date) {
		return date == null ? "" : of(date).toString();
	}

	private static DatatypeFactory factory() {
		try {
			return DatatypeFactory.newInstance();
		} catch (DatatypeConfigurationException e) {
			throw new IllegalStateException("no XML date factory in this Java runtime", e);
		}
	}
}
