package org.outsidein.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rules run, and how serious their findings are, for one team or model folder. A profile is a small
 * text file, {@code .outsidein-rules} next to the models or given with {@code --rules}:
 *
 * <pre>
 * # a comment
 * outsidein.customer-orphan = off
 * outsidein.next-step-overdue = error
 * budget = 5s
 * </pre>
 *
 * Each rule line names a rule id and {@code off}, {@code on}, {@code error}, {@code warning} or {@code info};
 * {@code budget} is how long one rule may run before it is stopped.
 */
public final class RuleProfile {

	/** The file name looked for in a model's folder. */
	public static final String FILE_NAME = ".outsidein-rules";
	public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);

	/** Every rule on, at its declared severity. */
	public static final RuleProfile DEFAULTS = new RuleProfile(Map.of(), Set.of(), DEFAULT_BUDGET, null);

	private final Map<String, Severity> severities;
	private final Set<String> disabled;
	private final Duration budget;
	private final Path source;

	public RuleProfile(Map<String, Severity> severities, Set<String> disabled, Duration budget, Path source) {
		this.severities = Map.copyOf(severities);
		this.disabled = Set.copyOf(disabled);
		this.budget = budget;
		this.source = source;
	}

	/**
	 * Reads a profile, checking every rule id against the known rules so that a typo is an error, not a rule
	 * silently left on.
	 */
	public static RuleProfile load(Path file, Collection<RuleDescriptor> known) throws ProfileException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ProfileException(file, 0, "cannot be read: " + e.getMessage());
		}
		Set<String> ids = known.stream().map(RuleDescriptor::id).collect(Collectors.toSet());
		Map<String, Severity> severities = new HashMap<>();
		Set<String> disabled = new java.util.HashSet<>();
		Duration budget = DEFAULT_BUDGET;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals < 0) {
				throw new ProfileException(file, number, "expected 'rule-id = off|on|error|warning|info' or"
						+ " 'budget = <seconds>s', got '" + line + "'");
			}
			String key = line.substring(0, equals).strip();
			String value = line.substring(equals + 1).strip();
			if ("budget".equals(key)) {
				budget = parseBudget(file, number, value);
			} else if (!ids.contains(key)) {
				throw new ProfileException(file, number, "unknown rule '" + key + "' (see outsidein validate --list-rules)");
			} else if ("off".equalsIgnoreCase(value)) {
				disabled.add(key);
			} else if (!"on".equalsIgnoreCase(value)) {
				Severity severity = Severity.parse(value);
				if (severity == null) {
					throw new ProfileException(file, number,
							"expected off, on, error, warning or info for '" + key + "', got '" + value + "'");
				}
				severities.put(key, severity);
			}
		}
		return new RuleProfile(severities, disabled, budget, file);
	}

	/**
	 * The profile that applies to a model: the one given (from {@code --rules}), else a {@value #FILE_NAME} in
	 * the model's folder, else every rule at its declared severity.
	 *
	 * @param given the profile named on the command line, or null
	 */
	public static RuleProfile forModel(Path given, Path modelFile, Collection<RuleDescriptor> known)
			throws ProfileException {
		if (given != null) {
			if (!Files.isRegularFile(given)) {
				throw new ProfileException(given, 0, "no such rule profile");
			}
			return load(given, known);
		}
		Path folder = modelFile == null ? null : modelFile.toAbsolutePath().getParent();
		Path nearby = folder == null ? null : folder.resolve(FILE_NAME);
		return nearby != null && Files.isRegularFile(nearby) ? load(nearby, known) : DEFAULTS;
	}

	private static Duration parseBudget(Path file, int line, String value) throws ProfileException {
		String digits = value.endsWith("s") ? value.substring(0, value.length() - 1).strip() : value;
		try {
			double seconds = Double.parseDouble(digits);
			if (seconds > 0) {
				return Duration.ofMillis(Math.round(seconds * 1000));
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new ProfileException(file, line, "expected a budget in seconds such as '5s', got '" + value + "'");
	}

	public boolean isEnabled(RuleDescriptor rule) {
		return !disabled.contains(rule.id());
	}

	public Severity severityOf(RuleDescriptor rule) {
		return severities.getOrDefault(rule.id(), rule.severity());
	}

	public Duration budget() {
		return budget;
	}

	/** The file the profile came from, if any. */
	public Optional<Path> source() {
		return Optional.ofNullable(source);
	}
}
