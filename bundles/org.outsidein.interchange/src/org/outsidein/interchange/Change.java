package org.outsidein.interchange;

import java.util.List;

/** What an import does to one element: adds it, or updates some of its values (each detail says which and how). */
public record Change(boolean added, String element, List<String> details) {

	@Override
	public String toString() {
		return added ? "add " + element : "update " + element + ": " + String.join("; ", details);
	}
}
