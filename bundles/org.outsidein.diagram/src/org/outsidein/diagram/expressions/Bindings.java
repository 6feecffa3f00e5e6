package org.outsidein.diagram.expressions;

import java.util.List;

/** Values of the variables of one {@link TypeEnvironment}, in its order; reused from one element to the next. */
public final class Bindings {

	private final List<String> names;
	final Object[] values;

	Bindings(List<String> names) {
		this.names = names;
		this.values = new Object[names.size()];
	}

	public Bindings set(String name, Object value) {
		int index = names.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("no variable '" + name + "' here; there are " + names);
		}
		values[index] = value;
		return this;
	}

	public Object get(String name) {
		int index = names.indexOf(name);
		return index < 0 ? null : values[index];
	}

	/** A copy, to bind further variables without changing these. */
	public Bindings copy() {
		Bindings copy = new Bindings(names);
		System.arraycopy(values, 0, copy.values, 0, values.length);
		return copy;
	}
}
