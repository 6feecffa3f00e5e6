package org.outsidein.diagram.descriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.diagram.description.DiagramDescription;

/**
 * A description file with mistakes: every one is reported at once, naming the file, the mapping or tool, and the
 * expression; a file that is not a description says so.
 */
class DescriptionCheckingTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<description:DiagramDescription xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
			+ "xmlns:description=\"http://www.outsidein.org/diagram/description/1.0\" id=\"test.broken\" "
			+ "metamodel=\"http://www.outsidein.org/model/1.0\" domainClass=\"OutsideInModel\">\n<layers name=\"main\">\n";
	private static final String TAIL = "</layers>\n</description:DiagramDescription>\n";

	@TempDir
	Path folder;

	private DiagramDescription write(String body) throws Exception {
		Path file = Files.writeString(folder.resolve("broken.diagram"), HEAD + body + TAIL, StandardCharsets.UTF_8);
		return DescriptionFiles.load(URI.createFileURI(file.toString()));
	}

	@Test
	void everyMistakeIsReportedWithFileMappingAndExpression() throws Exception {
		DiagramDescription description = write("""
				<nodeMappings xsi:type="description:NodeMapping" name="customer" domainClass="Customer"
				    semanticCandidates="self.customerz" precondition="name"/>
				<nodeMappings xsi:type="description:NodeMapping" name="ghost" domainClass="Ghost"/>
				<edgeMappings name="member" sourceMappings="customer" targetMappings="customer" targetFinderExpression="self.roles.depth"/>
				<tools xsi:type="description:CreateNodeTool" name="new" mapping="customer">
				  <operations xsi:type="description:CreateInstance" referenceName="organisation" typeName="Customer"/>
				  <operations xsi:type="description:SetValue" featureName="nickname" valueExpression="'x'"/>
				</tools>
				""");
		DescriptionException error = assertThrows(DescriptionException.class,
				() -> DescriptionCompiler.compile(description, "broken.diagram"));
		List<String> problems = error.problems();
		assertEquals(List.of(
				"broken.diagram: mapping 'customer', candidates 'self.customerz': at 6: OutsideInModel has no feature 'customerz'",
				"broken.diagram: mapping 'customer', precondition 'name': must be a condition (true or false), not EString",
				"broken.diagram: mapping 'ghost', domain class 'Ghost': no such class in http://www.outsidein.org/model/1.0",
				"broken.diagram: mapping 'member', target finder 'self.roles.depth': must yield model elements, not collection of RelationshipDepth",
				"broken.diagram: tool 'new': a Customer cannot be added to 'organisation'",
				"broken.diagram: tool 'new': OutsideInModel has no feature 'nickname'"), problems);
	}

	@Test
	void aFileThatIsNotADescriptionIsRefused() throws Exception {
		Path notXml = Files.writeString(folder.resolve("junk.diagram"), "not xml at all");
		DescriptionException junk = assertThrows(DescriptionException.class,
				() -> DescriptionFiles.load(URI.createFileURI(notXml.toString())));
		assertTrue(junk.getMessage().startsWith("junk.diagram: "), junk.getMessage());
		Path doctype = Files.writeString(folder.resolve("entity.diagram"), "<?xml version=\"1.0\"?>\n"
				+ "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>");
		DescriptionException entity = assertThrows(DescriptionException.class,
				() -> DescriptionFiles.load(URI.createFileURI(doctype.toString())));
		assertTrue(entity.getMessage().contains("DOCTYPE"), entity.getMessage());
	}
}
