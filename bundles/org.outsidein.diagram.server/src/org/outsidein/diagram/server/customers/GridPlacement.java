package org.outsidein.diagram.server.customers;

import org.outsidein.diagram.server.source.Bounds;

/**
 * A plain grid: containers side by side, {@value #CONTAINERS_PER_ROW} to a row, each holding its elements in
 * {@value #COLUMNS} columns below its heading. Enough to see every customer; the descriptions bundle brings ELK.
 */
final class GridPlacement {

	static final int CONTAINERS_PER_ROW = 3;
	static final int COLUMNS = 2;
	static final double ELEMENT_WIDTH = 170;
	static final double ELEMENT_HEIGHT = 36;
	static final double GAP = 14;
	static final double HEADING = 34;
	static final double CONTAINER_GAP = 40;

	private double rowTop = CONTAINER_GAP;
	private double rowHeight;
	private int inRow;

	/** Where the next container goes, sized for {@code elements} elements. */
	Bounds nextContainer(int elements) {
		if (inRow == CONTAINERS_PER_ROW) {
			rowTop += rowHeight + CONTAINER_GAP;
			rowHeight = 0;
			inRow = 0;
		}
		int rows = Math.max(1, (elements + COLUMNS - 1) / COLUMNS);
		double width = COLUMNS * ELEMENT_WIDTH + (COLUMNS + 1) * GAP;
		double height = HEADING + rows * (ELEMENT_HEIGHT + GAP) + GAP;
		Bounds bounds = new Bounds(CONTAINER_GAP + inRow * (width + CONTAINER_GAP), rowTop, width, height);
		rowHeight = Math.max(rowHeight, height);
		inRow++;
		return bounds;
	}

	/** Where the {@code index}th element of a container goes, relative to the container. */
	static Bounds element(int index) {
		int row = index / COLUMNS;
		int column = index % COLUMNS;
		return new Bounds(GAP + column * (ELEMENT_WIDTH + GAP), HEADING + row * (ELEMENT_HEIGHT + GAP), ELEMENT_WIDTH,
				ELEMENT_HEIGHT);
	}
}
