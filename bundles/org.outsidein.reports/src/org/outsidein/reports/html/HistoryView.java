package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Share;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.charts.LineChart;
import org.outsidein.reports.charts.Svg;
import org.outsidein.reports.maturity.History;

/**
 * The series of assessments, shown from three on (two are the trend's): the score and level of each, and the two
 * rules of thumb as they stood on each assessment's day, as a table and as charts.
 */
final class HistoryView {

	/** From how many dated assessments on the report shows their series. */
	static final int FROM = 3;

	private HistoryView() {
	}

	static Map<String, Object> of(ReportInput input) {
		List<History.Point> points = History.of(input.model(), input.statistics().engagement(), input.statistics().roles());
		View view = View.of().put("present", points.size() >= FROM);
		if (points.size() < FROM) {
			return view.map();
		}
		List<String> labels = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		List<Double> customers = new ArrayList<>();
		List<Double> employees = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (History.Point point : points) {
			Share customerShare = point.engagement().activeCustomers();
			Share employeeShare = point.engagement().engagedEmployees();
			labels.add(point.date().toString());
			scores.add(point.maturity().overall().value());
			customers.add(customerShare.isKnown() ? customerShare.ratio() * 100 : null);
			employees.add(employeeShare.isKnown() ? employeeShare.ratio() * 100 : null);
			rows.add(View.of().put("name", ElementLabels.name(point.assessment())).put("date", point.date().toString())
					.put("level", point.maturity().level() == null ? "–"
							: point.maturity().level().getNumber() + " " + ElementLabels.name(point.maturity().level()))
					.put("overall", point.maturity().overall().rounded()).put("customers", customerShare.ratioText())
					.put("employees", employeeShare.ratioText()).map());
		}
		Share customerRule = input.statistics().engagement().activeCustomers();
		Share employeeRule = input.statistics().engagement().engagedEmployees();
		double shareMax = Math.max(40, 10 * Math.ceil(max(customers, employees) * 1.2 / 10));
		return view.put("rows", rows)
				.put("scoreChart", LineChart.render("Overall score over time", labels,
						List.of(new LineChart.Series("Overall score", scores, Svg.ACCENT)), List.of(), 100, ""))
				.put("sharesChart", LineChart.render("The rules of thumb over time", labels,
						List.of(new LineChart.Series("Customers active", customers, Svg.ACCENT),
								new LineChart.Series("Employees engaging", employees, "#5f3dc4")),
						List.of(new LineChart.Target(customerRule.thresholdText() + " of customers", customerRule.threshold() * 100,
								Svg.ACCENT), new LineChart.Target(employeeRule.thresholdText() + " of employees",
										employeeRule.threshold() * 100, "#5f3dc4")),
						shareMax, "%"))
				.map();
	}

	private static double max(List<Double> first, List<Double> second) {
		double max = 0;
		for (List<Double> values : List.of(first, second)) {
			for (Double value : values) {
				if (value != null) {
					max = Math.max(max, value);
				}
			}
		}
		return max;
	}
}
