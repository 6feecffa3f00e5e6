package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.Consensus;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Department;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;
import org.outsidein.model.util.Days;
import org.outsidein.tests.support.Examples;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;

/**
 * The example with a questionnaire answered by three people: the report says where they disagree, who said what,
 * and how far each department agrees, step by step, in HTML, Markdown and CSV.
 */
class ConsensusReportTest {

	private static final OutsideInFactory MAKE = OutsideInFactory.eINSTANCE;
	private static final AssessmentCategory CAN = AssessmentCategory.WE_CAN;
	private static final AssessmentCategory WILL = AssessmentCategory.WE_WILL;
	private static final AssessmentCategory SHOULD = AssessmentCategory.WE_SHOULD;
	private static final AssessmentCategory UNSURE = AssessmentCategory.NOT_ASSESSED;

	@TempDir
	Path folder;

	private Response response(Assessment assessment, String name, Department department, String typed,
			List<Activity> activities, AssessmentCategory... answers) {
		Response response = MAKE.createResponse();
		response.setRespondent(name);
		response.setDepartment(department);
		response.setDepartmentName(typed);
		for (int i = 0; i < answers.length; i++) {
			ResponseAnswer answer = MAKE.createResponseAnswer();
			answer.setActivity(activities.get(i));
			answer.setCategory(answers[i]);
			response.getAnswers().add(answer);
		}
		assessment.getResponses().add(response);
		return response;
	}

	@Test
	void showsWhereTheRespondentsDisagreeInEveryFormat() throws Exception {
		OutsideInModel model = ModelFiles.load(Examples.cairnwood());
		ActivityContainer firstStep = MethodologyLibrary.stepsOf(model).get(0);
		List<Activity> activities = firstStep.getActivities().subList(0, 3);
		List<Department> departments = model.getOrganisation().getDepartments();
		Assessment survey = MAKE.createAssessment();
		survey.setName("Leadership survey");
		survey.setDate(Days.date(LocalDate.of(2027, 1, 10)));
		response(survey, "Elif Jung", departments.get(0), null, activities, CAN, WILL, CAN);
		response(survey, "Lukas Castell", departments.get(1), null, activities, CAN, SHOULD, WILL);
		response(survey, "<b>Ines</b>", null, "The Board & Co", activities, SHOULD, SHOULD, UNSURE);
		for (Consensus consensus : Consensus.of(survey)) {
			Answer answer = MAKE.createAnswer();
			answer.setActivity(consensus.activity());
			answer.setCategory(consensus.consensus());
			survey.getAnswers().add(answer);
		}
		model.getAssessments().add(survey);
		Path file = folder.resolve("survey.outsidein");
		ModelFiles.save(model.eResource(), file);

		ReportInput input = ReportInput.prepare(model, file, LocalDate.of(2027, 2, 1), null, ValidationService.fromExtensions(),
				RuleProfile.DEFAULTS);
		assertEquals(survey, input.maturity().assessment(), "the survey is the latest assessment");
		ReportService service = ReportService.fromExtensions();
		service.generate(input, service.forFormats(List.of("html", "md", "csv")), folder, new NullProgressMonitor());

		String tie = ElementLabels.name(activities.get(2));
		String html = Files.readString(folder.resolve("survey-report.html"));
		assertTrue(html.contains("<h2>Consensus and disagreement</h2>"), "the section is there");
		assertTrue(html.contains("3 respondents from 3 departments answered the self-assessment; they disagree most on \u201c"
				+ tie + "\u201d (50.0 % off the consensus, We Will)."), "the executive summary says where");
		int first = html.indexOf("<td>" + tie + "</td>", html.indexOf("Where they disagree most"));
		int second = html.indexOf("<td>" + ElementLabels.name(activities.get(0)) + "</td>", html.indexOf("Where they disagree most"));
		assertTrue(first > 0 && second > first, "the tie (50 %) comes before the activities one in three disputes (33 %)");
		assertTrue(html.contains("The Board &amp; Co (&lt;b&gt;Ines&lt;/b&gt;)"), "who said what, escaped");
		assertFalse(html.contains("<b>Ines</b>"));
		String heatRow = html.substring(html.indexOf("<td>" + ElementLabels.name(firstStep) + "</td>", html.indexOf("class=\"heat\"")));
		heatRow = heatRow.substring(0, heatRow.indexOf("</tr>"));
		// everyone 5 of 8 definite answers agree; Elif 1 of 3, Lukas 3 of 3, Ines 1 of 2
		assertEquals(List.of("62.5 %", "33.3 %", "100.0 %", "50.0 %"), cells(heatRow));

		String markdown = Files.readString(folder.resolve("survey-report.md"));
		assertTrue(markdown.contains("## Consensus and disagreement"), markdown);
		assertTrue(markdown.contains("| " + ElementLabels.name(firstStep) + " | 62.5 % | 33.3 % | 100.0 % | 50.0 % |"), markdown);

		List<String> csv = Files.readAllLines(folder.resolve("survey-consensus.csv"));
		assertEquals(4, csv.size(), "a header and three activities: " + csv);
		assertTrue(csv.get(3).endsWith(",We Will,0.5,2,1,1,0,1"), csv.get(3));
	}

	private static List<String> cells(String row) {
		return java.util.regex.Pattern.compile("<td class=\"n\"[^>]*>([^<]*)</td>").matcher(row).results()
				.map(match -> match.group(1)).toList();
	}
}
