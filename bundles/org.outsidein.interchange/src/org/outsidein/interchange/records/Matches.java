package org.outsidein.interchange.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.outsidein.model.ExternallyIdentified;
import org.outsidein.model.Named;

/**
 * Finds the element a row stands for, so that importing a file again updates instead of duplicating: by external
 * id first. A row whose id no element carries yet takes an element of the same name entered by hand (it carries no
 * external id) and links it; a row without an id takes any element of its name. Matching by name takes each element once
 * per import, so that two rows of the same name update two elements, not one twice.
 */
final class Matches<T extends Named & ExternallyIdentified> {

	private final Map<String, T> byExternalId;
	private final Map<String, List<T>> byName;
	private final Set<T> taken;

	Matches(List<T> existing) {
		int capacity = 2 * existing.size();
		byExternalId = new HashMap<>(capacity);
		byName = new HashMap<>(capacity);
		taken = new HashSet<>(capacity);
		for (T element : existing) {
			if (!isEmpty(element.getExternalId())) {
				byExternalId.putIfAbsent(element.getExternalId(), element);
			}
			byName.computeIfAbsent(Keys.name(element.getName()), key -> new ArrayList<>(1)).add(element);
		}
	}

	/** The element the record stands for, or null when it is new. */
	T find(ImportedRecord record) {
		boolean hasId = !record.externalId().isEmpty();
		T found = hasId ? byExternalId.get(record.externalId()) : null;
		if (found == null) {
			for (T candidate : byName.getOrDefault(Keys.name(record.name()), List.of())) {
				if (!taken.contains(candidate) && !(hasId && !isEmpty(candidate.getExternalId()))) {
					found = candidate;
					break;
				}
			}
		}
		if (found != null) {
			taken.add(found);
		}
		return found;
	}

	private static boolean isEmpty(String text) {
		return text == null || text.isEmpty();
	}
}
