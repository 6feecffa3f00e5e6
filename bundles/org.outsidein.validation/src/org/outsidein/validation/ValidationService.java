package org.outsidein.validation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.ecore.EObject;
import org.outsidein.core.extensions.ExtensionReader.Contributions;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.resource.ModelLoadException;
import org.outsidein.model.OutsideInModel;
import org.outsidein.validation.internal.ElementIndex;
import org.outsidein.validation.internal.ExtensionRules;
import org.outsidein.validation.internal.ModelGuard;
import org.outsidein.validation.internal.RuleRun;

/**
 * Runs validation rules on a model. Each rule runs isolated, on a worker thread with a time budget: a rule
 * that throws or overruns becomes one error finding ("rule X failed: ...") and every other rule still runs.
 * Rules never see each other's findings, nor each other's changes: a rule that changes the model has the change
 * undone and is reported. The Diagnostician reaches the rules through here too, with the same isolation.
 */
public final class ValidationService {

	/** The key under which {@link ValidationResult#ruleTimes()} gives the one walk that finds every rule's elements. */
	public static final String MODEL_WALK = "(walk over the model)";

	/**
	 * Not a contributed rule: how a file that cannot be loaded is reported, as a result of its own in every
	 * format, so that one broken file among many never hides the others' results.
	 */
	public static final RuleDescriptor MODEL_FILE = new RuleDescriptor("outsidein.model-file", "Model file cannot be read",
			"structure", Severity.ERROR, null, "A model file that cannot be read is not validated at all: mend it"
					+ " where the message says, or restore it from its .bak copy.",
			"org.outsidein.validation", () -> {
				throw new UnsupportedOperationException("the model-file check runs while loading, not as a rule");
			});

	private final List<RuleDescriptor> rules;
	private final List<String> problems;

	public ValidationService(List<RuleDescriptor> rules) {
		this(rules, List.of());
	}

	/** @param problems the contributions that could not be read, one line each naming its bundle */
	public ValidationService(List<RuleDescriptor> rules, List<String> problems) {
		this.rules = List.copyOf(rules);
		this.problems = List.copyOf(problems);
	}

	/** A service over every rule contributed to {@code org.outsidein.validation.rules} in the running platform. */
	public static ValidationService fromExtensions() {
		Contributions<RuleDescriptor> contributions = ExtensionRules.contributions();
		return new ValidationService(contributions.items(), contributions.problems());
	}

	/** The rule contributions that could not be read and were skipped, one line each naming the bundle. */
	public List<String> problems() {
		return problems;
	}

	/** Every known rule, in registration order. */
	public List<RuleDescriptor> rules() {
		return rules;
	}

	/**
	 * The key under which a caller that has computed the model's {@code EngagementMetrics} already (a report
	 * does) hands them to the rules, which then do not compute them again.
	 */
	public static final String ENGAGEMENT = "outsidein.engagement";

	public ValidationResult validate(OutsideInModel model, LocalDate asOf, RuleProfile profile, Path file) {
		return validate(model, asOf, profile, file, Map.of());
	}

	/** @param known facts about the model computed already, by key ({@link #ENGAGEMENT}), shared with the rules */
	public ValidationResult validate(OutsideInModel model, LocalDate asOf, RuleProfile profile, Path file,
			Map<Object, Object> known) {
		List<RuleDescriptor> enabled = rules.stream().filter(profile::isEnabled).toList();
		Map<String, Duration> times = new LinkedHashMap<>();
		long walkStarted = System.nanoTime();
		ElementIndex index = ElementIndex.of(model, enabled);
		times.put(MODEL_WALK, Duration.ofNanos(System.nanoTime() - walkStarted));
		Map<Object, Object> shared = new ConcurrentHashMap<>(known);
		List<Issue> issues = new ArrayList<>();
		ExecutorService worker = newWorker();
		ModelGuard guard = ModelGuard.over(model);
		try {
			for (RuleDescriptor rule : enabled) {
				RuleRun run = new RuleRun(rule, profile.severityOf(rule), model, asOf, shared);
				List<EObject> targets = index.targetsOf(rule);
				long started = System.nanoTime();
				Future<?> result = worker.submit(() -> run.execute(targets));
				try {
					result.get(profile.budget().toMillis(), TimeUnit.MILLISECONDS);
					issues.addAll(run.issues());
				} catch (TimeoutException e) {
					result.cancel(true);
					run.seal();
					issues.add(failure(rule, "did not finish within " + seconds(profile.budget())
							+ "; its findings are left out"));
					// The stuck thread may never stop; the next rules get a fresh one.
					worker.shutdownNow();
					worker = newWorker();
				} catch (ExecutionException e) {
					run.seal();
					issues.add(failure(rule, "failed: " + e.getCause()));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					run.seal();
					issues.add(failure(rule, "was interrupted"));
					break;
				}
				times.put(rule.id(), Duration.ofNanos(System.nanoTime() - started));
				if (guard.undoChanges()) {
					run.seal();
					issues.removeIf(issue -> issue.ruleId().equals(rule.id()));
					issues.add(failure(rule, "changed the model it was checking; the change is undone and the rule's"
							+ " findings are left out"));
				}
			}
		} finally {
			worker.shutdownNow();
			guard.close();
		}
		issues.sort(Comparator.comparing(Issue::severity));
		return new ValidationResult(file, ElementLabels.name(model), asOf, List.copyOf(issues), enabled, times);
	}

	/** The result for a file that could not be loaded: one error, where the loader stopped. */
	public static ValidationResult unloadable(ModelLoadException problem, LocalDate asOf) {
		Issue issue = new Issue(Severity.ERROR, MODEL_FILE.id(), problem.getProblem(), MODEL_FILE.description(), null,
				"", null, problem.getLine(), problem.getColumn());
		return new ValidationResult(problem.getFile(), problem.getFile().getFileName().toString(), asOf, List.of(issue),
				List.of(MODEL_FILE), Map.of());
	}

	private static Issue failure(RuleDescriptor rule, String what) {
		return new Issue(Severity.ERROR, rule.id(), "Rule '" + rule.name() + "' (" + rule.id() + ", from "
				+ rule.contributor() + ") " + what, "A rule that cannot finish checks nothing; the other rules ran.",
				null, "", null);
	}

	private static String seconds(Duration budget) {
		return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
	}

	private static ExecutorService newWorker() {
		return Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "outsidein-validation-rule");
			thread.setDaemon(true);
			return thread;
		});
	}
}
