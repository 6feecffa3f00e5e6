package org.outsidein.interchange;

import java.util.Arrays;
import java.util.Optional;

import org.outsidein.interchange.records.CustomerRecords;
import org.outsidein.interchange.records.EmployeeRecords;
import org.outsidein.interchange.records.RecordType;
import org.outsidein.model.OutsideInModel;

/** What a CSV file holds: customers (from a CRM) or employees (from an HR system). */
public enum RecordKind {

	CUSTOMERS("customers") {
		@Override
		RecordType<?, ?> type(OutsideInModel model) {
			return new CustomerRecords(model);
		}
	},
	EMPLOYEES("employees") {
		@Override
		RecordType<?, ?> type(OutsideInModel model) {
			return new EmployeeRecords(model);
		}
	};

	private final String word;

	RecordKind(String word) {
		this.word = word;
	}

	/** A new reader and writer of this kind for one model. */
	abstract RecordType<?, ?> type(OutsideInModel model);

	/** "customers", as the command line and file names say it. */
	public String word() {
		return word;
	}

	public static Optional<RecordKind> named(String word) {
		return Arrays.stream(values()).filter(kind -> kind.word.equalsIgnoreCase(word)).findFirst();
	}

	/** "customers, employees". */
	public static String words() {
		return String.join(", ", Arrays.stream(values()).map(RecordKind::word).toList());
	}
}
