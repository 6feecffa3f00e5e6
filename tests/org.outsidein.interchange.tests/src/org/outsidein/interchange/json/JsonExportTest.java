package org.outsidein.interchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.metrics.Assessments;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.interchange.export.Exporter;
import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;
import org.outsidein.model.util.Days;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.History;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.reports.maturity.MaturityModel;
import org.outsidein.tests.support.Examples;
import org.outsidein.tests.support.Models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code --format json} read back with Jackson's databind, its figures compared with what the core computes. */
class JsonExportTest {

	static final String HOSTILE = "O'Brien, \"Ice\" & Co.\nsecond line \u00e9\u00df\u4e2d\u6587 \ud83c\udfd4";

	@TempDir
	Path folder;

	static JsonNode export(OutsideInModel model, Path folder) throws Exception {
		List<Path> files = Exporter.export(new JsonExport(), model, folder, "model");
		assertEquals(List.of(folder.resolve("model.json")), files);
		return new ObjectMapper().readTree(files.get(0).toFile());
	}

	@Test
	void theExampleFiguresAreTheOnesTheCoreComputes() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		JsonNode json = export(model, folder);
		assertEquals("outsidein-export", json.get("format").asText());
		assertEquals(1, json.get("version").asInt());
		assertEquals(model.getName(), json.at("/model/name").asText());

		EngagementMetrics engagement = EngagementMetrics.of(model);
		JsonNode customers = json.at("/figures/engagement/customers_in_roles");
		assertEquals(engagement.activeCustomers().count(), customers.get("count").asInt());
		assertEquals(engagement.activeCustomers().total(), customers.get("total").asInt());
		assertEquals(engagement.activeCustomers().ratio(), customers.get("share").asDouble());
		assertEquals(0.10, customers.get("rule").asDouble(), "the 10 % rule");
		assertEquals(engagement.activeCustomers().isMet(), customers.get("met").asBoolean());
		JsonNode employees = json.at("/figures/engagement/employees_engaging");
		assertEquals(engagement.engagedEmployees().count(), employees.get("count").asInt());
		assertEquals(0.30, employees.get("rule").asDouble(), "the 30 % rule");
		assertEquals(engagement.engagedEmployees().isMet(), employees.get("met").asBoolean());
		assertEquals(engagement.engagedDepartments().count(), json.at("/figures/engagement/departments_engaging/count").asInt());

		Maturity maturity = MaturityModel.assess(model, Assessments.latest(model));
		JsonNode figures = json.at("/figures/maturity");
		assertTrue(figures.get("assessed").asBoolean());
		assertEquals(maturity.assessment().getId(), figures.get("assessment_id").asText());
		assertEquals(maturity.overall().value(), figures.at("/overall/value").asDouble());
		assertEquals(maturity.level().getNumber(), figures.at("/level/number").asInt());
		assertEquals(maturity.level().getName(), figures.at("/level/name").asText());
		assertEquals(maturity.engagement().value(), figures.at("/engagement/value").asDouble());
		assertEquals(maturity.overall().terms().size(), figures.at("/overall/terms").size());
		assertAreas(maturity.steps(), figures.get("steps"));
		assertAreas(maturity.roles(), figures.get("roles"));

