package org.outsidein.interchange.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.outsidein.interchange.InterchangeException;

/**
 * A CSV file's text: UTF-8, with or without the byte order mark Excel writes. Bytes that are not UTF-8 are an
 * error naming their line, not replacement characters: a file saved in another encoding would otherwise import
 * garbled names. The file is decoded whole, which is what lets the error name the line.
 */
final class CsvText {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvText() {
	}

	static String read(Path file) throws IOException {
		if (Files.isDirectory(file)) {
			throw new InterchangeException(file + ": is a folder; expected a CSV file");
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new InterchangeException(file + ": no such file");
		}
		int start = startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length - start);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new InterchangeException(file + ": line " + lineAt(bytes, in.position()) + " is not UTF-8 text; save the"
					+ " file as \"CSV UTF-8\" and import it again");
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static boolean startsWithByteOrderMark(byte[] bytes) {
		return bytes.length >= BYTE_ORDER_MARK.length && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
				&& bytes[2] == BYTE_ORDER_MARK[2];
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * The separator of the file: semicolon (what spreadsheets write where the comma is the decimal mark) or comma,
	 * whichever the header row holds more of outside quotes; comma for a file of one column.
	 */
	static char separator(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r') && commas + semicolons > 0) {
				break;
			} else if (!quoted && c == ',') {
				commas++;
			} else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}
}
