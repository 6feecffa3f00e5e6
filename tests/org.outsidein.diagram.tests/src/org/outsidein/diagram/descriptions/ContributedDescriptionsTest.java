package org.outsidein.diagram.descriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.outsidein.core.extensions.ExtensionReader.Contributions;
import org.outsidein.tests.support.TemporaryContributions;

/**
 * Every description contributed to {@code org.outsidein.diagram.descriptions} in the running product is read and
 * type-checked against the metamodel it maps; a bad contribution is reported and skipped.
 */
class ContributedDescriptionsTest {

	@Test
	void everyContributedDescriptionTypeChecksAgainstItsMetamodel() {
		Contributions<CompiledDescription> descriptions = DiagramDescriptions.read();
		assertEquals(List.of(), descriptions.problems());
		List<String> ids = descriptions.items().stream().map(CompiledDescription::id).toList();
		assertTrue(ids.containsAll(List.of("outsidein.ecosystem", "outsidein.outcomes", "outsidein.engagement")),
				() -> ids.toString());
		for (CompiledDescription description : descriptions.items()) {
			assertEquals("OutsideInModel", description.rootClass().getName(), description.id());
			assertTrue(!description.nodeMappings().isEmpty() && !description.tools().isEmpty(), description.id());
		}
	}

	@Test
	void aMissingFileOrAnIdThatDisagreesIsReportedAndTheOthersStillLoad() {
		try (TemporaryContributions contributions = new TemporaryContributions().add(
				FrameworkUtil.getBundle(DiagramDescriptions.class),
				"<extension point=\"org.outsidein.diagram.descriptions\" id=\"test.missing\">"
						+ "<description id=\"test.missing\" file=\"descriptions/no-such.diagram\"/></extension>",
				"<extension point=\"org.outsidein.diagram.descriptions\" id=\"test.other\">"
						+ "<description id=\"test.other\" file=\"descriptions/outcome-landscape.diagram\"/></extension>",
				"<extension point=\"org.outsidein.diagram.descriptions\" id=\"test.empty\"><description/></extension>")) {
			Contributions<CompiledDescription> descriptions = DiagramDescriptions.read();
			assertEquals(3, descriptions.problems().size(), () -> descriptions.problems().toString());
			assertTrue(descriptions.problems().get(0).contains("org.outsidein.diagram: diagram description ignored: "
					+ "no-such.diagram: cannot be read"), descriptions.problems().get(0));
			assertTrue(descriptions.problems().get(1).endsWith(
					"'descriptions/outcome-landscape.diagram' describes 'outsidein.outcomes', not 'test.other'"),
					descriptions.problems().get(1));
			assertTrue(descriptions.problems().get(2).endsWith("missing attribute 'id'"), descriptions.problems().get(2));
			assertEquals(3, descriptions.items().stream().filter(d -> d.id().startsWith("outsidein.")).count());
		}
	}
}
