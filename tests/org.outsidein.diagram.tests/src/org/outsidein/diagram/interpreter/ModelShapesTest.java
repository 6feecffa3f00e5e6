package org.outsidein.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.descriptions.CompiledDescription;
import org.outsidein.diagram.descriptions.DiagramDescriptions;
import org.outsidein.diagram.graph.DiagramGraph;
import org.outsidein.diagram.layout.DiagramLayout;
import org.outsidein.diagram.svg.SvgWriter;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.ModelShape;

/** Every built-in diagram of every shape of model a user can have (fresh, partial, odd, broken references): drawn, laid out, written. */
class ModelShapesTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void everyDiagramOfEveryShape(ModelShape shape) throws Exception {
		OutsideInModel model = ModelFiles.load(shape.create(folder));
		for (CompiledDescription description : DiagramDescriptions.read().items()) {
			DiagramGraph graph = DiagramInterpreter.interpret(description, model);
			DiagramLayout.layout(graph);
			String svg = SvgWriter.write(graph, description.label());
			assertTrue(svg.endsWith("</svg>\n"), shape + " " + description.id());
		}
	}
}
