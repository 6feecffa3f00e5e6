package org.outsidein.validation;

/**
 * One finding of a rule, as plain values any UI, command line or CI tool can read.
 *
 * @param severity    how serious it is, after the profile's overrides
 * @param ruleId      the rule that found it
 * @param message     what is wrong, naming the element as an analyst sees it
 * @param explanation why the rule matters
 * @param targetUri   the element's URI fragment in its file (its id), or null for the whole model
 * @param elementPath the element's path from the top of the model, for people
 * @param fixId       the id of a quick fix that can mend it, or null
 * @param line        where in the file the finding is, from 1; 0 when it is about an element (whose line the
 *                    formats look up) or about no place in particular
 * @param column      the column on that line, from 1, or 0
 */
public record Issue(Severity severity, String ruleId, String message, String explanation, String targetUri,
		String elementPath, String fixId, int line, int column) {

	/** A finding about an element or the whole model, located by the element. */
	public Issue(Severity severity, String ruleId, String message, String explanation, String targetUri,
			String elementPath, String fixId) {
		this(severity, ruleId, message, explanation, targetUri, elementPath, fixId, 0, 0);
	}
}
