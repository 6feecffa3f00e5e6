package org.outsidein.example.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.Share;
import org.outsidein.model.MaturityLevel;
import org.outsidein.reports.ReportFiles;
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
		page.append(ElementLabels.name(input.model())).append(" - executive summary as of ").append(input.asOf())
				.append("\n\n");
		MaturityLevel level = maturity.level();
		if (level == null) {
			page.append("Maturity: not assessed yet (the model holds no self-assessment)\n\n");
		} else {
			page.append(String.format(Locale.ROOT, "Maturity: level %d of %d, %s (%d of 100)%n%n", level.getNumber(),
					maturity.scoring().getLevels().size(), ElementLabels.name(level), maturity.overall().rounded()));
			for (AreaScore step : maturity.steps()) {
				page.append(String.format(Locale.ROOT, "  %3d  %s%n", step.combined().rounded(),
						ElementLabels.name(step.area())));
			}
		}
		Share customers = input.statistics().engagement().activeCustomers();
		Share employees = input.statistics().engagement().engagedEmployees();
		page.append(String.format(Locale.ROOT, "%nCustomers active in a role: %d (%s)%nEmployees engaging customers: %d (%s)%n",
				customers.count(), customers.ratioText(), employees.count(), employees.ratioText()));
		Path file = folder.resolve(input.baseName() + "-summary.txt");
		ReportFiles.writeText(file, page.toString());
		return List.of(file);
	}
}
