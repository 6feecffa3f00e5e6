package org.outsidein.diagram.descriptions;

/** An expression of a description that failed on a model; the message names the file, mapping and expression. */
public class DescriptionEvaluationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DescriptionEvaluationException(String message, Throwable cause) {
		super(message, cause);
	}
}
