package org.outsidein.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.interchange.csv.CsvTable;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.Employee;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.RoleAssignment;
import org.outsidein.tests.support.Models;

/** Customers from CRM files into a model as {@code outsidein new} makes it, and again into the result. */
class CustomerImportTest {

	private static final String HEADER = "External ID,Name,Segment,Kind,Group size,Lead user,Current customer,Roles\n";

	@TempDir
	Path folder;

	private OutsideInModel model;

	@BeforeEach
	void freshModel() {
		model = Models.empty(folder.resolve("acme.outsidein"), "Acme");
	}

	private ImportResult importRows(String csv) throws Exception {
		return importFile(csv, ColumnMapping.none(), false);
	}

	private ImportResult importFile(String csv, ColumnMapping mapping, boolean allOrNothing) throws Exception {
		Path file = Files.writeString(folder.resolve("customers.csv"), csv, StandardCharsets.UTF_8);
		return CsvImport.run(model, CsvTable.read(file), RecordKind.CUSTOMERS, mapping, allOrNothing);
	}

	private Customer customer(String name) {
		return model.getCustomers().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
	}

	@Test
	void everyColumnLandsInTheModel() throws Exception {
		ImportResult result = importRows(HEADER
				+ "C-1,Ada Berg,Climbers,Individual,,yes,yes,Lead Customers (Collaborating) | Consultants\n"
				+ "C-2,Trail Club,Climbers,group,\"1,200\",no,x,\"Guides (engaged), Promoters\"\n"
				+ "C-3,Ken Ito,Tinkerers,,,TRUE,0,\n");
		assertEquals(List.of(), result.problems());
		assertEquals(3, result.added());
		assertEquals(List.of("segment Climbers", "segment Tinkerers"), result.created());
		assertEquals(List.of("Climbers", "Tinkerers"), model.getSegments().stream().map(s -> s.getName()).toList());

		Customer ada = customer("Ada Berg");
		assertEquals("C-1", ada.getExternalId());
		assertSame(model.getSegments().get(0), ada.getSegment());
		assertEquals(CustomerKind.INDIVIDUAL, ada.getKind());
		assertTrue(ada.isLeadUser());
		assertTrue(ada.isCurrentCustomer());
		assertEquals(List.of(MethodologyLibrary.LEAD_CUSTOMERS, MethodologyLibrary.CONSULTANTS),
				ada.getRoles().stream().map(r -> r.getRole().getId()).toList());
		assertEquals(List.of(RelationshipDepth.COLLABORATING, RelationshipDepth.ACQUAINTED),
				ada.getRoles().stream().map(RoleAssignment::getDepth).toList(), "no depth given: the model's default");

		Customer club = customer("Trail Club");
		assertEquals(CustomerKind.GROUP, club.getKind());
		assertEquals(1200, club.getGroupSize());
		assertFalse(club.isLeadUser());
		assertTrue(club.isCurrentCustomer(), "x ticks a box");
		assertEquals(RelationshipDepth.ENGAGED, club.getRoles().get(0).getDepth());

		Customer ken = customer("Ken Ito");
		assertEquals(CustomerKind.INDIVIDUAL, ken.getKind(), "an empty kind is an individual");
		assertFalse(ken.isCurrentCustomer());
		assertTrue(ken.getRoles().isEmpty());
	}

	@Test
	void headersAreMatchedWithoutRegardToCaseSpacesHyphensOrUnderscores() throws Exception {
		ImportResult result = importRows("EXTERNAL-ID;NAME;Group_Size ;lead-user;Favourite colour\nC-9;Vera;12;1;blue\n");
		assertEquals(List.of(), result.problems());
		assertEquals(12, customer("Vera").getGroupSize());
		assertTrue(customer("Vera").isLeadUser());
		assertEquals(List.of("Favourite colour"), result.unreadColumns());
	}

