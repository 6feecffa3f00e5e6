package org.outsidein.reports.text;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.outsidein.reports.ReportFiles;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.html.ReportView;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/** The report in Markdown, from the same view as the HTML page: the same sentences and numbers, no charts. */
public class MarkdownReportGenerator implements ReportGenerator {

	private static final Configuration TEMPLATES = configuration();

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) throws Exception {
		Map<String, Object> view = ReportView.of(input, false);
		StringWriter out = new StringWriter(32 * 1024);
		TEMPLATES.getTemplate("report.md.ftl").process(view, out);
		Path file = folder.resolve(input.baseName() + "-report.md");
		ReportFiles.writeText(file, out.toString());
		return List.of(file);
	}

	private static Configuration configuration() {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_32);
		configuration.setClassLoaderForTemplateLoading(MarkdownReportGenerator.class.getClassLoader(), "templates");
		configuration.setDefaultEncoding("UTF-8");
		configuration.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		return configuration;
	}
}
