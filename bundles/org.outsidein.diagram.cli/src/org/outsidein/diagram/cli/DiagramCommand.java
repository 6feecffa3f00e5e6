package org.outsidein.diagram.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.UsageException;
import org.outsidein.core.extensions.ExtensionReader.Contributions;
import org.outsidein.core.resource.AtomicFileWriter;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.DiagramDescriptions;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.interpreter.DiagramInterpreter;
import org.outsidein.diagram.layout.DiagramLayout;
import org.outsidein.diagram.svg.SvgWriter;
import org.outsidein.model.OutsideInModel;

/**
 * {@code outsidein diagram MODEL [--description ID] [--out FILE.svg]}: one diagram of a model, interpreted from its
 * description, laid out by ELK and written as a standalone SVG file (atomically); prints the file's path.
 */
public class DiagramCommand implements Command {

	static final String DEFAULT_DESCRIPTION = "outsidein.ecosystem";

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of("description", "out"), Set.of("list", "timings"));
		Contributions<CompiledDescription> descriptions = DiagramDescriptions.read();
		descriptions.problems().forEach(problem -> context.err().println("warning: " + problem));
		if (arguments.flag("list")) {
			arguments.expectPositional(0, "nothing");
			for (CompiledDescription description : descriptions.items()) {
				context.out().println(description.id() + "  " + description.label() + "  (" + description.source() + ")");
			}
			return ExitCodes.OK;
		}
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		CompiledDescription description = choose(descriptions.items(), arguments.value("description").orElse(
				DEFAULT_DESCRIPTION));
		Path out = context.path(arguments.value("out").orElse(ModelFiles.baseName(file) + "-" + shortName(description)
				+ ".svg"));

		long start = System.nanoTime();
		OutsideInModel model = ModelFiles.load(file);
		long loaded = System.nanoTime();
		DiagramGraph graph = DiagramInterpreter.interpret(description, model);
		long interpreted = System.nanoTime();
		DiagramLayout.layout(graph);
		long laidOut = System.nanoTime();
		byte[] svg = SvgWriter.write(graph, description.label() + " of " + model.getName()).getBytes(StandardCharsets.UTF_8);
		AtomicFileWriter.replace(out, stream -> stream.write(svg));
		long written = System.nanoTime();
		if (arguments.flag("timings")) {
			context.err().printf("load %d ms, interpretation %d ms (%d nodes, %d edges), layout %d ms, SVG %d ms%n",
					millis(start, loaded), millis(loaded, interpreted), graph.allNodes().size(), graph.edges().size(),
					millis(interpreted, laidOut), millis(laidOut, written));
		}
		context.out().println(out.toAbsolutePath().normalize());
		return ExitCodes.OK;
	}

	private static CompiledDescription choose(List<CompiledDescription> descriptions, String id) throws UsageException {
		return descriptions.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new UsageException(
				"no diagram description '" + id + "'; there are " + descriptions.stream().map(CompiledDescription::id)
						.toList()));
	}

	/** {@code outsidein.ecosystem} gives {@code ecosystem}: the part after the owner's prefix. */
	private static String shortName(CompiledDescription description) {
		String id = description.id();
		return id.substring(id.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]", "_");
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}
}
