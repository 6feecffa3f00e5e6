package org.outsidein.interchange.records;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.outsidein.model.ExternallyIdentified;
import org.outsidein.model.Named;

/**
 * One kind of element a CSV file can hold (customers, employees): the columns, how a row becomes a record, how a
 * record updates an element, and how an element is written back as a row. Reading and writing sit together so
 * that an export always holds what the import reads. An instance serves one import into one model.
 *
 * @param <R> a row's values, checked
 * @param <T> the model element a row stands for
 */
public interface RecordType<R extends ImportedRecord, T extends Named & ExternallyIdentified> {

	Column EXTERNAL_ID = new Column("external id");
	Column NAME = new Column("name");

	/** "customer": for messages. */
	String noun();

	/** Every column, in the order an export writes them; the first two are the external id and the name. */
	List<Column> columns();

	/** The row's values, or the first reason it cannot be imported. Changes nothing in the model. */
	R read(Row row) throws BadValue;

	/** The model's elements of this kind, which rows are matched against. */
	List<T> existing();

	T create();

	/** Adds the new elements to the model, in one go (a large import adds tens of thousands). */
	void addAll(List<T> created);

	/** Sets the element's values (other than id and name) from the record, noting each change. */
	void apply(R record, T element, ChangeNotes notes);

	/** Groups the import had to create: "segment Climbers". */
	List<String> created();

	/** The element as a row, one cell per column. */
	List<String> write(T element);

	/**
	 * Adds new elements to a containment list without its uniqueness check: they are distinct and not in it yet,
	 * and the check would make an import of tens of thousands of rows quadratic.
	 */
	static <E> void addNew(EList<E> list, List<E> created) {
		((InternalEList<E>) list).addAllUnique(created);
	}
}
