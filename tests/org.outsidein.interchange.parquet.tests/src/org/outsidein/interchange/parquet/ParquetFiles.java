package org.outsidein.interchange.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What a Parquet file is on disk, checked without any Parquet library: the magic "PAR1" at both ends, with the
 * footer's length before the last one. The values inside are read back by an independent reader, hyparquet, in
 * tests/web/parquet.test.mjs.
 */
final class ParquetFiles {

	private static final String MAGIC = "PAR1";

	private ParquetFiles() {
	}

	static void assertWhole(Path file) throws IOException {
		try (RandomAccessFile parquet = new RandomAccessFile(file.toFile(), "r")) {
			byte[] head = new byte[4];
			parquet.readFully(head);
			assertEquals(MAGIC, new String(head, StandardCharsets.US_ASCII), file + ": head");
			byte[] tail = new byte[8];
			parquet.seek(parquet.length() - 8);
			parquet.readFully(tail);
			assertEquals(MAGIC, new String(tail, 4, 4, StandardCharsets.US_ASCII), file + ": tail");
			int footer = (tail[0] & 0xff) | (tail[1] & 0xff) << 8 | (tail[2] & 0xff) << 16 | (tail[3] & 0xff) << 24;
			assertTrue(footer > 0 && footer <= parquet.length() - 12, file + ": footer of " + footer + " bytes");
		}
	}
}
