package org.outsidein.interchange.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.outsidein.model.Named;

/**
 * The segments or departments of a model by name, as a file names them; one the model lacks is created (once, with
 * the file's spelling) and remembered, so that the import can report it.
 */
public final class Groups<G extends Named> {

	private final String noun;
	private final Function<String, G> create;
	private final Map<String, G> byName = new HashMap<>();
	/** The same as byName, by the text as a file writes it: most rows repeat a spelling already seen. */
	private final Map<String, G> byText = new HashMap<>();
	private final List<String> created = new ArrayList<>();

	/**
	 * @param noun   "segment", for the report
	 * @param create makes a new group of that name and adds it to the model
	 */
	public Groups(String noun, List<G> existing, Function<String, G> create) {
		this.noun = noun;
		this.create = create;
		existing.forEach(group -> byName.putIfAbsent(Keys.name(group.getName()), group));
	}

	/** The group of that name, created when the model has none; null for an empty name. */
	public G named(String name) {
		if (name.isEmpty()) {
			return null;
		}
		G seen = byText.get(name);
		if (seen != null) {
			return seen;
		}
		G group = byName.computeIfAbsent(Keys.name(name), key -> {
			created.add(noun + " " + name);
			return create.apply(name);
		});
		byText.put(name, group);
		return group;
	}

	/**
	 * The group a cell names for an element now in {@code current}. An empty cell keeps a reference that leads
	 * nowhere (the export wrote it as empty): validation reports it, and an import must not quietly drop it.
	 */
	G replacing(G current, String name) {
		return name.isEmpty() && current != null && current.eIsProxy() ? current : named(name);
	}

	/** "segment Climbers", for each group created. */
	public List<String> created() {
		return created;
	}
}
