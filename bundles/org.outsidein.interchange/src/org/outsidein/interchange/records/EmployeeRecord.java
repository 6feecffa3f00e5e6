package org.outsidein.interchange.records;

/**
 * An employee row's values; null when the file has no column for one (the import leaves it as it is). An empty
 * department or job title means none.
 */
record EmployeeRecord(String externalId, String name, String department, String jobTitle, Boolean executive)
		implements ImportedRecord {
}
