package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.diagram.server.descriptions.DiagramSessions;
import org.outsidein.diagram.server.source.DiagramGraph;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.ModelShape;

/**
 * Every shape of model a user can have (fresh, partial, odd, broken) is served with every diagram that applies to
 * it, each drawn; the ecosystem shows a container per role of its methodologies and takes a new customer, saved.
 */
class EveryShapeTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void drawsEveryDiagramAndEdits(ModelShape shape) throws Exception {
		Path file = shape.create(folder);
		OutsideInModel model = ModelFiles.load(file);
		DiagramSession session = DiagramSessions.open(file);
		assertTrue(session.sources().size() >= 3, shape.description());
		for (DiagramSource source : session.sources()) {
			// Drawing fails loudly (an expression that cannot be evaluated on this model, a layout error): drawn is fine.
			session.graph(source.diagramType());
		}
		DiagramGraph ecosystem = session.graph("outsidein.ecosystem");
		int roles = MethodologyLibrary.rolesOf(model).size();
		assertEquals(roles, ecosystem.allNodes().stream().filter(n -> n.type().equals("node:role")).count(),
				shape.description());
		if (roles == 0) {
			return;
		}
		String role = ecosystem.allNodes().stream().filter(n -> n.type().equals("node:role")).findFirst().orElseThrow()
				.id();
		session.commandStack().execute(session.source("outsidein.ecosystem").orElseThrow()
				.apply(new DiagramOperation.Create("new-customer-in-role", role)));
		session.save();
		assertEquals(model.getCustomers().size() + 1, ModelFiles.load(file).getCustomers().size(), shape.description());
	}
}
