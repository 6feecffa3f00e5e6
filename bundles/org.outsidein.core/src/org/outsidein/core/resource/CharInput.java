package org.outsidein.core.resource;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The characters of a file for {@link ModelXmlScanner}, read in chunks: a window onto the file that moves on as it
 * is read, so that a file of any size costs one buffer, but keeps everything from a mark on, so that a token (a name,
 * a value) can be taken from the buffer in one piece however long it is.
 */
final class CharInput {

	private static final int CHUNK = 1 << 16;

	private final Reader reader;
	private char[] buffer = new char[CHUNK];
	private int position;
	private int limit;
	private int mark = -1;

	CharInput(Reader reader) {
		this.reader = reader;
	}

	/** The next character, or -1 at the end of the file. */
	int next() throws IOException {
		if (position == limit && !fill()) {
			return -1;
		}
		return buffer[position++];
	}

	/** Steps back over the character {@link #next()} just gave (always still in the buffer). */
	void back() {
		position--;
	}

	/** Keeps everything from the current position on until {@link #unmark()}. */
	void mark() {
		mark = position;
	}

	void unmark() {
		mark = -1;
	}

	/** The buffer, valid from {@link #markStart()} to {@link #position()} until the next read. */
	char[] buffer() {
		return buffer;
	}

	int markStart() {
		return mark;
	}

	int position() {
		return position;
	}

	/**
	 * Moves on to the next {@code stop} character (not passing it) or to the end of the file, keeping what is marked.
	 * True when every character passed is plain: none of '&amp;', '<', ']', a character above U+D7FF or below ' ' (but tab
	 * and line feed, when {@code tabsAndLineFeedsPlain}). One tight loop over the buffer: the profile's hot spot when
	 * values and the white space between elements were read a method call per character.
	 */
	boolean skipTo(char stop, boolean tabsAndLineFeedsPlain) throws IOException {
		boolean plain = true;
		do {
			char[] chars = buffer;
			int p = position;
			int end = limit;
			while (p < end && chars[p] != stop) {
				char c = chars[p++];
				plain &= c >= ' ' ? c != '&' && c != ']' && c != '<' && c <= 0xD7FF
						: tabsAndLineFeedsPlain && (c == '\n' || c == '\t');
			}
			position = p;
			if (p < end) {
				return plain;
			}
		} while (fill());
		return plain;
	}

	private boolean fill() throws IOException {
		int keep = mark >= 0 ? mark : position;
		if (keep > 0) {
			System.arraycopy(buffer, keep, buffer, 0, limit - keep);
			limit -= keep;
			position -= keep;
			mark = mark >= 0 ? 0 : -1;
		}
		if (limit == buffer.length) {
			buffer = Arrays.copyOf(buffer, buffer.length * 2);
		}
		int read = reader.read(buffer, limit, buffer.length - limit);
		if (read <= 0) {
			return false;
		}
		limit += read;
		return true;
	}
}
