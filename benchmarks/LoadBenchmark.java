import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;

/**
 * One measurement per JVM, for benchmarks/run: loading or saving a model as Outside-In's XMI files and, as the
 * reference, as EMF's BinaryResourceImpl holding the same content. Prints one line: what, seconds, heap in MB
 * after a full collection with the model still held. Runs on the product's own jars (EMF and the model and core
 * bundles) as plain Java; benchmarks/run sets the class path.
 *
 *   java -cp JARS benchmarks/LoadBenchmark.java convert MODEL.outsidein MODEL.bin
 *   java -cp JARS benchmarks/LoadBenchmark.java load-xmi|load-binary FILE
 *   java -cp JARS benchmarks/LoadBenchmark.java save-xmi|save-binary FILE OUT
 */
public final class LoadBenchmark {

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String what = args[0];
		Path file = Path.of(args[1]);
		switch (what) {
		case "convert" -> convert(file, Path.of(args[2]));
		case "load-xmi" -> {
			long started = System.nanoTime();
			OutsideInModel model = ModelFiles.load(file);
			report(what, started, model);
			requireFastLoad(model.eResource());
		}
		case "load-binary" -> {
			long started = System.nanoTime();
			Resource resource = loadBinary(file);
			report(what, started, resource);
		}
		case "save-xmi" -> {
			OutsideInModel model = ModelFiles.load(file);
			long started = System.nanoTime();
			ModelFiles.save(model.eResource(), Path.of(args[2]));
			report(what, started, model);
		}
		case "save-binary" -> {
			Resource resource = loadBinary(file);
			long started = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
				resource.save(out, null);
			}
			report(what, started, resource);
		}
		default -> throw new IllegalArgumentException("unknown measurement " + what);
		}
	}

	/** The same content in a binary resource: the XMI model copied whole, ids and library references kept. */
	private static void convert(Path xmi, Path binary) throws IOException {
		OutsideInModel model = ModelFiles.load(xmi);
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		Resource target = new BinaryResourceImpl(URI.createFileURI(binary.toAbsolutePath().toString()));
		resourceSet.getResources().add(target);
		EObject copy = EcoreUtil.copy(model);
		target.getContents().add(copy);
		try (OutputStream out = Files.newOutputStream(binary)) {
			target.save(out, null);
		}
	}

	private static Resource loadBinary(Path file) throws IOException {
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		Resource resource = new BinaryResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resourceSet.getResources().add(resource);
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, null);
		}
		return resource;
	}

	/**
	 * Fails the measurement when the file was not read by the fast loader, the one ModelFiles.load gives users: a
	 * refusal means EMF's parser read the file a second time, and the figure would measure the fallback instead.
	 * (Asked by reflection: the outcome is package-private, for tests, and the benchmark is no part of the product.)
	 */
	private static void requireFastLoad(Resource resource) throws ReflectiveOperationException {
		Method outcome = resource.getClass().getDeclaredMethod("fastLoadOutcome");
		outcome.setAccessible(true);
		Object fastLoad = outcome.invoke(resource);
		if (fastLoad == null || !fastLoad.toString().contains("loaded=true")) {
			throw new IllegalStateException("the fast loader did not read the file: " + fastLoad);
		}
	}

	/** Seconds since started, and the heap in use once garbage is gone, with the model still reachable. */
	private static void report(String what, long started, Object keep) {
		double seconds = (System.nanoTime() - started) / 1e9;
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		double heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
		System.out.println(String.format(Locale.ROOT, "%s %.3f %.1f", what, seconds, heap));
		if (keep.hashCode() == 42) {
			System.out.println("(keeps the model reachable until here)");
		}
	}
}
