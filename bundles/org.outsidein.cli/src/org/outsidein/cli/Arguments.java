package org.outsidein.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional ones, {@code --option value} (or {@code --option=value}) and
 * {@code --flag}. Unknown options are a usage error, so a typo never passes silently.
 */
public final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();

	private Arguments() {
	}

	/**
	 * @param valueOptions option names (without {@code --}) that take a value
	 * @param flagOptions  option names that take none
	 */
	public static Arguments parse(List<String> raw, Set<String> valueOptions, Set<String> flagOptions)
			throws UsageException {
		Arguments arguments = new Arguments();
		boolean optionsEnded = false;
		for (int i = 0; i < raw.size(); i++) {
			String argument = raw.get(i);
			if (optionsEnded || !argument.startsWith("--") || argument.length() == 2) {
				if ("--".equals(argument) && !optionsEnded) {
					optionsEnded = true;
				} else {
					arguments.positional.add(argument);
				}
				continue;
			}
			String name = argument.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= raw.size()) {
						throw new UsageException("option --" + name + " needs a value");
					}
					value = raw.get(++i);
				}
				arguments.values.put(name, value);
			} else if (flagOptions.contains(name) && value == null) {
				arguments.flags.add(name);
			} else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return arguments;
	}

	public List<String> positional() {
		return List.copyOf(positional);
	}

	public Optional<String> value(String option) {
		return Optional.ofNullable(values.get(option));
	}

	public boolean flag(String option) {
		return flags.contains(option);
	}

	/** Exactly {@code count} positional arguments, or a usage error naming what is expected. */
	public List<String> expectPositional(int count, String what) throws UsageException {
		if (positional.size() < count) {
			throw new UsageException("missing " + what);
		}
		if (positional.size() > count) {
			throw new UsageException("unexpected argument '" + positional.get(count) + "'");
		}
		return positional();
	}

	/** A {@code YYYY-MM-DD} option, or the fallback when it is absent. */
	public LocalDate date(String option, LocalDate fallback) throws UsageException {
		Optional<String> text = value(option);
		if (text.isEmpty()) {
			return fallback;
		}
		try {
			return LocalDate.parse(text.get());
		} catch (DateTimeParseException e) {
			throw new UsageException("--" + option + " expects a date as YYYY-MM-DD, got '" + text.get() + "'");
		}
	}
}
