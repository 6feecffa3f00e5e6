package org.outsidein.interchange.records;

/** Why a row cannot be imported, in the analyst's words; the row number is added by whoever reports it. */
public class BadValue extends Exception {

	private static final long serialVersionUID = 1L;

	public BadValue(String reason) {
		super(reason, null, false, false);
	}
}
