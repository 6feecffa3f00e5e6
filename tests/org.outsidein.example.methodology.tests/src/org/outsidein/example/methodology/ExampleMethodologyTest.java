package org.outsidein.example.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.library.MethodologyScoring;
import org.outsidein.core.metrics.ModelStatistics;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.example.methodology.hackathon.HackathonCommunity;
import org.outsidein.model.Methodology;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.util.Days;

/**
 * The example plug-in end to end: a model following its methodology and holding its own concept (both packages in one
 * file) is saved and loaded, and the metrics, validate, report, diagram and the plug-in's own command find what it
 * adds, with no code of Outside-In's changed for it.
 */
class ExampleMethodologyTest {

	@TempDir
	Path folder;

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, HackathonModel.TODAY, args);
	}

	@Test
	void aModelMixingBothPackagesSavesAndLoadsAsItWas() throws Exception {
		Path file = HackathonModel.create(folder);
		String saved = Files.readString(file);
		assertTrue(saved.contains("xmlns:hackathon=\"http://www.outsidein.org/example/hackathon/1.0\""), saved);
		assertTrue(saved.contains("xsi:type=\"hackathon:HackathonCommunity\""), saved);
		assertTrue(saved.contains("platform:/plugin/org.outsidein.example.methodology/methodology/hackathons.outsidein#role-ambassadors"),
				"refers to the plug-in's methodology, never copies it: " + saved);

		OutsideInModel model = ModelFiles.load(file);
		List<String> methodologies = model.getMethodologies().stream().map(Methodology::getName).toList();
		assertEquals(List.of("Hackathons", "Outside Innovation"), methodologies, "the chosen one, then its basis");
		HackathonCommunity repairJam = (HackathonCommunity) model.getCommunities().get(0);
		assertEquals("repairable gear", repairJam.getTheme());
		assertEquals(2, repairJam.getHackathonsPerYear());
		assertEquals("2026-10-03", Days.text(repairJam.getLastHackathon()));
		assertEquals(2, repairJam.getMembers().size(), "references from the subclass into the base package");
		assertFalse(model.getCommunities().get(2) instanceof HackathonCommunity);

		ModelFiles.save(model.eResource());
		assertEquals(saved, Files.readString(file), "saving what was loaded changes nothing");
	}

	@Test
	void metricsAndScoringUseTheAddedRoleStepAndWeights() throws Exception {
		OutsideInModel model = ModelFiles.load(HackathonModel.create(folder));
		List<String> roles = MethodologyLibrary.rolesOf(model).stream().map(role -> role.getName()).toList();
		assertEquals(List.of("Ambassadors", "Lead Customers", "Contributors", "Consultants", "Guides", "Promoters"), roles);
		assertEquals(6, MethodologyLibrary.stepsOf(model).size());
		assertEquals(0.5, MethodologyScoring.of(model).getRolesWeight(), "the plug-in's weights, not the built-in 0.4");
		assertEquals(0.3, MethodologyScoring.of(model).getStepsWeight());
		RoleSummary ambassadors = ModelStatistics.of(model, HackathonModel.TODAY).roles().get(0);
		assertEquals("Ambassadors", ambassadors.role().getName());
		assertEquals(1, ambassadors.people());
	}

	@Test
	void validateRunsThePluginsRuleOnThePluginsConcept() throws Exception {
		HackathonModel.create(folder);
		CapturedRun validate = run("validate", "makers.outsidein");
		assertEquals(0, validate.exitCode(), validate.out() + validate.err());
		List<String> findings = validate.out().lines().filter(line -> line.contains("[example.hackathon-ambassadors]")).toList();
		assertEquals(1, findings.size(), validate.out());
		assertTrue(findings.get(0).contains("'Quiet Makers' holds hackathons but no member of it is an ambassador"),
				findings.get(0));
		CapturedRun rules = run("validate", "--list-rules");
		assertTrue(Pattern.compile("(?m)^.*example\\.hackathon-ambassadors.*org\\.outsidein\\.example\\.methodology.*$")
				.matcher(rules.out()).find(), rules.out());
	}

	@Test
	void reportsAndTheQuestionnaireListTheAddedRoleAndStepAndThePluginsSection() throws Exception {
		HackathonModel.create(folder);
		CapturedRun report = run("report", "makers.outsidein", "--format", "html,md", "--out", "reports");
		assertEquals(0, report.exitCode(), report.out() + report.err());
		String html = Files.readString(folder.resolve("reports/makers-report.html"));
		String markdown = Files.readString(folder.resolve("reports/makers-report.md"));
		for (String written : List.of(html, markdown)) {
			assertTrue(written.contains("Ambassadors"), "the added role");
			assertTrue(written.contains("Build with customers in hackathons"), "the added step");
			assertTrue(Pattern.compile("0\\.3 × [\\d.]+ \\(average of the steps\\) \\+ 0\\.5 × [\\d.]+ \\(average of the roles\\)")
					.matcher(written).find(), "the methodology's own weights in the arithmetic");
		}
		CapturedRun questionnaire = run("questionnaire", "makers.outsidein", "--out", "send");
		assertEquals(0, questionnaire.exitCode(), questionnaire.out() + questionnaire.err());
		try (var sent = Files.list(folder.resolve("send"))) {
			String page = Files.readString(sent.findFirst().orElseThrow());
			assertTrue(page.contains("Give ambassadors a hackathon kit"), "the added role's activities are asked about");
			assertTrue(page.contains("Ship what a hackathon built"), "and the added step's");
		}
		String hackathons = Files.readString(folder.resolve("reports/makers-hackathons.md"));
		assertTrue(hackathons.contains("| Repair Jam | repairable gear | 2 | 2026-10-03 | 2 | Ada Lindqvist |"), hackathons);
		assertTrue(hackathons.contains("| Quiet Makers | trail tools | 1 | - | 1 | none |"), hackathons);
	}

	@Test
	void diagramsDrawTheAddedRoleAndThePluginsDescription() throws Exception {
		HackathonModel.create(folder);
		CapturedRun ecosystem = run("diagram", "makers.outsidein", "--out", "ecosystem.svg");
		assertEquals(0, ecosystem.exitCode(), ecosystem.err());
		String svg = Files.readString(folder.resolve("ecosystem.svg"));
		assertTrue(svg.contains(">Ambassadors (1)<"), "a container for the added role: " + svg);

		CapturedRun hackathons = run("diagram", "makers.outsidein", "--description", "example.hackathons", "--out",
				"hackathons.svg");
		assertEquals(0, hackathons.exitCode(), hackathons.err());
		String drawn = Files.readString(folder.resolve("hackathons.svg"));
		assertTrue(drawn.contains(">Repair Jam (2 a year)<"), drawn);
		assertTrue(drawn.contains(">Quiet Makers (1 a year)<"), drawn);
		assertFalse(drawn.contains("Owners' forum"), "an ordinary community is not a hackathon community");
		assertEquals(3, drawn.split("data-mapping=\"member\"", -1).length - 1, "Repair Jam's two members, Quiet Makers' one");
	}

	@Test
	void thePluginsCommandIsListedAndRuns() throws Exception {
		HackathonModel.create(folder);
		CapturedRun help = run("--help");
		assertTrue(Pattern.compile("(?m)^  hackathons +List a model's hackathon communities.*\\[org\\.outsidein\\.example\\.methodology\\]$")
				.matcher(help.out()).find(), help.out());
		CapturedRun hackathons = run("hackathons", "makers.outsidein");
		assertEquals(0, hackathons.exitCode(), hackathons.err());
		assertTrue(hackathons.out().startsWith("Makers Guild: 2 hackathon communities\n"), hackathons.out());
		assertTrue(Pattern.compile("(?m)^  Repair Jam +repairable gear +2 +2026-10-03 +Ada Lindqvist$")
				.matcher(hackathons.out()).find(), hackathons.out());

		CapturedRun missing = run("hackathons", "nowhere.outsidein");
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("nowhere.outsidein: no such file"), missing.err());
	}

	@Test
	void aFreshModelOfTheMethodologyRunsThroughEveryCommand() throws Exception {
		CapturedRun created = run("new", "fresh.outsidein", "--methodology", "example.hackathons");
		assertEquals(0, created.exitCode(), created.err());
		assertTrue(created.out().contains("using the Outside Innovation with hackathons methodology"), created.out());
		for (String[] command : List.of(new String[] { "validate", "fresh.outsidein" },
				new String[] { "report", "fresh.outsidein", "--format", "html,md", "--out", "reports" },
				new String[] { "diagram", "fresh.outsidein", "--description", "example.hackathons" },
				new String[] { "hackathons", "fresh.outsidein" }, new String[] { "stats", "fresh.outsidein" })) {
			CapturedRun result = run(command);
			assertEquals(0, result.exitCode(), String.join(" ", command) + ": " + result.out() + result.err());
		}
		assertTrue(Files.readString(folder.resolve("reports/fresh-hackathons.md")).contains("No hackathon community"));
	}
}
