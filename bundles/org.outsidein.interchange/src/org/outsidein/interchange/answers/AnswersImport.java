package org.outsidein.interchange.answers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.Consensus;
import org.outsidein.core.questionnaire.AnswersFormat;
import org.outsidein.interchange.InterchangeException;
import org.outsidein.model.Activity;
import org.outsidein.model.ActivityContainer;
import org.outsidein.model.Answer;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.NextStep;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Response;
import org.outsidein.model.ResponseAnswer;
import org.outsidein.model.util.Days;

/**
 * Reads many answers files into one new, dated assessment of a model: each respondent's answers kept as a
 * {@link Response}, and the assessment's own answers their {@link Consensus}. Every file is checked first; when any
 * is bad (another model's, an activity the model's methodology lacks, a value the page never writes), each problem
 * is reported by file and line and the model is left as it was.
 */
public final class AnswersImport {

	private static final OutsideInFactory MAKE = OutsideInFactory.eINSTANCE;
	/** Digits before and after the point a budget may have. */
	private static final int WHOLE_DIGITS = 15;
	private static final int DECIMALS = 6;

	/** What an import did: the assessment it added, or the problems that kept it from adding one. */
	public record Result(Assessment assessment, List<String> problems) {
	}

	private final OutsideInModel model;
	private final Map<String, Activity> activities = new HashMap<>();
	private final List<String> problems = new ArrayList<>();

	private AnswersImport(OutsideInModel model) {
		this.model = model;
		for (ActivityContainer area : areas(model)) {
			for (Activity activity : area.getActivities()) {
				activities.put(EcoreUtil.getURI(activity).toString(), activity);
			}
		}
	}

	/**
	 * @param name the new assessment's name
	 * @param date its date
	 */
	public static Result run(OutsideInModel model, List<Path> files, String name, LocalDate date) {
		return new AnswersImport(model).run(files, name, date);
	}

	private Result run(List<Path> files, String name, LocalDate date) {
		List<AnswersFile> read = new ArrayList<>();
		for (Path file : files) {
			try {
				AnswersFile answers = AnswersFileReader.read(file);
				check(answers);
				read.add(answers);
			} catch (InterchangeException e) {
				problems.add(e.getMessage());
			}
		}
		if (!problems.isEmpty() || read.isEmpty()) {
			if (read.isEmpty() && problems.isEmpty()) {
				problems.add("no answers file given");
			}
			return new Result(null, List.copyOf(problems));
		}
		Assessment assessment = MAKE.createAssessment();
		assessment.setName(name);
		assessment.setDate(Days.date(date));
		assessment.setAssessor(read.size() + (read.size() == 1 ? " respondent" : " respondents") + " of the questionnaire");
		for (AnswersFile answers : read) {
			assessment.getResponses().add(response(answers));
		}
		for (Consensus consensus : Consensus.of(assessment)) {
			if (consensus.consensus() != AssessmentCategory.NOT_ASSESSED) {
				assessment.getAnswers().add(answer(consensus));
			}
		}
		model.getAssessments().add(assessment);
		return new Result(assessment, List.of());
	}

	/** Everything a file says is checked before anything is made of it. */
	private void check(AnswersFile answers) throws InterchangeException {
		Path file = answers.file();
		if (model.getId() != null && !model.getId().equals(answers.model())) {
			throw AnswersFileReader.problem(file, 1, "answers the questionnaire of another model ('" + answers.model()
					+ "'); expected this model's ('" + model.getId() + "')");
		}
		if (answers.respondent().isEmpty()) {
			throw AnswersFileReader.problem(file, 1, "names no respondent; expected the respondent's name");
		}
		for (AnswersFile.Given given : answers.answers()) {
			if (!activities.containsKey(given.activity())) {
				throw AnswersFileReader.problem(file, given.line(), "'" + given.activity()
						+ "' is not an activity of the model's methodology; expected one the questionnaire lists");
			}
			if (AnswersFormat.category(given.answer()).isEmpty()) {
				throw AnswersFileReader.problem(file, given.line(), "'" + given.answer() + "' is not an answer; expected one of "
						+ String.join(", ", AnswersFormat.CHOICES));
			}
			budget(file, given);
			day(file, given, given.deliveryDate(), "delivery date");
			day(file, given, given.deadline(), "deadline");
		}
		day(file, new AnswersFile.Given(1, "", "", "", "", "", "", "", ""), answers.answered(), "day answered");
	}

