package org.outsidein.interchange.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;
import org.outsidein.model.Named;

/** Sets an element's values from a row and notes each one that changes, as "segment: Climbers → Hikers". */
public final class ChangeNotes {

	private final List<String> notes = new ArrayList<>();
	private final boolean describe;

	/** @param describe false for a new element: "add customer …" says it all, and a large import adds many */
	public ChangeNotes(boolean describe) {
		this.describe = describe;
	}

	/** Sets the value when it differs from the one the element holds. */
	public <T> void set(String what, T before, T after, Consumer<T> setter) {
		if (!Objects.equals(before, after)) {
			setter.accept(after);
			if (describe) {
				notes.add(what + ": " + shown(before) + " \u2192 " + shown(after));
			}
		}
	}

	/** A change that is not one value replacing another, such as a role added. */
	public void note(String note) {
		if (describe) {
			notes.add(note);
		}
	}

	public List<String> notes() {
		return notes;
	}

	public boolean isEmpty() {
		return notes.isEmpty();
	}

	static String shown(Object value) {
		if (value == null || "".equals(value)) {
			return "(none)";
		}
		if (value instanceof Boolean yes) {
			return Values.yesNo(yes);
		}
		if (value instanceof Integer number) {
			return String.format(Locale.ROOT, "%,d", number);
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof Named named) {
			return named.getName();
		}
		return String.valueOf(value);
	}
}
