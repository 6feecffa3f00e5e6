package org.outsidein.interchange;

import java.util.List;

/**
 * What an import found and did: the rows it could not import, the changes it made (or, when {@code applied} is
 * false, would have made: none are made when --all-or-nothing meets a bad row), the segments or departments it
 * created, and the file's columns it did not read.
 *
 * @param rows      the data rows read, bad ones included
 * @param unchanged rows whose element already held every value
 */
public record ImportResult(RecordKind kind, int rows, List<RowProblem> problems, List<Change> changes,
		List<String> created, int unchanged, List<String> unreadColumns, boolean applied) {

	public long added() {
		return changes.stream().filter(Change::added).count();
	}

	public long updated() {
		return changes.size() - added();
	}

	/** Whether the model now differs from the file it was loaded from. */
	public boolean changedModel() {
		return applied && !(changes.isEmpty() && created.isEmpty());
	}
}
