package org.outsidein.reports.pdf;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.outsidein.reports.ReportFiles;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;
import org.outsidein.reports.html.HtmlReport;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * The PDF report: the same page as the HTML report, in its print layout, laid out by openhtmltopdf. The
 * inline SVG charts are drawn by Batik as vectors, so they stay sharp when printed.
 */
public class PdfReportGenerator implements ReportGenerator {

	/** A font with wide Unicode coverage, used when the system has it; the PDF's base fonts otherwise. */
	private static final String[][] FONTS = {
			{ "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "400" },
			{ "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "700" } };

	/** Kept here: java.util.logging holds loggers weakly, and a collected logger forgets its level. */
	private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

	static {
		// Both libraries narrate every font cache and CSS rule they skip; a command line wants none of it.
		PDFBOX_LOG.setLevel(Level.SEVERE);
		XRLog.setLoggingEnabled(false);
	}

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, "PDF report", 3);
		String page = HtmlReport.render(input, true);
		progress.worked(1);
		Path file = folder.resolve(input.baseName() + "-report.pdf");
		// A half-written PDF never replaces a good one.
		ReportFiles.write(file, out -> {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(page, folder.toUri().toString());
			builder.useSVGDrawer(new BatikSVGDrawer());
			for (String[] font : FONTS) {
				File fontFile = new File(font[0]);
				if (fontFile.isFile()) {
					builder.useFont(fontFile, "Report Sans", Integer.valueOf(font[1]),
							com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
				}
			}
			builder.toStream(out);
			progress.worked(1);
			builder.run();
		});
		progress.worked(1);
		return List.of(file);
	}
}
