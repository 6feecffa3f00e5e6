package org.outsidein.core.resource;

import java.nio.file.Path;

import org.outsidein.model.OutsideInModel;

/**
 * Run in a separate JVM by {@link KilledSaveTest}: saves the model again and again, each time under a new
 * name ("version 1", "version 2", ...), until the process is killed.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		OutsideInModel model = ModelFiles.load(file);
		System.out.println("ready");
		System.out.flush();
		for (int version = 1;; version++) {
			model.setName("version " + version);
			ModelFiles.save(model.eResource(), file);
		}
	}
}
