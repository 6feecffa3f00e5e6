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
 */
public record Issue(Severity severity, String ruleId, String message, String explanation, String targetUri,
		String elementPath, String fixId) {
}
