package org.outsidein.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.TextTable;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.ModelStatistics;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.core.metrics.Share;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Customer;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.NextStep;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.util.Days;

/** {@code outsidein stats MODEL [--as-of DATE]}: the ecosystem metrics of a model as a readable table. */
public class StatsCommand implements Command {

	private static final int NAMES_SHOWN = 6;
	private static final int OUTCOMES_SHOWN = 3;

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("as-of"), Set.of());
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		OutsideInModel model = ModelFiles.load(file);
		ModelStatistics statistics = ModelStatistics.of(model, arguments.date("as-of", context.today()));
		PrintStream out = context.out();
		out.println(ElementLabels.name(model) + "  (" + context.display(file) + ", as of " + statistics.asOf() + ")");
		printRules(out, statistics);
		printRoles(out, statistics.roles());
		printOutcomes(out, statistics.outcomesByOpportunity());
		printInventions(out, statistics.inventions());
		printOverdue(out, statistics);
		return ExitCodes.OK;
	}

	private static void printRules(PrintStream out, ModelStatistics statistics) {
		out.println();
		out.println("Rules of thumb");
		TextTable table = new TextTable("  ", "lrlrll");
		Share customers = statistics.engagement().activeCustomers();
		Share employees = statistics.engagement().engagedEmployees();
		Share departments = statistics.engagement().engagedDepartments();
		table.row("Customers active in a role", count(customers.count()), whole(customers), percent(customers),
				"rule >= " + customers.thresholdText(), customers.verdict());
		table.row("Employees engaging customers", count(employees.count()), whole(employees), percent(employees),
				"rule >= " + employees.thresholdText(), employees.verdict());
		table.row("Departments engaging customers", count(departments.count()), whole(departments), percent(departments),
				"", "");
		table.print(out);
	}

	private static void printRoles(PrintStream out, List<RoleSummary> roles) {
		out.println();
		out.println("Roles");
		TextTable table = new TextTable("  ", "lrrrrrrl");
		table.row("Role", "Customers", "Entries", "Acquainted", "Engaged", "Collaborating", "Partnering",
				"Outcomes cared about most");
		for (RoleSummary role : roles) {
			Map<RelationshipDepth, Integer> depths = role.depths();
			table.row(ElementLabels.name(role.role()), count(role.people()), count(role.count()),
					depths.get(RelationshipDepth.ACQUAINTED),
					depths.get(RelationshipDepth.ENGAGED), depths.get(RelationshipDepth.COLLABORATING),
					depths.get(RelationshipDepth.PARTNERING), topOutcomes(role));
		}
		table.print(out);
		out.println("  (Customers counts people: a group counts as its size. Entries counts the model's entries.)");
		for (RoleSummary role : roles) {
			out.println("  " + ElementLabels.name(role.role()) + ": " + names(role.customers()));
		}
	}

	private static String topOutcomes(RoleSummary role) {
		return role.outcomes().keySet().stream().limit(OUTCOMES_SHOWN).map(ElementLabels::name)
				.collect(Collectors.joining("; "));
	}

	private static String names(List<Customer> customers) {
		if (customers.isEmpty()) {
			return "nobody";
		}
		String shown = customers.stream().limit(NAMES_SHOWN).map(ElementLabels::name).collect(Collectors.joining(", "));
		int more = customers.size() - NAMES_SHOWN;
		return more > 0 ? shown + " and " + more + " more" : shown;
	}

	private static void printOutcomes(PrintStream out, List<Outcome> outcomes) {
		out.println();
		out.println("Outcomes by opportunity (importance + max(importance - satisfaction, 0))");
		TextTable table = new TextTable("  ", "rrrl");
		table.row("Opportunity", "Importance", "Satisfaction", "Outcome");
		for (Outcome outcome : outcomes) {
			table.row(score(outcome.getOpportunity()), score(outcome.getImportance()), score(outcome.getSatisfaction()),
					ElementLabels.name(outcome));
		}
		table.print(out);
	}

	private static void printInventions(PrintStream out, Map<InventionStatus, List<Invention>> inventions) {
		out.println();
		out.println("Inventions by status");
		TextTable table = new TextTable("  ", "lrl");
		for (Map.Entry<InventionStatus, List<Invention>> entry : inventions.entrySet()) {
			table.row(entry.getKey().getLiteral(), entry.getValue().size(),
					entry.getValue().stream().map(ElementLabels::name).collect(Collectors.joining("; ")));
		}
		table.print(out);
	}

	private static void printOverdue(PrintStream out, ModelStatistics statistics) {
		List<NextStep> overdue = statistics.overdueNextSteps();
		out.println();
		out.println("Next steps of the latest assessment overdue as of " + statistics.asOf() + ": " + overdue.size());
		TextTable table = new TextTable("  ", "lll");
		for (NextStep step : overdue) {
			table.row(Days.text(step.getDeadline()), step.getResponsible() == null ? "(nobody)" : ElementLabels.name(step.getResponsible()),
					step.getAction());
		}
		table.print(out);
	}

	private static String count(int value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	private static String percent(Share share) {
		return share.isKnown() ? share.ratioText() : "";
	}

	private static String whole(Share share) {
		return "of " + (share.isKnown() ? count(share.total()) : "?");
	}

	private static String score(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
	}
}
