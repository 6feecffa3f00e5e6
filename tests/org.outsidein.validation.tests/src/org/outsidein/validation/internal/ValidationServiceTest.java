package org.outsidein.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.outsidein.validation.internal.TestModels.AS_OF;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.validation.Issue;
import org.outsidein.validation.ProfileException;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.Severity;
import org.outsidein.validation.ValidationResult;
import org.outsidein.validation.ValidationRule;
import org.outsidein.validation.ValidationService;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.Models;

class ValidationServiceTest {

	@TempDir
	Path folder;

	private static RuleDescriptor rule(String id, ValidationRule rule) {
		return new RuleDescriptor(id, id, "test", Severity.WARNING, null, "Why " + id, "test.bundle", () -> rule);
	}

	private static final ValidationRule REPORTS = (target, context) -> context.report(target, "found");

	@Test
	void aRuleThatThrowsIsOneErrorAndTheOthersStillRun() {
		ValidationService service = new ValidationService(List.of(rule("before", REPORTS),
				rule("broken", (target, context) -> {
					context.report(target, "half-way finding");
					throw new IllegalStateException("boom");
				}), rule("after", REPORTS)));
		ValidationResult result = service.validate(Models.empty(), AS_OF, RuleProfile.DEFAULTS, null);
		List<String> found = result.issues().stream().map(i -> i.ruleId() + ": " + i.message()).toList();
		assertEquals(List.of("broken: Rule 'broken' (broken, from test.bundle) failed: java.lang.IllegalStateException: boom",
				"before: found", "after: found"), found);
		assertEquals(Severity.ERROR, result.issues().get(0).severity());
	}

