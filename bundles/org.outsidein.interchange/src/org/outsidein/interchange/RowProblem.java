package org.outsidein.interchange;

/** A row that was not imported, by the number a spreadsheet shows for it, and why. */
public record RowProblem(int row, String reason) {

	@Override
	public String toString() {
		return "row " + row + ": " + reason;
	}
}
