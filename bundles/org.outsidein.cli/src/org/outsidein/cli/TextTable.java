package org.outsidein.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Plain-text columns for terminal output: left-aligned text, right-aligned numbers. */
public final class TextTable {

	private final String indent;
	private final boolean[] rightAligned;
	private final List<String[]> rows = new ArrayList<>();

	/** @param alignment one character per column: {@code l} left, {@code r} right */
	public TextTable(String indent, String alignment) {
		this.indent = indent;
		this.rightAligned = new boolean[alignment.length()];
		for (int i = 0; i < alignment.length(); i++) {
			rightAligned[i] = alignment.charAt(i) == 'r';
		}
	}

	public TextTable row(Object... cells) {
		String[] row = new String[rightAligned.length];
		for (int i = 0; i < row.length; i++) {
			row[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
		}
		rows.add(row);
		return this;
	}

	public void print(PrintStream out) {
		int[] widths = new int[rightAligned.length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder(indent);
			for (int i = 0; i < row.length; i++) {
				String cell = row[i];
				String padding = " ".repeat(widths[i] - cell.length());
				line.append(rightAligned[i] ? padding + cell : cell + padding);
				if (i < row.length - 1) {
					line.append("  ");
				}
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
