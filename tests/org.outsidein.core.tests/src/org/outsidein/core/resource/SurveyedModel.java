package org.outsidein.core.resource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.Customer;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.Methodology;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;
import org.outsidein.model.Scoring;
import org.outsidein.model.Segment;
import org.outsidein.model.SegmentRating;
import org.outsidein.model.util.Days;

/**
 * A model as the answers and outcome-survey imports leave it, for comparing loaders: every assessment holds what two
 * respondents answered (one from a department of the model, one from a department it does not know), every outcome
 * its number of survey answers and a rating per segment, customers and employees the ids of their CRM and HR records,
 * and a methodology of its own whose scoring sets the fewest survey answers. Written with the fields each new class
 * of the metamodel has, so that a loader that missed one differs from EMF.
 */
final class SurveyedModel {

	private static final OutsideInFactory MAKE = OutsideInFactory.eINSTANCE;

	private SurveyedModel() {
	}

	/** Adds the survey data to the model in the file and saves it again. */
	static Path survey(Path file) throws Exception {
		OutsideInModel model = ModelFiles.load(file);
		Department department = model.getOrganisation().getDepartments().get(0);
		for (Assessment assessment : model.getAssessments()) {
			assessment.getResponses().add(response(assessment, "Ola Berg", department, null));
			assessment.getResponses().add(response(assessment, "Guest", null, "Field Sales"));
		}
		int respondents = 30;
		for (Outcome outcome : model.getOutcomes()) {
			outcome.setRespondents(respondents++);
			for (Segment segment : model.getSegments()) {
				outcome.getSegmentRatings().add(rating(segment, respondents));
			}
		}
		model.getCustomers().forEach(customer -> customer.setExternalId("CRM-" + customer.getName()));
		for (Employee employee : model.getOrganisation().getEmployees()) {
			employee.setExternalId("HR-" + employee.getName());
		}
		model.getMethodologies().add(scoredMethodology(model, methodologyOf(file)));
		ModelFiles.save(model.eResource());
		return file;
	}

	/** The file beside the model holding its own methodology, whose scoring sets the fewest survey answers. */
	static Path methodologyOf(Path model) {
		return model.resolveSibling("surveyed-methodology.outsidein");
	}

	/** A respondent who answered each activity as the consensus did, with every field of an answer given. */
	private static Response response(Assessment assessment, String respondent, Department department,
			String departmentName) {
		Response response = MAKE.createResponse();
		response.setRespondent(respondent);
		response.setDepartment(department);
		response.setDepartmentName(departmentName);
		response.setAnswered(Days.date(LocalDate.of(2026, 2, 27)));
		response.setSource(respondent.toLowerCase(Locale.ROOT).replace(' ', '-') + ".answers.json");
		for (Answer consensus : assessment.getAnswers()) {
			ResponseAnswer answer = MAKE.createResponseAnswer();
			answer.setActivity(consensus.getActivity());
			answer.setCategory(consensus.getCategory());
			answer.setPlan("Pilot & see <soon>");
			answer.setBudget(new BigDecimal("12000.50"));
			answer.setDeliveryDate(Days.date(LocalDate.of(2026, 12, 1)));
			answer.setNextStep("Ask the forum");
			answer.setOwner(respondent);
			answer.setDeadline(Days.date(LocalDate.of(2026, 6, 30)));
			response.getAnswers().add(answer);
		}
		return response;
	}

	private static SegmentRating rating(Segment segment, int respondents) {
		SegmentRating rating = MAKE.createSegmentRating();
		rating.setSegment(segment);
		rating.setImportance(8.5);
		rating.setSatisfaction(3.25);
		rating.setRespondents(respondents);
		return rating;
	}

	/** Methodologies are referenced, not contained: this one is saved to a file of its own first. */
	private static Methodology scoredMethodology(OutsideInModel model, Path file) throws IOException {
		Methodology methodology = MAKE.createMethodology();
		methodology.setName("Surveyed");
		Scoring scoring = MAKE.createScoring();
		scoring.setFewestSurveyAnswers(12);
		methodology.setScoring(scoring);
		Resource resource = model.eResource().getResourceSet()
				.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(methodology);
		ModelFiles.save(resource, file);
		return methodology;
	}

	/** Whether the customers of a loaded model kept their CRM ids (so the test sees the data arrived). */
	static boolean hasExternalIds(OutsideInModel model) {
		return !model.getCustomers().isEmpty()
				&& model.getCustomers().stream().map(Customer::getExternalId).allMatch(id -> id != null && id.startsWith("CRM-"));
	}
}
