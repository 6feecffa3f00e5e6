package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.tests.support.Examples;
import org.outsidein.model.OutsideInModel;

/** A save that dies half-way (disk full, crash) leaves the previous file whole and nothing else behind. */
class InterruptedSaveTest {

	@TempDir
	Path folder;

	@Test
	void aFailureHalfWayLeavesTheOriginalIntact() throws Exception {
		Path file = folder.resolve("cairnwood.outsidein");
		Files.copy(Examples.cairnwood(), file);
		byte[] original = Files.readAllBytes(file);
		OutsideInModel model = ModelFiles.load(file);
		model.setName("Half-saved");

		IOException failure = assertThrows(IOException.class,
				() -> ModelFiles.save(model.eResource(), file, out -> new FailingAfter(out, original.length / 2)));

		assertEquals("simulated failure after " + original.length / 2 + " bytes", rootMessage(failure));
		assertArrayEquals(original, Files.readAllBytes(file));
		assertEquals(List.of("cairnwood.outsidein"), names(folder), "no temporary file or backup left behind");

		ModelFiles.save(model.eResource(), file);
		assertEquals("Half-saved", ModelFiles.load(file).getName(), "the next save goes through");
		assertArrayEquals(original, Files.readAllBytes(ModelFiles.backupOf(file)));
	}

	@Test
	void aFailedFirstSaveCreatesNothing() throws Exception {
		Path file = folder.resolve("new.outsidein");
		var resource = NewModels.create(ModelFiles.newResourceSet(), file, "New");
		assertThrows(IOException.class, () -> ModelFiles.save(resource, file, out -> new FailingAfter(out, 10)));
		assertEquals(List.of(), names(folder));
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	/** Lets {@code limit} bytes through, then fails like a full disk. */
	private static final class FailingAfter extends FilterOutputStream {
		private final long limit;
		private long written;

		FailingAfter(OutputStream out, long limit) {
			super(out);
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			if (written >= limit) {
				throw new IOException("simulated failure after " + limit + " bytes");
			}
			written++;
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}
	}
}
