package org.outsidein.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.UnexecutableCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.diagram.server.descriptions.DiagramSessions;
import org.outsidein.diagram.server.source.DiagramElementTypes;
import org.outsidein.diagram.server.source.DiagramNode;
import org.outsidein.diagram.server.source.DiagramOperation;
import org.outsidein.diagram.server.source.DiagramSource;
import org.outsidein.diagram.server.source.DiagramStyle;
import org.outsidein.tests.support.LargeModels;

/**
 * A generated model of 3,000 customers: a role's customers beyond the description's limit are one aggregate node,
 * typed apart, read-only (no rename, no delete), while the customers drawn stay editable.
 */
class LargeModelTest {

	@TempDir
	Path folder;

	@Test
	void groupsBeyondTheLimitAreOneReadOnlyNode() throws Exception {
		Path file = LargeModels.generate(folder.resolve("large.outsidein"), 3000);
		DiagramSession session = DiagramSessions.open(file);
		DiagramSource ecosystem = session.source("outsidein.ecosystem").orElseThrow();
		List<DiagramNode> nodes = session.graph("outsidein.ecosystem").allNodes();
		List<DiagramNode> aggregates = nodes.stream()
				.filter(n -> n.type().equals(DiagramElementTypes.aggregate("role-member"))).toList();
		assertFalse(aggregates.isEmpty(), "3,000 customers in five roles: more than 200 in some");
		for (DiagramNode aggregate : aggregates) {
			assertTrue(aggregate.label().matches("\\+ \\d+ more"), aggregate.label());
			assertFalse(aggregate.editable());
			assertEquals("true", aggregate.style().get(DiagramStyle.AGGREGATE));
			assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Rename(aggregate.id(), "x")));
			assertSame(UnexecutableCommand.INSTANCE, ecosystem.apply(new DiagramOperation.Delete(List.of(aggregate.id()))));
		}
		assertTrue(nodes.size() < 2000, "drawn, not 3,000 customers: " + nodes.size());
		DiagramNode drawnCustomer = nodes.stream().filter(n -> n.type().equals("node:role-member")).findFirst()
				.orElseThrow();
		assertTrue(ecosystem.apply(new DiagramOperation.Rename(drawnCustomer.id(), "Renamed")).canExecute());
	}
}
