package org.outsidein.reports.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.outsidein.core.csv.Csv;
import org.outsidein.core.metrics.Share;
import org.outsidein.reports.ReportFiles;
import org.outsidein.reports.charts.LineChart;
import org.outsidein.reports.charts.RadarChart;
import org.outsidein.reports.charts.Svg;
import org.outsidein.reports.html.HtmlReport;

/** Writes a portfolio as one HTML page (a comparison table and one small chart per client) and one CSV table. */
public final class PortfolioReport {

	public static final String HTML = "portfolio.html";
	public static final String CSV = "portfolio.csv";

	private PortfolioReport() {
	}

	/** Writes both files into the folder (made if missing) and returns them. */
	public static List<Path> write(Portfolio portfolio, LocalDate asOf, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path html = folder.resolve(HTML);
		ReportFiles.writeText(html, HtmlReport.render("portfolio.ftlh", view(portfolio, asOf)));
		Path csv = folder.resolve(CSV);
		Csv.write(csv, List.of("client", "assessment", "level", "overall", "steps", "roles", "engagement",
				"customers active share", "customer rule met", "employees engaging share", "employee rule met", "roles played",
				"roles in methodology", "top opportunities", "assessments"), rows(portfolio));
		return List.of(html, csv);
	}

	private static Map<String, Object> view(Portfolio portfolio, LocalDate asOf) {
		List<Map<String, Object>> clients = new ArrayList<>();
		for (ClientSummary client : portfolio.clients()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", client.name());
			row.put("assessment", client.assessment());
			row.put("level", client.level());
			row.put("overall", text(client.overall()));
			row.put("steps", text(client.steps()));
			row.put("roles", text(client.roles()));
			row.put("engagement", String.valueOf(client.engagement()));
			row.put("customers", share(client.customers()));
			row.put("customersMet", client.customers().isMet());
			row.put("employees", share(client.employees()));
			row.put("employeesMet", client.employees().isMet());
			row.put("rolesPlayed", client.rolesPlayed() + " of " + client.rolesInMethodology());
			row.put("opportunities", client.opportunities());
			row.put("stepsChart", client.overall() == null ? ""
					: RadarChart.render(client.name() + ": the steps", client.stepNames(), client.stepScores(), null));
			row.put("historyChart", client.scores().size() < 2 ? ""
					: LineChart.render(client.name() + ": overall score over time", client.dates(),
							List.of(new LineChart.Series("Overall score", client.scores(), Svg.ACCENT)), List.of(), 100, ""));
			clients.add(row);
		}
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("clients", clients);
		view.put("count", portfolio.clients().size());
		view.put("anonymised", portfolio.anonymised());
		view.put("asOf", asOf.toString());
		return view;
	}

	private static List<List<String>> rows(Portfolio portfolio) {
		List<List<String>> rows = new ArrayList<>();
		for (ClientSummary client : portfolio.clients()) {
			rows.add(List.of(client.name(), client.assessment(), client.level(), text(client.overall()), text(client.steps()),
					text(client.roles()), String.valueOf(client.engagement()), ratio(client.customers()),
					yesNo(client.customers()), ratio(client.employees()), yesNo(client.employees()),
					String.valueOf(client.rolesPlayed()), String.valueOf(client.rolesInMethodology()),
					String.join("; ", client.opportunities()), String.valueOf(client.scores().size())));
		}
		return rows;
	}

	private static String text(Integer value) {
		return value == null ? "" : value.toString();
	}

	private static String share(Share share) {
		return share.isKnown() ? share.ratioText() : "unknown";
	}

	private static String ratio(Share share) {
		return share.isKnown() ? String.format(Locale.ROOT, "%.4f", share.ratio()) : "";
	}

	private static String yesNo(Share share) {
		return share.isKnown() ? share.isMet() ? "yes" : "no" : "";
	}
}
