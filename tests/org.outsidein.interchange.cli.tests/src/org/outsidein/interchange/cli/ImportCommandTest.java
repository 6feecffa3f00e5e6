package org.outsidein.interchange.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RelationshipDepth;

/** {@code outsidein import} on CRM and HR files, into a model fresh from {@code outsidein new}. */
class ImportCommandTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
	private static final String CRM = Fixtures.text("crm-customers.csv");
	private static final String BAD_ROWS = "Rows not imported:\n"
			+ "  row 5: no name; every customer needs one\n"
			+ "  row 6: 'Gides' is not a role of the model's methodology; its roles are Lead Customers, Contributors,"
			+ " Consultants, Guides, Promoters\n"
			+ "  row 7: group size is 'lots'; expected a whole number such as 12 or 1,200\n";

	@TempDir
	Path folder;

	private Path model;

	@BeforeEach
	void newModel() {
		CapturedRun created = run("new", "acme.outsidein", "--name", "Acme", "--customer-base", "20000", "--headcount", "64");
		assertEquals(0, created.exitCode(), created.err());
		model = folder.resolve("acme.outsidein");
	}

	private CapturedRun run(String... args) {
		return CapturedRun.run(folder, TODAY, args);
	}

	private static String lines(String text) {
		return text.replace(System.lineSeparator(), "\n");
	}

	private Customer customer(OutsideInModel loaded, String externalId) {
		return loaded.getCustomers().stream().filter(c -> externalId.equals(c.getExternalId())).findFirst().orElseThrow();
	}

	/** The CRM file with some values changed, as the CRM would export it a month later. */
	private String crmAMonthLater() throws Exception {
		String text = Files.readString(Path.of(CRM), StandardCharsets.UTF_8).replace(";1.200;", ";1.350;")
				.replace("C-102;Ken Ito;Tinkerers", "C-102;Ken Ito;Climbers");
		return Files.writeString(folder.resolve("crm-later.csv"), text, StandardCharsets.UTF_8).toString();
	}

	@Test
	void importsTheGoodRowsAndReportsTheBadOnesWithRowNumberAndReason() throws Exception {
		CapturedRun imported = run("import", "acme.outsidein", CRM);
		assertEquals(1, imported.exitCode(), imported.err());
		assertEquals("Imported customers from " + CRM + " into acme.outsidein.\n"
				+ "Created segment Climbers, segment Tinkerers.\n"
				+ "7 rows: 4 added, 0 updated, 0 unchanged, 3 not imported.\n"
				+ "Columns not read: Notes\n" + BAD_ROWS, lines(imported.out()));
		assertEquals("", imported.err());

		OutsideInModel loaded = ModelFiles.load(model);
		assertEquals(List.of("Ada Berg", "Trail Club", "Ken Ito", "Oak & Pine Ltd"),
				loaded.getCustomers().stream().map(Customer::getName).toList());
		Customer ada = customer(loaded, "C-100");
		assertEquals(RelationshipDepth.COLLABORATING, ada.getRoles().get(0).getDepth());
		assertEquals("Consultants", ada.getRoles().get(1).getRole().getName());
		Customer club = customer(loaded, "C-101");
		assertEquals(1200, club.getGroupSize(), "1.200 as a European CRM writes it");
		assertEquals(CustomerKind.GROUP, club.getKind());
		assertFalse(customer(loaded, "C-102").isCurrentCustomer());
		assertTrue(customer(loaded, "C-102").isLeadUser());
		assertEquals(CustomerKind.ORGANISATION, customer(loaded, "C-106").getKind());
	}

	@Test
	void importingAgainUpdatesWhatChangedAndAddsNothing() throws Exception {
		run("import", "acme.outsidein", CRM);
		CapturedRun again = run("import", "acme.outsidein", crmAMonthLater());
		assertEquals(1, again.exitCode(), "the bad rows are still bad");
		assertTrue(lines(again.out()).contains("\n7 rows: 0 added, 2 updated, 2 unchanged, 3 not imported.\n"), again.out());
		OutsideInModel loaded = ModelFiles.load(model);
		assertEquals(4, loaded.getCustomers().size());
		assertEquals(1350, customer(loaded, "C-101").getGroupSize());
		assertEquals("Climbers", customer(loaded, "C-102").getSegment().getName());
	}

	@Test
	void aDryRunPrintsWhatWouldChangeAndLeavesTheFileByteForByte() throws Exception {
		byte[] fresh = Files.readAllBytes(model);
		CapturedRun firstDryRun = run("import", "acme.outsidein", CRM, "--dry-run");
		assertEquals(1, firstDryRun.exitCode());
		assertArrayEquals(fresh, Files.readAllBytes(model));
		assertFalse(Files.exists(ModelFiles.backupOf(model)), "not even a backup is written");

		run("import", "acme.outsidein", CRM);
		byte[] before = Files.readAllBytes(model);
		CapturedRun dryRun = run("import", "acme.outsidein", crmAMonthLater(), "--dry-run");
		assertEquals(1, dryRun.exitCode());
		assertEquals("Dry run: acme.outsidein is left as it is. Importing customers from crm-later.csv would:\n"
				+ "  update customer C-101 \"Trail Club\": group size: 1,200 \u2192 1,350\n"
				+ "  update customer C-102 \"Ken Ito\": segment: Tinkerers \u2192 Climbers\n"
				+ "7 rows: 0 to add, 2 to update, 2 unchanged, 3 not imported.\n"
				+ "Columns not read: Notes\n" + BAD_ROWS, lines(dryRun.out()));
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void allOrNothingImportsNothingWhenOneRowIsBad() throws Exception {
		byte[] before = Files.readAllBytes(model);
		CapturedRun refused = run("import", "acme.outsidein", CRM, "--all-or-nothing");
		assertEquals(1, refused.exitCode());
		assertTrue(lines(refused.out()).startsWith("Nothing imported into acme.outsidein: 3 rows of " + CRM
				+ " cannot be imported and --all-or-nothing was given. The model is left as it is.\n"), refused.out());
		assertTrue(lines(refused.out()).endsWith(BAD_ROWS), refused.out());
		assertArrayEquals(before, Files.readAllBytes(model));
		assertFalse(Files.exists(ModelFiles.backupOf(model)));
	}

	@Test
	void aMappingFileReadsAnotherSystemsColumns() throws Exception {
		CapturedRun imported = run("import", "acme.outsidein", Fixtures.text("crm-renamed.csv"), "--mapping",
				Fixtures.text("crm.mapping"));
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());
		assertTrue(lines(imported.out()).endsWith("2 rows: 2 added, 0 updated, 0 unchanged, 0 not imported.\n"
				+ "Columns not read: Email\n"), imported.out());
		OutsideInModel loaded = ModelFiles.load(model);
		assertEquals(RelationshipDepth.PARTNERING, customer(loaded, "A-1").getRoles().get(0).getDepth());
		assertEquals(420, customer(loaded, "A-2").getGroupSize());
		assertEquals(2, customer(loaded, "A-2").getRoles().size());
	}

	@Test
	void employeesFromAnHrFile() throws Exception {
		CapturedRun imported = run("import", "acme.outsidein", Fixtures.text("hr-employees.csv"), "--kind", "employees");
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());
		assertTrue(lines(imported.out()).contains("Created department Design, department Customer Care.\n"
				+ "3 rows: 3 added, 0 updated, 0 unchanged, 0 not imported.\n"), imported.out());
		OutsideInModel loaded = ModelFiles.load(model);
		assertEquals(2, loaded.getOrganisation().getDepartments().size());
		assertTrue(loaded.getOrganisation().getEmployees().get(0).isExecutive());
		assertEquals("E-3", loaded.getOrganisation().getEmployees().get(2).getExternalId());
	}

	@Test
	void aModelOrCsvFileThatCannotBeReadIsOneLineAndExitCodeTwo() throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.outsidein"), "<?xml version=\"1.0\"?>\n<outsidein:OutsideInModel");
		CapturedRun unloadable = run("import", "broken.outsidein", CRM);
		assertEquals(2, unloadable.exitCode());
		assertTrue(unloadable.err().startsWith("outsidein: " + broken + ":2:"), unloadable.err());
		assertEquals(1, unloadable.err().lines().count(), unloadable.err());

		byte[] before = Files.readAllBytes(model);
		Path latin1 = Files.write(folder.resolve("latin1.csv"), "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		CapturedRun notUtf8 = run("import", "acme.outsidein", "latin1.csv");
		assertEquals(2, notUtf8.exitCode());
		assertEquals("outsidein: " + latin1 + ": line 2 is not UTF-8 text; save the file as \"CSV UTF-8\" and import it again\n",
				lines(notUtf8.err()));
		CapturedRun missing = run("import", "acme.outsidein", "nowhere.csv");
		assertEquals(2, missing.exitCode());
		assertEquals("outsidein: " + folder.resolve("nowhere.csv") + ": no such file\n", lines(missing.err()));
		assertArrayEquals(before, Files.readAllBytes(model));
		assertEquals("", notUtf8.out() + missing.out());
	}

	@Test
	void aModelReferringToElementsItDoesNotHoldIsNotWrittenOver() throws Exception {
		String text = Files.readString(model, StandardCharsets.UTF_8);
		int end = text.lastIndexOf("</outsidein:OutsideInModel>");
		Files.writeString(model, text.substring(0, end) + "  <customers id=\"c-1\" name=\"Ada\" segment=\"gone\"/>\n"
				+ text.substring(end), StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(model);
		CapturedRun refused = run("import", "acme.outsidein", CRM);
		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().matches("outsidein: " + java.util.regex.Pattern.quote(model.toString())
				+ ":\\d+:\\d+: refers to 'gone', which is not in the file; saving would drop the reference, so nothing is"
				+ " imported until it is mended \\('outsidein validate' lists every such reference\\)\\R"), refused.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void usageErrorsExitWithTwo() {
		CapturedRun kind = run("import", "acme.outsidein", CRM, "--kind", "suppliers");
		assertEquals(2, kind.exitCode());
		assertTrue(kind.err().startsWith("outsidein: import: --kind takes customers or employees, got 'suppliers'"),
				kind.err());
		CapturedRun noCsv = run("import", "acme.outsidein");
		assertEquals(2, noCsv.exitCode());
		assertTrue(noCsv.err().startsWith("outsidein: import: missing the model file and the CSV file"), noCsv.err());
		CapturedRun mapping = run("import", "acme.outsidein", CRM, "--mapping", "nowhere.mapping");
		assertEquals(2, mapping.exitCode());
		assertEquals(1, mapping.err().lines().count(), mapping.err());
	}
}
