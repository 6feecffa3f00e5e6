package org.outsidein.interchange.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.outsidein.interchange.Change;
import org.outsidein.interchange.ColumnMapping;
import org.outsidein.interchange.ImportResult;
import org.outsidein.interchange.InterchangeException;
import org.outsidein.interchange.RecordKind;
import org.outsidein.interchange.RowProblem;
import org.outsidein.interchange.csv.CsvRow;
import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.model.ExternallyIdentified;
import org.outsidein.model.Named;

/**
 * Imports a table in two passes: every row is checked first, without touching the model, so that
 * --all-or-nothing can refuse the whole file; then the good rows update or add their elements.
 */
public final class Importer<R extends ImportedRecord, T extends Named & ExternallyIdentified> {

	private final RecordKind kind;
	private final RecordType<R, T> type;

	public Importer(RecordKind kind, RecordType<R, T> type) {
		this.kind = kind;
		this.type = type;
	}

	public ImportResult run(CsvTable table, ColumnMapping mapping, boolean allOrNothing) throws InterchangeException {
		Header header = Header.of(table, type.columns(), RecordType.NAME, mapping);
		List<RowProblem> problems = new ArrayList<>();
		List<R> checked = check(table, header, problems);
		if (allOrNothing && !problems.isEmpty()) {
			return new ImportResult(kind, table.rows().size(), problems, List.of(), List.of(), 0, header.unread(), false);
		}
		Matches<T> matches = new Matches<>(type.existing());
		List<Change> changes = new ArrayList<>();
		List<T> added = new ArrayList<>();
		int unchanged = 0;
		for (R record : checked) {
			T element = matches.find(record);
			boolean isNew = element == null;
			if (isNew) {
				element = type.create();
				added.add(element);
			}
			ChangeNotes notes = update(record, element, new ChangeNotes(!isNew));
			if (isNew) {
				changes.add(new Change(true, label(record), List.of()));
			} else if (notes.isEmpty()) {
				unchanged++;
			} else {
				changes.add(new Change(false, label(record), notes.notes()));
			}
		}
		type.addAll(added);
		return new ImportResult(kind, table.rows().size(), problems, changes, type.created(), unchanged, header.unread(),
				true);
	}

	private List<R> check(CsvTable table, Header header, List<RowProblem> problems) {
		List<R> checked = new ArrayList<>(table.rows().size());
		Map<String, Integer> rowOfId = new HashMap<>();
		for (CsvRow cells : table.rows()) {
			Row row = new Row(cells, header);
			try {
				row.checkWidth();
				R record = type.read(row);
				if (record.name().isEmpty()) {
					throw new BadValue("no name; every " + type.noun() + " needs one");
				}
				Integer earlier = record.externalId().isEmpty() ? null : rowOfId.putIfAbsent(record.externalId(), row.number());
				if (earlier != null) {
					throw new BadValue("external id " + record.externalId() + " is already on row " + earlier);
				}
				checked.add(record);
			} catch (BadValue e) {
				problems.add(new RowProblem(row.number(), e.getMessage()));
			}
		}
		return checked;
	}

	private ChangeNotes update(R record, T element, ChangeNotes notes) {
		// a method reference on the intersection type T fails at run time (LambdaConversionException): one type each
		Named named = element;
		ExternallyIdentified linked = element;
		notes.set("name", named.getName(), record.name(), named::setName);
		if (!record.externalId().isEmpty()) {
			notes.set("external id", linked.getExternalId(), record.externalId(), linked::setExternalId);
		}
		type.apply(record, element, notes);
		return notes;
	}

	/** customer C-17 "Ada Berg". */
	private String label(R record) {
		return type.noun() + (record.externalId().isEmpty() ? "" : " " + record.externalId()) + " \"" + record.name() + "\"";
	}
}

