package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.server.customers.CustomerDiagram;
import org.outsidein.diagram.server.customers.CustomersByRoleSource;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.ModelShape;

/**
 * Every shape of model a user can have (fresh, partial, odd, broken) draws, with a node per customer and a
 * container per role of its methodologies, and takes a new customer that is saved.
 */
class EveryShapeTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void drawsAndEdits(ModelShape shape) throws Exception {
		Path file = shape.create(folder);
		OutsideInModel model = ModelFiles.load(file);
		DiagramSession session = CustomerDiagram.open(file);
		DiagramGraph graph = session.graph();
		assertEquals(model.getCustomers().size(), graph.nodes().stream().mapToInt(n -> n.children().size()).sum());
		assertTrue(graph.nodes().size() >= MethodologyLibrary.rolesOf(model).size() + 1, shape.description());

		String container = graph.nodes().get(0).id();
		session.commandStack().execute(session.source().apply(
				new DiagramOperation.Create(CustomersByRoleSource.CUSTOMER_TOOL, container)));
		session.save();
		assertEquals(model.getCustomers().size() + 1, ModelFiles.load(file).getCustomers().size(), shape.description());
	}
}
