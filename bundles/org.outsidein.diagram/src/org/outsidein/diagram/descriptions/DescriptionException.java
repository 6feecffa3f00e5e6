package org.outsidein.diagram.descriptions;

import java.util.List;

/** A description that cannot be used: one line per problem, each naming the file, the mapping and the expression. */
public class DescriptionException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public DescriptionException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	public DescriptionException(String problem, Throwable cause) {
		super(problem, cause);
		this.problems = List.of(problem);
	}

	public List<String> problems() {
		return problems;
	}
}
