package org.outsidein.interchange.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hidden folder inside the output folder where a format writes all its files before any of them is shown. It
 * sits in the output folder itself so that publishing is a rename on one file system, never a copy that a crash
 * could cut in half. Whatever is left in it when it is closed (after a failure) is deleted.
 */
final class StagingFolder implements AutoCloseable {

	private final Path folder;
	private final Path staging;

	StagingFolder(Path folder, String baseName) throws IOException {
		this.folder = folder;
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new IOException(folder + ": not a folder; --out names the folder to write into");
		}
		Files.createDirectories(folder);
		this.staging = Files.createTempDirectory(folder, "." + baseName + ".export-");
	}

	Path path() {
		return staging;
	}

	/**
	 * Syncs every file written and renames each into the output folder, replacing an earlier export's file of the
	 * same name; returns the files in the output folder, in name order.
	 */
	List<Path> publish() throws IOException {
		List<Path> written = list();
		for (Path file : written) {
			sync(file);
		}
		List<Path> published = new ArrayList<>();
		for (Path file : written) {
			Path target = folder.resolve(file.getFileName().toString());
			move(file, target);
			published.add(target);
		}
		sync(folder);
		return published;
	}

	private List<Path> list() throws IOException {
		try (Stream<Path> files = Files.list(staging)) {
			return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
					.sorted().toList();
		}
	}

	private static void sync(Path path) {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: not every platform lets a folder be opened for syncing
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Override
	public void close() throws IOException {
		if (!Files.exists(staging)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(staging)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