	@Test
	void aRuleThatChangesTheModelHasTheChangeUndoneAndIsReported() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		int customers = model.getCustomers().size();
		String name = model.getName();
		ValidationRule counts = (target, context) -> context.report(target, context.model().getCustomers().size()
				+ " customers, model " + context.model().getName());
		ValidationService service = new ValidationService(List.of(rule("vandal", (target, context) -> {
			context.report(target, "before the damage");
			context.model().getCustomers().clear();
			context.model().setName("renamed by a rule");
		}), rule("counts", counts)));
		ValidationResult result = service.validate(model, AS_OF, RuleProfile.DEFAULTS, null);
		List<String> found = result.issues().stream().map(i -> i.ruleId() + ": " + i.message()).toList();
		assertEquals(List.of("vandal: Rule 'vandal' (vandal, from test.bundle) changed the model it was checking; the change"
				+ " is undone and the rule's findings are left out", "counts: " + customers + " customers, model " + name),
				found);
		assertEquals(customers, model.getCustomers().size(), "the model is as it was loaded");
		assertEquals(name, model.getName());
		assertFalse(model.eResource().isModified() && model.getCustomers().isEmpty());
	}

	@Test
	void theDiagnosticianPathIsIsolatedToo() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		int customers = model.getCustomers().size();
		ValidationService service = new ValidationService(List.of(rule("recursing", new ValidationRule() {
			@Override
			public void check(org.eclipse.emf.ecore.EObject target, org.outsidein.validation.RuleContext context) {
				check(target, context);
			}
		}), rule("vandal", (target, context) -> context.model().getCustomers().remove(0)), rule("after", REPORTS)));
		RulesEValidator validator = new RulesEValidator(() -> service);
		org.eclipse.emf.common.util.BasicDiagnostic diagnostics = new org.eclipse.emf.common.util.BasicDiagnostic();
		Map<Object, Object> context = new java.util.HashMap<>();
		context.put(RulesEValidator.AS_OF, AS_OF);
		assertFalse(validator.validate(model, diagnostics, context), "two rules failed: errors");
		List<String> messages = diagnostics.getChildren().stream().map(Diagnostic::getMessage).toList();
		assertTrue(messages.stream().anyMatch(m -> m.contains("'recursing'") && m.contains("StackOverflowError")),
				messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("'vandal'") && m.contains("changed the model")),
				messages.toString());
		assertTrue(messages.contains("found"), "the rule after them still ran: " + messages);
		assertEquals(customers, model.getCustomers().size());
	}

	@Test
	void factsTheCallerKnowsAreUsedNotComputedAgain() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		ValidationService service = ValidationService.fromExtensions();
		RuleProfile onlyShare = new RuleProfile(Map.of(), service.rules().stream().map(RuleDescriptor::id)
				.filter(id -> !id.equals("outsidein.customer-share")).collect(java.util.stream.Collectors.toSet()),
				Duration.ofSeconds(30), null);
		assertTrue(service.validate(model, AS_OF, onlyShare, null).issues().isEmpty(), "the example meets the 10 % rule");
		var known = org.outsidein.core.metrics.EngagementMetrics.of(model);
		var fewer = new org.outsidein.core.metrics.EngagementMetrics(
				new org.outsidein.core.metrics.Share(1, known.activeCustomers().total(), known.activeCustomers().threshold(),
						known.activeCustomers().whole()),
				known.engagedEmployees(), known.engagedDepartments(), known.engagedEmployeeSet(), known.engagedDepartmentSet());
		List<Issue> found = service.validate(model, AS_OF, onlyShare, null, Map.of(ValidationService.ENGAGEMENT, fewer))
				.issues();
		assertEquals(1, found.size(), "the rule read the figures it was given: " + found);
	}

	@Test
	void aRuleThatOverrunsItsBudgetIsStoppedAndReported() throws Exception {
		CountDownLatch never = new CountDownLatch(1);
		ValidationService service = new ValidationService(List.of(rule("stuck", (target, context) -> {
			context.report(target, "before hanging");
			try {
				never.await();
			} catch (InterruptedException e) {
				// keep spinning like a rule that ignores interruption
				while (never.getCount() > 0) {
					Thread.onSpinWait();
				}
			}
		}), rule("after", REPORTS)));
		RuleProfile quick = new RuleProfile(Map.of(), Set.of(), Duration.ofMillis(200), null);
		long started = System.nanoTime();
		ValidationResult result = service.validate(Models.empty(), AS_OF, quick, null);
		never.countDown();
		assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos());
		List<String> found = result.issues().stream().map(Issue::message).toList();
		assertEquals(List.of("Rule 'stuck' (stuck, from test.bundle) did not finish within 200 ms; its findings are left out",
				"found"), found);
	}

	@Test
	void aProfileSwitchesRulesOffAndChangesSeverities() throws Exception {
		ValidationService service = new ValidationService(List.of(rule("one", REPORTS), rule("two", REPORTS),
				rule("three", REPORTS)));
		Path profile = folder.resolve(RuleProfile.FILE_NAME);
		Files.writeString(profile, "# team rules\none = off\n\ntwo = error\nthree = on\nbudget = 2.5s\n");
		RuleProfile rules = RuleProfile.load(profile, service.rules());
		assertEquals(Duration.ofMillis(2500), rules.budget());
		ValidationResult result = service.validate(Models.empty(), AS_OF, rules, null);
		assertEquals(List.of("two error", "three warning"),
				result.issues().stream().map(i -> i.ruleId() + " " + i.severity().word()).toList());
		assertEquals(List.of("two", "three"), result.rulesRun().stream().map(RuleDescriptor::id).toList());
	}

	@Test
	void aProfileWithAnUnknownRuleOrValueIsRefusedWithItsLine() throws Exception {
		List<RuleDescriptor> known = List.of(rule("one", REPORTS));
		Path profile = folder.resolve("team.rules");
		Files.writeString(profile, "one = warning\noen = off\n");
		ProfileException unknown = assertThrows(ProfileException.class, () -> RuleProfile.load(profile, known));
		assertEquals(profile + ":2: unknown rule 'oen' (see outsidein validate --list-rules)", unknown.getMessage());
		Files.writeString(profile, "one = loud\n");
		ProfileException badValue = assertThrows(ProfileException.class, () -> RuleProfile.load(profile, known));
		assertEquals(profile + ":1: expected off, on, error, warning or info for 'one', got 'loud'", badValue.getMessage());
	}

	@Test
	void theDiagnosticianSeesTheSameRules() {
		OutsideInModel model = Models.empty();
		Models.customer(model, "Ada").setId("x");
		Models.customer(model, "Bea").setId("x");
		// The package registers its own generated validator, which reaches the rules through EMF's validation-delegate
		// registry (filled from plugin.xml): nothing depends on this bundle having been started.
		assertTrue(org.eclipse.emf.ecore.EValidator.Registry.INSTANCE.getEValidator(OutsideInPackage.eINSTANCE)
				instanceof org.outsidein.model.util.OutsideInValidator);
		assertTrue(org.eclipse.emf.ecore.EValidator.ValidationDelegate.Registry.INSTANCE.getValidationDelegate(
				org.outsidein.model.util.OutsideInValidator.CONTRIBUTED_RULES) instanceof RulesEValidator);
		Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
		context.put(RulesEValidator.AS_OF, AS_OF);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model, context);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		List<Diagnostic> ours = diagnostic.getChildren().stream()
				.filter(child -> RulesEValidator.DIAGNOSTIC_SOURCE.equals(child.getSource())).toList();
		List<String> messages = ours.stream().map(Diagnostic::getMessage).toList();
		assertTrue(messages.contains("Customer 'Bea' has the id 'x', already used by Customer 'Ada'"), messages.toString());
		assertTrue(messages.contains("Customer 'Ada' plays no role and takes part in no community, toolkit, scenario"
				+ " or programme"), messages.toString());
		List<Issue> viaService = ValidationService.fromExtensions().validate(model, AS_OF, RuleProfile.DEFAULTS, null)
				.issues();
		assertEquals(viaService.size(), ours.size(), "the same findings either way");
	}

	@Test
	void danglingReferencesInsideTheFileAndIntoTheLibraryAreReported() throws Exception {
		Path file = folder.resolve("dangling.outsidein");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<outsidein:OutsideInModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:outsidein="http://www.outsidein.org/model/1.0" id="m" name="Dangling">
				  <customers id="c1" name="Ada" segment="gone">
				    <roles id="r1" role="platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein#role-astronauts"/>
				  </customers>
				</outsidein:OutsideInModel>
				""");
		OutsideInModel model = ModelFiles.load(file);
		List<Issue> issues = ValidationService.fromExtensions().validate(model, AS_OF, RuleProfile.DEFAULTS, file)
				.issues().stream().filter(i -> i.ruleId().equals("outsidein.dangling-reference")).toList();
		assertEquals(List.of("Customer 'Ada' refers in 'segment' to 'gone', which is not in the file (line 3)",
				"Role assignment (missing role) of 'Ada' refers in 'role' to platform:/plugin/org.outsidein.core/library/"
						+ "outside-innovation.outsidein#role-astronauts, which cannot be found"),
				issues.stream().map(Issue::message).toList());
		assertEquals("c1", issues.get(0).targetUri());
		assertEquals(Severity.ERROR, issues.get(0).severity());
	}

	@Test
	void theExampleIsHonestNotSpotless() throws Exception {
		Path example = Examples.cairnwood();
		OutsideInModel model = ModelFiles.load(example);
		ValidationResult result = ValidationService.fromExtensions().validate(model, AS_OF, RuleProfile.DEFAULTS, example);
		assertFalse(result.hasAtLeast(Severity.ERROR), result.issues().toString());
		Set<String> fired = result.issues().stream().map(Issue::ruleId).collect(java.util.stream.Collectors.toSet());
		assertTrue(fired.containsAll(Set.of("outsidein.employee-share", "outsidein.department-engagement",
				"outsidein.we-will-plan", "outsidein.next-step-deadline", "outsidein.next-step-overdue",
				"outsidein.outcome-unrated", "outsidein.scenario-ideal", "outsidein.lead-user-evidence",
				"outsidein.toolkit-outcome", "outsidein.community-employees", "outsidein.customer-orphan")), fired.toString());
		assertFalse(fired.contains("outsidein.customer-share"), "2,243 of 20,000 meets the 10 % rule");
		assertFalse(fired.contains("outsidein.role-unplayed"), "all five roles are played");
	}
}