	private Response response(AnswersFile answers) {
		Response response = MAKE.createResponse();
		response.setRespondent(answers.respondent());
		Optional<Department> department = department(answers.department());
		department.ifPresent(response::setDepartment);
		if (department.isEmpty() && !answers.department().isEmpty()) {
			response.setDepartmentName(answers.department());
		}
		response.setAnswered(answers.answered().isEmpty() ? null : Days.date(LocalDate.parse(answers.answered())));
		response.setSource(answers.file().getFileName().toString());
		for (AnswersFile.Given given : answers.answers()) {
			ResponseAnswer answer = MAKE.createResponseAnswer();
			answer.setActivity(activities.get(given.activity()));
			answer.setCategory(AnswersFormat.category(given.answer()).orElseThrow());
			answer.setPlan(blankToNull(given.plan()));
			answer.setBudget(given.budget().isEmpty() ? null : new BigDecimal(given.budget()));
			answer.setDeliveryDate(given.deliveryDate().isEmpty() ? null : Days.date(LocalDate.parse(given.deliveryDate())));
			answer.setNextStep(blankToNull(given.nextStep()));
			answer.setOwner(blankToNull(given.owner()));
			answer.setDeadline(given.deadline().isEmpty() ? null : Days.date(LocalDate.parse(given.deadline())));
			response.getAnswers().add(answer);
		}
		return response;
	}

	/**
	 * The assessment's answer: the consensus, with the plan, budget and delivery date, and the next step, that the
	 * first respondent agreeing with it gave (in the order of the files).
	 */
	private Answer answer(Consensus consensus) {
		Answer answer = MAKE.createAnswer();
		answer.setActivity(consensus.activity());
		answer.setCategory(consensus.consensus());
		List<ResponseAnswer> agreeing = consensus.agreeing();
		agreeing.stream().map(ResponseAnswer::getPlan).filter(p -> p != null).findFirst().ifPresent(answer::setPlan);
		agreeing.stream().map(ResponseAnswer::getBudget).filter(b -> b != null).findFirst().ifPresent(answer::setBudget);
		agreeing.stream().map(ResponseAnswer::getDeliveryDate).filter(d -> d != null).findFirst()
				.ifPresent(answer::setDeliveryDate);
		agreeing.stream().filter(a -> a.getNextStep() != null || a.getDeadline() != null).findFirst()
				.ifPresent(proposed -> answer.setNextStep(nextStep(proposed)));
		return answer;
	}

	private NextStep nextStep(ResponseAnswer proposed) {
		NextStep step = MAKE.createNextStep();
		Optional<Employee> owner = employee(proposed.getOwner());
		owner.ifPresent(step::setResponsible);
		String action = proposed.getNextStep() == null ? "" : proposed.getNextStep();
		if (owner.isEmpty() && proposed.getOwner() != null) {
			// an owner the model does not list as an employee is kept in the words of the step
			action = (action + " (owner: " + proposed.getOwner() + ")").strip();
		}
		step.setAction(action.isEmpty() ? null : action);
		step.setDeadline(proposed.getDeadline());
		return step;
	}

	private Optional<Department> department(String name) {
		if (model.getOrganisation() == null || name.isEmpty()) {
			return Optional.empty();
		}
		return model.getOrganisation().getDepartments().stream()
				.filter(department -> name.equalsIgnoreCase(department.getName())).findFirst();
	}

	private Optional<Employee> employee(String name) {
		if (model.getOrganisation() == null || name == null) {
			return Optional.empty();
		}
		return model.getOrganisation().getEmployees().stream()
				.filter(employee -> name.equalsIgnoreCase(employee.getName())).findFirst();
	}

	private static void budget(Path file, AnswersFile.Given given) throws InterchangeException {
		if (given.budget().isEmpty()) {
			return;
		}
		try {
			BigDecimal budget = new BigDecimal(given.budget());
			if (budget.signum() < 0 || (long) budget.precision() - budget.scale() > WHOLE_DIGITS || budget.scale() > DECIMALS) {
				throw new NumberFormatException();
			}
		} catch (NumberFormatException e) {
			throw AnswersFileReader.problem(file, given.line(), "'" + given.budget()
					+ "' is not a budget; expected an amount such as 12000 or 12000.50");
		}
	}

	private static void day(Path file, AnswersFile.Given given, String text, String what) throws InterchangeException {
		if (text.isEmpty()) {
			return;
		}
		try {
			LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw AnswersFileReader.problem(file, given.line(), "'" + text + "' is not a valid " + what
					+ "; expected a date as YYYY-MM-DD");
		}
	}

	private static List<ActivityContainer> areas(OutsideInModel model) {
		List<ActivityContainer> areas = new ArrayList<>(MethodologyLibrary.stepsOf(model));
		areas.addAll(MethodologyLibrary.rolesOf(model));
		return areas;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
