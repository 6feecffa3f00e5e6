package org.outsidein.core.resource;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.UnaryOperator;

/**
 * Replaces a file so that, whenever the process dies, the file on disk is either the old one or the new
 * one, whole. The new content goes to a temporary file in the same folder, is flushed and synced, and is
 * renamed over the old one; a model file also keeps the old version as {@code <name>.bak}. The rename
 * replaces a symbolic link at the target rather than writing through it, so a planted link never makes a
 * write land in another file.
 */
public final class AtomicFileWriter {

	/** Writes the whole content to the stream it is given. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	static final String BACKUP_SUFFIX = ".bak";

	private AtomicFileWriter() {
	}

	/** Replaces the file whole, without keeping a backup: for files that can be made again, such as reports. */
	public static void replace(Path target, Content content) throws IOException {
		write(target, content, UnaryOperator.identity(), false);
	}

	static void write(Path target, Content content) throws IOException {
		write(target, content, UnaryOperator.identity());
	}

	/** {@code decorate} wraps the stream to the temporary file; tests use it to fail half-way. */
	static void write(Path target, Content content, UnaryOperator<OutputStream> decorate) throws IOException {
		write(target, content, decorate, true);
	}

	private static void write(Path target, Content content, UnaryOperator<OutputStream> decorate, boolean keepBackup)
			throws IOException {
		Path file = target.toAbsolutePath();
		Path folder = file.getParent();
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + ": no such folder");
		}
		Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
		try {
			writeSynced(temporary, content, decorate);
			copyPermissions(file, temporary);
			if (keepBackup && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				keepBackup(file);
			}
			move(temporary, file);
			syncFolder(folder);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void writeSynced(Path path, Content content, UnaryOperator<OutputStream> decorate)
			throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
			OutputStream out = new BufferedOutputStream(decorate.apply(Channels.newOutputStream(channel)), 1 << 16);
			content.writeTo(out);
			out.flush();
			channel.force(true);
		}
	}

	/** The backup is itself written atomically, so a crash never leaves a half-copied backup behind. */
	private static void keepBackup(Path file) throws IOException {
		Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
		Path temporary = Files.createTempFile(file.getParent(), "." + backup.getFileName() + ".", ".tmp");
		try {
			Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			move(temporary, backup);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Some file systems (network shares) cannot rename atomically; a plain replace is the best left.
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * A new file keeps the old file's permissions; a first save, or one replacing a link, gets the usual
	 * rw-r--r-- (a temporary file is created rw-------).
	 */
	private static void copyPermissions(Path original, Path replacement) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		if (Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)) {
			view.setPermissions(Files.getPosixFilePermissions(original, LinkOption.NOFOLLOW_LINKS));
		} else {
			view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	/** Makes the rename itself durable. Not every platform lets a folder be opened; then there is no need. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: the data itself is already synced
		}
	}
}
