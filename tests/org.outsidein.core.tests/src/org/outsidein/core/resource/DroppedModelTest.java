package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.outsidein.tests.support.Examples;

/**
 * A model that is no longer used leaves memory: nothing the loader keeps between loads (its pooled parsers)
 * holds on to the last model, as a workbench opening and closing models would otherwise leak one whole model.
 */
class DroppedModelTest {

	@Test
	void aDroppedModelCanBeCollected() throws Exception {
		WeakReference<Resource> dropped = loadAndDrop(Examples.cairnwood());
		for (int attempt = 0; attempt < 20 && dropped.get() != null; attempt++) {
			System.gc();
			Thread.sleep(50);
		}
		assertNull(dropped.get(), "the last loaded model is still reachable after it was dropped");
	}

	private static WeakReference<Resource> loadAndDrop(Path file) throws ModelLoadException {
		Resource resource = ModelFiles.load(file).eResource();
		WeakReference<Resource> reference = new WeakReference<>(resource);
		resource.getResourceSet().getResources().clear();
		return reference;
	}
}