		List<RoleSummary> roles = RoleSummary.of(model);
		assertEquals(roles.size(), json.at("/figures/roles").size());
		for (int i = 0; i < roles.size(); i++) {
			assertEquals(roles.get(i).people(), json.at("/figures/roles/" + i + "/customers").asInt());
			assertEquals(roles.get(i).count(), json.at("/figures/roles/" + i + "/entries").asInt());
		}
		List<History.Point> history = History.of(model, engagement, roles);
		assertEquals(history.size(), json.at("/figures/history").size());
		assertEquals(history.get(0).maturity().overall().value(), json.at("/figures/history/0/overall").asDouble());
	}

	private static void assertAreas(List<AreaScore> areas, JsonNode json) {
		assertEquals(areas.size(), json.size());
		for (int i = 0; i < areas.size(); i++) {
			AreaScore area = areas.get(i);
			JsonNode node = json.get(i);
			assertEquals(area.area().getName(), node.get("name").asText());
			assertEquals(area.practice().value(), node.at("/practice/value").asDouble());
			assertEquals(area.combined().value(), node.at("/combined/value").asDouble());
			assertEquals(area.answers().get(AssessmentCategory.WE_CAN), node.at("/answers/we_can").asInt());
			assertEquals(area.answers().get(AssessmentCategory.WE_WILL), node.at("/answers/we_will").asInt());
		}
	}

	@Test
	void theTablesHoldEveryRowOfTheModel() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		JsonNode tables = export(model, folder).get("tables");
		assertEquals(model.getCustomers().size(), tables.get("customers").size());
		assertEquals(model.getCustomers().stream().mapToInt(c -> c.getRoles().size()).sum(),
				tables.get("role_assignments").size());
		assertEquals(model.getOutcomes().size(), tables.get("outcomes").size());
		assertEquals(model.getAssessments().stream().mapToInt(a -> a.getAnswers().size()).sum(), tables.get("answers").size());
		assertEquals(model.getOrganisation().getEmployees().size(), tables.get("employees").size());

		Customer first = model.getCustomers().get(0);
		JsonNode row = tables.get("customers").get(0);
		assertEquals(first.getId(), row.get("id").asText());
		assertEquals(first.getName(), row.get("name").asText());
		assertEquals(first.isLeadUser(), row.get("lead_user").asBoolean());
		assertTrue(row.get("group_size").isInt());
		Answer answer = model.getAssessments().get(0).getAnswers().get(0);
		JsonNode answerRow = tables.get("answers").get(0);
		assertEquals(answer.getActivity().getId(), answerRow.get("activity_id").asText());
		assertEquals(answer.getCategory().getLiteral(), answerRow.get("category").asText());
		assertEquals(Days.text(model.getAssessments().get(0).getDate()), answerRow.get("assessment_date").asText());
	}

	@Test
	void namesWithQuotesCommasLineBreaksAndUnicodeSurvive() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		Models.customer(model, HOSTILE).setExternalId("\u00e9-1,\"2\"");
		Response response = Models.MAKE.createResponse();
		response.setRespondent(HOSTILE);
		response.setDepartmentName("R&D, \"north\"");
		response.setAnswered(Days.date(LocalDate.of(2026, 11, 2)));
		ResponseAnswer said = Models.MAKE.createResponseAnswer();
		said.setActivity(model.getAssessments().get(0).getAnswers().get(0).getActivity());
		said.setCategory(AssessmentCategory.WE_WILL);
		said.setBudget(new BigDecimal("12000.50"));
		said.setPlan(HOSTILE);
		response.getAnswers().add(said);
		model.getAssessments().get(0).getResponses().add(response);

		JsonNode tables = export(model, folder).get("tables");
		JsonNode customers = tables.get("customers");
		JsonNode last = customers.get(customers.size() - 1);
		assertEquals(HOSTILE, last.get("name").asText());
		assertEquals("\u00e9-1,\"2\"", last.get("external_id").asText());
		JsonNode responses = tables.get("responses");
		assertEquals(1, responses.size());
		assertEquals(HOSTILE, responses.get(0).get("respondent").asText());
		assertEquals(HOSTILE, responses.get(0).get("plan").asText());
		assertEquals("R&D, \"north\"", responses.get(0).get("department").asText());
		assertEquals("2026-11-02", responses.get(0).get("answered").asText());
		assertEquals(new BigDecimal("12000.5"), responses.get(0).get("budget").decimalValue());
		assertEquals("We Will", responses.get(0).get("category").asText());
	}

	@Test
	void aModelFreshFromOutsideinNewIsNotGraded() throws Exception {
		JsonNode json = export(Models.empty(), folder);
		JsonNode maturity = json.at("/figures/maturity");
		assertFalse(maturity.get("assessed").asBoolean());
		assertTrue(maturity.get("level").isNull());
		assertTrue(maturity.get("overall").isNull());
		assertTrue(json.at("/figures/engagement/customers_in_roles/share").isNull(), "no customer base size: unknown");
		assertTrue(json.at("/figures/engagement/customers_in_roles/met").isNull());
		List<String> tables = new ArrayList<>();
		json.get("tables").fieldNames().forEachRemaining(tables::add);
		assertEquals(List.of("customers", "employees", "role_assignments", "outcomes", "answers", "responses"), tables);
		json.get("tables").forEach(table -> assertEquals(0, table.size()));
		assertEquals(5, json.at("/figures/roles").size(), "the five roles of the methodology, none played");
		assertEquals(0, json.at("/figures/history").size());
	}
}
