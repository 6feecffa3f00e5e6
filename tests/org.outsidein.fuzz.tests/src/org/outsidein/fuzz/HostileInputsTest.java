package org.outsidein.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.tests.support.ModelShape;

/**
 * Files made to hurt: enormous names, deep nesting, a file of hundreds of megabytes. Each gets a result or one
 * clear line, never an internal error; the exit code and the first line each got are kept in
 * target/hostile-inputs.txt for the record.
 */
class HostileInputsTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String OPEN = "<outsidein:OutsideInModel xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:outsidein=\"http://www.outsidein.org/model/1.0\" id=\"m\" name=\"Hostile\">\n";
	private static final String CLOSE = "</outsidein:OutsideInModel>\n";
	private static final List<String> RECORD = new ArrayList<>();

	@TempDir
	Path folder;

	@AfterAll
	static void keepTheRecord() throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "hostile-inputs.txt"), RECORD, StandardCharsets.UTF_8);
	}

	@Test
	void aTenMegabyteNameIsReportedEscapedAndShortInMessages() throws Exception {
		String name = "<b>" + "x".repeat(10 * 1024 * 1024) + "</b>";
		Path file = write("huge-name.outsidein", HEADER + OPEN + "  <customers id=\"c\" name=\"" + name.replace("<", "&lt;")
				.replace(">", "&gt;") + "\"/>\n" + CLOSE);
		CapturedRun report = run("10 MB customer name", "report", file.toString(), "--format", "html,md,csv", "--out",
				"reports");
		assertEquals(0, report.exitCode(), report.err());
		String html = Files.readString(folder.resolve("reports/huge-name-report.html"));
		assertTrue(!html.contains("<b>xxx"), "the name is escaped, not markup");
		CapturedRun stats = run("10 MB customer name", "stats", file.toString());
		assertEquals(0, stats.exitCode(), stats.err());
	}

	@Test
	void deepNestingIsOneClearError() throws Exception {
		int depth = 100_000;
		StringBuilder xml = new StringBuilder(HEADER).append(OPEN).append("  <customers id=\"c\" name=\"Ada\">");
		xml.append("<roles>".repeat(depth)).append("</roles>".repeat(depth)).append("</customers>\n").append(CLOSE);
		Path file = write("deep.outsidein", xml.toString());
		CapturedRun validate = run("100,000 nested elements", "validate", file.toString());
		assertEquals(1, validate.exitCode(), "an unloadable file is an error of its own: " + validate.out());
		assertTrue(validate.out().contains("deep.outsidein:3:"), validate.out());
		CapturedRun stats = run("100,000 nested elements", "stats", file.toString());
		assertEquals(2, stats.exitCode());
		assertEquals(1, stats.err().lines().count(), stats.err());
	}

	@Test
	void aTwoHundredMegabyteFileLoadsOrIsRefusedClearly() throws Exception {
		Path file = folder.resolve("big.outsidein");
		// 200 MB: a customer's description of 190 MB beside ordinary content
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write(OPEN);
			out.write("  <customers id=\"c\" name=\"Ada\" description=\"");
			String block = "lorem ipsum dolor sit amet ".repeat(1000);
			for (long written = 0; written < 190L * 1024 * 1024; written += block.length()) {
				out.write(block);
			}
			out.write("\"/>\n");
			out.write(CLOSE);
		}
		CapturedRun validate = run("200 MB file", "validate", file.toString());
		assertTrue(validate.exitCode() == 0 || validate.exitCode() == 1, validate.err());
		CapturedRun stats = run("200 MB file", "stats", file.toString());
		assertEquals(0, stats.exitCode(), stats.err());
	}

	private CapturedRun run(String input, String... args) {
		long started = System.nanoTime();
		CapturedRun run = CapturedRun.run(folder, ModelShape.AS_OF, args);
		String said = (run.err().isBlank() ? run.out() : run.err()).lines().findFirst().orElse("");
		RECORD.add(String.format("%-24s %-9s exit %d in %5.1f s: %s", input, args[0], run.exitCode(),
				(System.nanoTime() - started) / 1e9, said.length() > 160 ? said.substring(0, 160) + "…" : said));
		assertTrue(run.exitCode() != 3, input + ": internal error: " + run.err());
		return run;
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}
}
