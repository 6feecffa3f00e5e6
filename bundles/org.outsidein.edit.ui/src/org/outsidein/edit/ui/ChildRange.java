package org.outsidein.edit.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A run of an element's children, when it has too many to show as one list: a tree shows "1 – 1,000",
 * "1,001 – 2,000"… under the element, and the children inside. Trees stay fast however large the model
 * (a tree item per child of 100,000 customers would not), and every child is still reachable.
 *
 * @param parent   the element whose children these are
 * @param from     the index of the first child in the run
 * @param to       the index after the last one
 * @param children all the parent's children, as they were read
 */
public record ChildRange(Object parent, int from, int to, Object[] children) {

	/** The children of the run. */
	public Object[] elements() {
		return Arrays.copyOfRange(children, from, to);
	}

	public String label() {
		return String.format(Locale.ROOT, "%,d \u2013 %,d of %,d", from + 1, to, children.length);
	}

	// Equal when they cover the same children of the same parent, so a viewer finds a run again after a refresh.
	@Override
	public boolean equals(Object other) {
		return other instanceof ChildRange range && range.parent == parent && range.from == from && range.to == to;
	}

	@Override
	public int hashCode() {
		return Objects.hash(System.identityHashCode(parent), from, to);
	}

	@Override
	public String toString() {
		return label();
	}
}
