package org.outsidein.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
	void aReportReplacesALinkPlantedInItsPlaceAndNeverWritesThroughIt() throws Exception {
		Path victim = Files.writeString(folder.resolve("victim.txt"), "precious");
		Path out = Files.createDirectories(folder.resolve("reports"));
		ReportService service = ReportService.fromExtensions();
		List<GeneratorDescriptor> all = service.forFormats(List.of("html", "md", "csv"));
		// first run: learn the names the generators write
		List<Path> written = service.generate(ExampleReports.input(ExampleReports.load()), all, out, new NullProgressMonitor())
				.stream().flatMap(outcome -> outcome.files().stream()).toList();
		assertTrue(written.size() >= 3, written.toString());
		for (Path file : written) {
			Files.delete(file);
			Files.createSymbolicLink(file, victim);
		}
		service.generate(ExampleReports.input(ExampleReports.load()), all, out, new NullProgressMonitor());
		assertEquals("precious", Files.readString(victim), "the file a link pointed at is untouched");
		for (Path file : written) {
			assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), file + " is a file of its own now");
			assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
		}
	}

	@Test
	void builtInGeneratorsAreContributed() {
		List<String> formats = ReportService.fromExtensions().generators().stream().map(GeneratorDescriptor::format).toList();
		assertTrue(formats.containsAll(List.of("html", "md", "csv")), formats.toString());
	}
}
