package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

	@TempDir
	Path folder;

	@Test
	void aFailingGeneratorIsReportedAndTheOthersStillWrite() throws Exception {
		GeneratorDescriptor broken = new GeneratorDescriptor("test.broken", "Broken", "txt", "", "test.bundle",
				() -> (input, out, monitor) -> {
					throw new IllegalStateException("no ink");
				});
		GeneratorDescriptor working = new GeneratorDescriptor("test.working", "Working", "txt", "", "test.bundle",
				() -> (input, out, monitor) -> List.of(Files.writeString(out.resolve("ok.txt"), "ok")));
		ReportService service = new ReportService(List.of(broken, working));
		List<GeneratorOutcome> outcomes = service.generate(ExampleReports.input(ExampleReports.load()),
				service.forFormats(List.of("TXT")), folder.resolve("new"), new NullProgressMonitor());
		assertEquals("generator 'test.broken' from test.bundle failed: java.lang.IllegalStateException: no ink",
				outcomes.get(0).failure());
		assertTrue(outcomes.get(1).succeeded());
		assertEquals("ok", Files.readString(folder.resolve("new/ok.txt")));
	}

	@Test
	void builtInGeneratorsAreContributed() {
		List<String> formats = ReportService.fromExtensions().generators().stream().map(GeneratorDescriptor::format).toList();
		assertTrue(formats.containsAll(List.of("html", "md", "csv")), formats.toString());
	}
}
