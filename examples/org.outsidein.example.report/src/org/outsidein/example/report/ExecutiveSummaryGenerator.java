package org.outsidein.example.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.Maturity;

/** An example of a contributed generator: a one-page summary in plain text, from the computed maturity. */
public class ExecutiveSummaryGenerator implements ReportGenerator {

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) throws Exception {
		Maturity maturity = input.maturity();
		StringBuilder page = new StringBuilder();
		page.append(input.model().getName()).append(" - executive summary as of ").append(input.asOf()).append("\n\n");
		page.append(String.format(Locale.ROOT, "Maturity: level %d of 5, %s (%d of 100)%n%n", maturity.level().number(),
				maturity.level().label(), maturity.overall().rounded()));
		for (AreaScore step : maturity.steps()) {
			page.append(String.format(Locale.ROOT, "  %3d  %s%n", step.combined().rounded(), step.area().getName()));
		}
		var engagement = input.statistics().engagement();
		page.append(String.format(Locale.ROOT, "%nCustomers active in a role: %d of %d%nEmployees engaging customers: %d of %d%n",
				engagement.activeCustomers().count(), engagement.activeCustomers().total(),
				engagement.engagedEmployees().count(), engagement.engagedEmployees().total()));
		Path file = folder.resolve(input.baseName() + "-summary.txt");
		Files.writeString(file, page, StandardCharsets.UTF_8);
		return List.of(file);
	}
}
