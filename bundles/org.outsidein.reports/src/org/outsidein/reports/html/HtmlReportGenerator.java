package org.outsidein.reports.html;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.outsidein.reports.ReportFiles;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;

/** The main report: one self-contained HTML file (inline CSS and SVG, nothing fetched), for screens and print. */
public class HtmlReportGenerator implements ReportGenerator {

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, "HTML report", 2);
		String page = HtmlReport.render(input, false);
		progress.worked(1);
		Path file = folder.resolve(input.baseName() + "-report.html");
		ReportFiles.writeText(file, page);
		progress.worked(1);
		return List.of(file);
	}
}
