package org.outsidein.interchange.records;

import java.util.List;

import org.outsidein.model.CustomerKind;

/**
 * A customer row's values. A value is null when the file has no column for it: the import then leaves the
 * customer's value as it is. An empty segment means none.
 */
record CustomerRecord(String externalId, String name, String segment, CustomerKind kind, Integer groupSize,
		Boolean leadUser, Boolean currentCustomer, List<RoleCell.Pick> roles) implements ImportedRecord {
}
