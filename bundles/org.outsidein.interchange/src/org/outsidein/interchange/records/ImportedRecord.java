package org.outsidein.interchange.records;

/** What every imported row has: the other system's id (may be empty) and a name (never empty). */
public interface ImportedRecord {

	String externalId();

	String name();
}