	@Test
	void badRowsAreReportedInTheAnalystsWordsAndTheGoodOnesApplied() throws Exception {
		ImportResult result = importRows(HEADER
				+ "C-1,Ada Berg,Climbers,Individual,,yes,yes,Lead Customers\n"
				+ "C-2,,Climbers,Individual,,no,yes,\n"
				+ "C-3,Mia Sand,Hikers,Individual,,no,yes,Gides\n"
				+ "C-4,Forum regulars,Hikers,Group,lots,no,yes,Promoters\n"
				+ "C-5,Oak Ltd,,Company,,no,yes,\n"
				+ "C-6,Ivo,,Individual,,maybe,yes,\n"
				+ "C-7,Ola,,Individual,,no,yes,Guides (Close)\n"
				+ "C-1,Ada again,,Individual,,no,yes,\n"
				+ "C-8,Pia,Hikers,Individual,,no,yes,Guides,extra\n"
				+ "C-9,Lu,,Individual,,no,yes,Guides | guides (Engaged)\n");
		assertEquals(List.of(
				"row 3: no name; every customer needs one",
				"row 4: 'Gides' is not a role of the model's methodology; its roles are Lead Customers, Contributors,"
						+ " Consultants, Guides, Promoters",
				"row 5: group size is 'lots'; expected a whole number such as 12 or 1,200",
				"row 6: kind is 'Company'; expected one of Individual, Organisation, Group",
				"row 7: lead user is 'maybe'; expected yes or no (also true/false, 1/0, x or empty)",
				"row 8: depth of Guides is 'Close'; expected one of Acquainted, Engaged, Collaborating, Partnering",
				"row 9: external id C-1 is already on row 2",
				"row 10: 9 cells where the header names 8; is a separator inside a cell that is not quoted?",
				"row 11: the roles name Guides twice"),
				result.problems().stream().map(RowProblem::toString).toList());
		assertTrue(result.applied());
		assertEquals(List.of("Ada Berg"), model.getCustomers().stream().map(Customer::getName).toList());
		assertEquals(List.of("segment Climbers"), result.created(), "a bad row creates no segment");
	}

	@Test
	void allOrNothingLeavesTheModelUntouchedWhenOneRowIsBad() throws Exception {
		ImportResult result = importFile(HEADER + "C-1,Ada Berg,Climbers,Individual,,yes,yes,\nC-2,,,,,,,\n",
				ColumnMapping.none(), true);
		assertFalse(result.applied());
		assertFalse(result.changedModel());
		assertEquals(List.of("row 3: no name; every customer needs one"),
				result.problems().stream().map(RowProblem::toString).toList());
		assertTrue(model.getCustomers().isEmpty());
		assertTrue(model.getSegments().isEmpty());
	}

	@Test
	void importingAgainUpdatesInsteadOfAdding() throws Exception {
		importRows(HEADER + "C-1,Ada Berg,Climbers,Individual,,yes,yes,Lead Customers (Collaborating) | Guides\n"
				+ "C-2,Ken Ito,Climbers,Individual,,no,no,\n");
		Customer ada = customer("Ada Berg");
		RoleAssignment lead = ada.getRoles().get(0);
		Employee careLead = Models.employee(model, "Ola Berg", null);
		lead.getInteractingEmployees().add(careLead);

		ImportResult again = importRows(HEADER + "C-1,Ada Berg,Hikers,Individual,,yes,yes,Lead Customers | Promoters\n"
				+ "C-2,Ken Ito,Climbers,Individual,,no,no,\n");
		assertEquals(0, again.added());
		assertEquals(1, again.unchanged());
		assertEquals(List.of("update customer C-1 \"Ada Berg\": segment: Climbers \u2192 Hikers; roles: + Promoters"
				+ " (Acquainted); roles: \u2212 Guides"), again.changes().stream().map(Change::toString).toList());
		assertEquals(2, model.getCustomers().size());
		assertSame(lead, ada.getRoles().get(0), "a role still played keeps its assignment");
		assertEquals(RelationshipDepth.COLLABORATING, lead.getDepth(), "no depth in the file: the model's stays");
		assertEquals(List.of(careLead), lead.getInteractingEmployees());

		ImportResult deeper = importRows(HEADER + "C-1,Ada Berg,Hikers,Individual,,yes,yes,Lead Customers (Partnering)\n");
		assertEquals(List.of("update customer C-1 \"Ada Berg\": Lead Customers: Collaborating \u2192 Partnering;"
				+ " roles: \u2212 Promoters"), deeper.changes().stream().map(Change::toString).toList());
	}

	@Test
	void aColumnTheFileLacksLeavesItsValueAlone() throws Exception {
		importRows(HEADER + "C-1,Ada Berg,Climbers,Group,40,yes,no,Guides\n");
		ImportResult renamed = importRows("external id,name\nC-1,Ada Berg-Lind\n");
		assertEquals(List.of("update customer C-1 \"Ada Berg-Lind\": name: Ada Berg \u2192 Ada Berg-Lind"),
				renamed.changes().stream().map(Change::toString).toList());
		Customer ada = customer("Ada Berg-Lind");
		assertEquals("Climbers", ada.getSegment().getName());
		assertEquals(40, ada.getGroupSize());
		assertFalse(ada.isCurrentCustomer());
		assertEquals(1, ada.getRoles().size());
	}

