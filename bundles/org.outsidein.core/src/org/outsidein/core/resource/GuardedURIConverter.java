package org.outsidein.core.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * What loading a model may read: files in the folders the user's models were opened from (and below them), and
 * the installed plug-ins' own files (the methodology library). Anything else a model file names — a namespace or a
 * reference over HTTP, a file elsewhere on the disk, reached directly or through a symbolic link — is refused
 * before anything is opened, so loading never reaches out to the network or reads what the user did not open.
 */
final class GuardedURIConverter extends ExtensibleURIConverterImpl {

	private final Set<Path> folders = ConcurrentHashMap.newKeySet();

	/** Lets the resource set read the file's folder and what is below it. */
	void allowFolderOf(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		if (folder != null) {
			folders.add(real(folder));
		}
	}

	boolean allows(URI uri) {
		if (uri.isPlatformPlugin()) {
			return true;
		}
		if (!uri.isFile() || uri.isRelative()) {
			return false;
		}
		try {
			Path file = real(Path.of(uri.toFileString()).toAbsolutePath().normalize());
			return folders.stream().anyMatch(file::startsWith);
		} catch (InvalidPathException e) {
			return false;
		}
	}

	private void check(URI uri) throws IOException {
		if (!allows(uri)) {
			throw new IOException("refused to read " + uri + ": a model only reads files next to it (or below) and"
					+ " the installed methodology library, never the network");
		}
	}

	/** The path with symbolic links followed, as far as it exists. */
	private static Path real(Path path) {
		Path existing = path;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return path;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(path));
		} catch (IOException e) {
			return path;
		}
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.createInputStream(uri, options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.createOutputStream(uri, options);
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		return super.contentDescription(uri, options);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		check(uri);
		super.delete(uri, options);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return allows(uri) && super.exists(uri, options);
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return allows(uri) ? super.getAttributes(uri, options) : Map.of();
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		check(uri);
		super.setAttributes(uri, attributes, options);
	}
}
