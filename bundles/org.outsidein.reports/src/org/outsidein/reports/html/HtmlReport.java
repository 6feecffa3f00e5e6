package org.outsidein.reports.html;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import org.outsidein.reports.ReportInput;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders the report page with FreeMarker. The template ({@code templates/report.ftlh}) is in HTML output
 * format, so every value from the model is escaped unless the template says otherwise (only the charts,
 * which {@link org.outsidein.reports.charts.Svg} escapes itself). The page is well-formed XHTML, so the PDF
 * renderer reads the very same page.
 */
public final class HtmlReport {

	private static final Configuration TEMPLATES = configuration();

	private HtmlReport() {
	}

	public static String render(ReportInput input, boolean forPdf) throws IOException {
		return render("report.ftlh", ReportView.of(input, forPdf));
	}

	/** Any of the bundle's HTML templates over its view, escaped the same way. */
	public static String render(String templateName, Map<String, Object> view) throws IOException {
		StringWriter out = new StringWriter(64 * 1024);
		try {
			Template template = TEMPLATES.getTemplate(templateName);
			template.process(view, out);
		} catch (TemplateException e) {
			throw new IOException("the template " + templateName + " failed: " + e.getMessage(), e);
		}
		return out.toString();
	}

	private static Configuration configuration() {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_32);
		configuration.setClassLoaderForTemplateLoading(HtmlReport.class.getClassLoader(), "templates");
		configuration.setDefaultEncoding("UTF-8");
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		return configuration;
	}
}