	@Test
	void aCustomerEnteredByHandIsLinkedByNameNotDuplicated() throws Exception {
		Customer byHand = Models.customer(model, "Ada Berg");
		Models.customer(model, "Ken Ito").setExternalId("C-2");
		ImportResult result = importRows("external id,name,segment\nC-1,ada  berg,Climbers\nC-3,Ken Ito,\n");
		assertEquals(List.of("update customer C-1 \"ada  berg\": name: Ada Berg \u2192 ada  berg; external id: (none)"
				+ " \u2192 C-1; segment: (none) \u2192 Climbers", "add customer C-3 \"Ken Ito\""),
				result.changes().stream().map(Change::toString).toList(), "Ken Ito of C-2 is another record");
		assertEquals("C-1", byHand.getExternalId());
		assertEquals(3, model.getCustomers().size());
	}

	@Test
	void rowsWithoutAnExternalIdAreMatchedByName() throws Exception {
		importRows("name,segment\nAda Berg,Climbers\nAda Berg,Hikers\n");
		assertEquals(2, model.getCustomers().size(), "two rows, two people of one name");
		ImportResult again = importRows("name,segment\nAda Berg,Climbers\nAda Berg,Hikers\n");
		assertEquals(0, again.added());
		assertEquals(2, again.unchanged());
	}

	@Test
	void aMappingFileNamesTheColumnsOfAnotherSystem() throws Exception {
		Path mappingFile = Files.writeString(folder.resolve("crm.mapping"), "# our CRM\n\nexternal id = Account Number\n"
				+ "name=Full Name\nsegment =\n", StandardCharsets.UTF_8);
		ImportResult result = importFile("Account Number,Full Name,Segment,Email\nA-7,Ada Berg,Climbers,ada@example.org\n",
				ColumnMapping.read(mappingFile), false);
		assertEquals(List.of("Segment", "Email"), result.unreadColumns(), "segment = (nothing) leaves it unread");
		assertEquals("A-7", customer("Ada Berg").getExternalId());
		assertNull(customer("Ada Berg").getSegment());
	}

	@Test
	void aFileTheImportCannotReadAtAllIsOneErrorAndChangesNothing() throws Exception {
		Path mappingFile = Files.writeString(folder.resolve("bad.mapping"), "name = Full Name\nacount = Account\n");
		assertEquals(mappingFile + ":2: 'acount' is not a column this import reads; it reads external id, name, segment,"
				+ " kind, group size, lead user, current customer, roles",
				assertThrows(InterchangeException.class, () -> importFile("Full Name\nAda\n", ColumnMapping.read(mappingFile),
						false)).getMessage());
		Path missing = Files.writeString(folder.resolve("missing.mapping"), "external id = Account Number\n");
		assertEquals(missing + ":1: the mapping reads the external id from a column 'Account Number', but customers.csv has"
				+ " none; its columns are Name, Segment",
				assertThrows(InterchangeException.class, () -> importFile("Name,Segment\nAda,Climbers\n",
						ColumnMapping.read(missing), false)).getMessage());
		assertEquals(folder.resolve("customers.csv") + ": no 'name' column; its columns are Full Name, Segment. Name the one"
				+ " that holds the name in a mapping file (--mapping)",
				assertThrows(InterchangeException.class, () -> importRows("Full Name,Segment\nAda,Climbers\n")).getMessage());
		assertEquals(folder.resolve("customers.csv") + ": 2 columns are called 'name' (columns 1, 3); say which one holds"
				+ " the name in a mapping file (--mapping)",
				assertThrows(InterchangeException.class, () -> importRows("Name,Segment,NAME\nAda,Climbers,Ada\n")).getMessage());
		Path noEquals = Files.writeString(folder.resolve("typo.mapping"), "name: Full Name\n");
		assertEquals(noEquals + ":1: expected 'our column = their column', got 'name: Full Name'",
				assertThrows(InterchangeException.class, () -> ColumnMapping.read(noEquals)).getMessage());
		assertTrue(model.getCustomers().isEmpty());
	}
}
