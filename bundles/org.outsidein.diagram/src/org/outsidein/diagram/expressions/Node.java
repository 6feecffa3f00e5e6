package org.outsidein.diagram.expressions;

/**
 * A parsed and type-checked piece of an expression. Nodes are built once, when a description is read, and
 * evaluated many times; variables live in slots of a frame (an array) whose places were fixed while parsing.
 */
abstract class Node {

	final ExpressionType type;

	Node(ExpressionType type) {
		this.type = type;
	}

	abstract Object evaluate(Object[] frame);
}
