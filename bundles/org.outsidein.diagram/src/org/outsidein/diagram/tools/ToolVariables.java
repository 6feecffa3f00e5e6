package org.outsidein.diagram.tools;

/** The names of the variables tools are given; docs/diagram-descriptions.md explains each. */
public final class ToolVariables {

	public static final String SELF = "self";
	public static final String DIAGRAM = "diagram";
	public static final String CONTAINER = "container";
	public static final String SOURCE = "source";
	public static final String TARGET = "target";
	public static final String NEW_LABEL = "newLabel";
	public static final String ELEMENT = "element";
	public static final String OLD_CONTAINER = "oldContainer";
	public static final String NEW_CONTAINER = "newContainer";
	/** The default name of the variable a CreateInstance binds. */
	public static final String INSTANCE = "instance";

	private ToolVariables() {
	}
}
