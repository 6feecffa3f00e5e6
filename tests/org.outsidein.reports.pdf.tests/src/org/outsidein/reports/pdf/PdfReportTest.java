package org.outsidein.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.reports.ReportInput;
import org.outsidein.validation.RuleProfile;
import org.outsidein.validation.ValidationService;
import org.outsidein.tests.support.Examples;

/** The PDF report of the example, read back with PDFBox: it parses, says what the HTML says, has its charts. */
class PdfReportTest {

	@TempDir
	static Path folder;

	private static ReportInput input;
	private static Path pdf;

	@BeforeAll
	static void generate() throws Exception {
		Path example = Examples.cairnwood();
		input = ReportInput.prepare(ModelFiles.load(example), example, java.time.LocalDate.of(2026, 11, 25), null,
				ValidationService.fromExtensions(), RuleProfile.DEFAULTS);
		List<Path> files = new PdfReportGenerator().generate(input, folder, new NullProgressMonitor());
		pdf = files.get(0);
		assertEquals("cairnwood-outdoor-report.pdf", pdf.getFileName().toString());
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
				java.nio.file.Files.getPosixFilePermissions(pdf)), "ordinary permissions, as every report");
	}

	@Test
	void parsesAndOpensWithTheSummary() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertTrue(document.getNumberOfPages() >= 8, "pages: " + document.getNumberOfPages());
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String first = stripper.getText(document);
			assertTrue(first.contains("Executive summary"), first);
			assertTrue(first.contains("Overall maturity is level " + input.maturity().level().getNumber() + ", "
					+ input.maturity().level().getName() + " (" + input.maturity().overall().rounded() + " of 100)"), first);
			assertTrue(first.contains("The 10 % rule is met: 11.2 % (2,243 of 20,000)"), first);
		}
	}

	@Test
	void everySectionIsInTheText() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			for (String heading : List.of("Maturity by step and by role", "Rules of thumb", "Customer roles",
					"Who engages customers", "Outcome opportunity landscape", "Lead users' inventions",
					"Communities and toolkits", "Recognition and open access", "Scenarios and segments", "Self-assessment",
					"Action plan", "Trend", "Model checks")) {
				assertTrue(text.contains(heading), heading);
			}
		}
	}

	@Test
	void theChartsAreDrawnAsVectorForms() throws Exception {
		int forms = 0;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDFormXObject) {
						forms++;
					}
				}
			}
		}
		assertEquals(6, forms, "two radars, two gauges, the landscape and the pipeline");
	}
}
