package org.outsidein.ui.editor.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.outsidein.edit.ui.KeyboardCellEditing;
import org.outsidein.ui.markers.ProblemDecorations;

/**
 * A table of model elements for a form page: sortable by any column, filtered by what is typed, and
 * virtual, so that only the rows on screen are ever created (a table of 100,000 customers opens at once).
 *
 * @param <T> the elements in the rows
 */
public final class ElementTable<T extends EObject> {

	/**
	 * One column.
	 *
	 * @param editing how the cells are edited in place, or null for read-only cells
	 */
	public record Column<T>(String header, int width, Function<T, String> text, Comparator<T> order,
			Function<TableViewer, EditingSupport> editing) {

		/** A read-only column sorted by its text. */
		public static <T> Column<T> of(String header, int width, Function<T, String> text) {
			return new Column<>(header, width, text, Comparator.comparing(text, TEXT_ORDER), null);
		}

		/** A read-only column sorted by a value of its own (a number, say). */
		public static <T, V extends Comparable<? super V>> Column<T> sortedBy(String header, int width,
				Function<T, String> text, Function<T, V> value) {
			return new Column<>(header, width, text, Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder())),
					null);
		}

		public Column<T> editedWith(Function<TableViewer, EditingSupport> support) {
			return new Column<>(header, width, text, order, support);
		}
	}

	private static final Comparator<String> TEXT_ORDER = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);

	private final TableViewer viewer;
	private final Supplier<? extends List<? extends T>> rows;
	private final List<Column<T>> columns;
	private List<T> shown = List.of();
	private Column<T> sortedBy;
	private boolean descending;
	private String filter = "";
	private ProblemDecorations problems;

	public ElementTable(Composite parent, Supplier<? extends List<? extends T>> rows, List<Column<T>> columns) {
		this.rows = rows;
		this.columns = columns;
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
				| SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < shown.size()) {
					viewer.replace(shown.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				// the rows are read from the model on refresh
			}
		});
		Table table = viewer.getTable();
		table.setLayoutData(fillingCell());
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (Column<T> column : columns) {
			addColumn(column);
		}
		if (columns.stream().anyMatch(column -> column.editing() != null)) {
			KeyboardCellEditing.enable(viewer);
		}
		viewer.setInput(rows);
		refresh();
	}

	/**
	 * Fills its grid cell and takes any space left. The hints matter: without them a layout asks the table for its
	 * natural size, which is every row's height — millions of pixels for a large model, and a form painted that tall.
	 */
	static GridData fillingCell() {
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 240;
		data.widthHint = 300;
		return data;
	}

	private void addColumn(Column<T> column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.header());
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		boolean first = tableColumn == viewer.getTable().getColumn(0);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				String text = column.text().apply((T) element);
				return text == null ? "" : text;
			}

			@Override
			public Image getImage(Object element) {
				return first && problems != null ? ProblemDecorations.icon(problems.severity(element)) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return first && problems != null ? problems.messages(element) : null;
			}
		});
		if (column.editing() != null) {
			viewerColumn.setEditingSupport(column.editing().apply(viewer));
		}
		tableColumn.addListener(SWT.Selection, event -> sortBy(column, tableColumn));
	}

	private void sortBy(Column<T> column, TableColumn tableColumn) {
		descending = sortedBy == column && !descending;
		sortedBy = column;
		viewer.getTable().setSortColumn(tableColumn);
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		refresh();
	}

	/** Marks the rows with findings of the model checks, the messages in the first cell's tooltip. */
	public void showProblems(ProblemDecorations decorations) {
		problems = decorations;
		decorations.relabel(viewer);
		viewer.refresh();
	}

	/** Shows only the rows one of whose cells contains the text (any case). */
	public void setFilter(String text) {
		filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		refresh();
	}

	/** Reads the rows from the model again, keeping the sort and the filter. */
	public void refresh() {
		List<T> list = new ArrayList<>();
		for (T row : rows.get()) {
			if (filter.isEmpty() || matches(row)) {
				list.add(row);
			}
		}
		if (sortedBy != null) {
			list.sort(descending ? sortedBy.order().reversed() : sortedBy.order());
		}
		shown = list;
		viewer.setItemCount(shown.size());
		viewer.refresh();
	}

	private boolean matches(T row) {
		for (Column<T> column : columns) {
			String text = column.text().apply(row);
			if (text != null && text.toLowerCase(Locale.ROOT).contains(filter)) {
				return true;
			}
		}
		return false;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The rows as shown now, in order. */
	public List<T> shown() {
		return shown;
	}

	@SuppressWarnings("unchecked")
	public List<T> selected() {
		return viewer.getStructuredSelection().toList();
	}

	/** Selects and shows the element if the table holds it. */
	public boolean reveal(EObject element) {
		int index = shown.indexOf(element);
		if (index < 0) {
			return false;
		}
		viewer.replace(element, index);
		viewer.setSelection(new StructuredSelection(element), true);
		return true;
	}
}
