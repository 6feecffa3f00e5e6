package org.outsidein.interchange.records;

/** A column an import reads and an export writes, by the name it has when no mapping renames it. */
public record Column(String label) {

	public String key() {
		return Keys.column(label);
	}

	@Override
	public String toString() {
		return label;
	}
}
