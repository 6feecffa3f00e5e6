package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outsidein.tests.support.Examples;

/**
 * Bad and hostile files are refused with {@code file:line:column: what was expected}, and loading never
 * writes to them or next to them.
 */
class HostileFilesTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String MODEL_NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:outsidein=\"http://www.outsidein.org/model/1.0\"";

	@TempDir
	Path folder;

	@Test
	void refusesExternalEntities() throws Exception {
		String xxe = HEADER + "<!DOCTYPE m [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<outsidein:OutsideInModel xmi:version=\"2.0\" " + MODEL_NS + " name=\"&secret;\"/>\n";
		ModelLoadException refused = refuse("xxe.outsidein", xxe);
		assertTrue(refused.getProblem().startsWith("a DOCTYPE declaration is not allowed"), refused.getMessage());
		assertEquals(2, refused.getLine());
	}

	@Test
	void refusesEntityExpansion() throws Exception {
		StringBuilder lol = new StringBuilder(HEADER).append("<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
			lol.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
		}
		lol.append("]>\n<outsidein:OutsideInModel ").append(MODEL_NS).append(" name=\"&lol9;\"/>\n");
		ModelLoadException refused = refuse("laughs.outsidein", lol.toString());
		assertTrue(refused.getProblem().contains("DOCTYPE"), refused.getMessage());
	}

	@Test
	void refusesATruncatedModel() throws Exception {
		byte[] example = Files.readAllBytes(Examples.cairnwood());
		String half = new String(Arrays.copyOf(example, example.length / 2), StandardCharsets.UTF_8);
		ModelLoadException refused = refuse("truncated.outsidein", half);
		assertTrue(refused.getProblem().startsWith("the file ends in the middle of the model"), refused.getMessage());
		assertTrue(refused.getLine() > 100, "reported at the end of what is there: " + refused.getMessage());
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		ModelLoadException refused = refuse("empty.outsidein", "");
		assertTrue(refused.getMessage().endsWith("empty.outsidein: the file is empty; expected an Outside-In model"
				+ " (XMI, namespace http://www.outsidein.org/model/1.0)"), refused.getMessage());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"wrong namespace|<m:OutsideInModel xmlns:m='http://example.com/crm/2'/>|2|unknown namespace 'http://example.com/crm/2'; expected an Outside-In model",
			"not XML|customers: 150|2|this is not XML; expected an Outside-In model",
			"only a header|``|2|the file has no XML content",
			"unknown enum value|<outsidein:OutsideInModel " + MODEL_NS + "><customers kind='Robot'/></outsidein:OutsideInModel>|2|'Robot' is not a valid kind; expected one of Individual, Organisation, Group",
			"bad date|<outsidein:OutsideInModel " + MODEL_NS + "><assessments date='31/03/2026'/></outsidein:OutsideInModel>|2|'31/03/2026' is not a valid date; expected a date as YYYY-MM-DD",
			"unknown feature|`<outsidein:OutsideInModel " + MODEL_NS + ">\n  <customer name='x'/>\n</outsidein:OutsideInModel>`|3|'customer' is not something a model has (misspelt, or written by a newer version of Outside-In?)",
			"not a number|<outsidein:OutsideInModel " + MODEL_NS + "><organisation headcount='ten'/></outsidein:OutsideInModel>|2|'ten' is not a valid headcount; expected a whole number",
			"unknown encoding|<outsidein:OutsideInModel " + MODEL_NS + "/>|1|the file declares the character encoding 'KLINGON-9', which is not known; expected UTF-8",
			"not closed|`<outsidein:OutsideInModel " + MODEL_NS + ">\n  <customers name='x'>\n</outsidein:OutsideInModel>`|4|the element <customers> is not closed here; expected its closing tag </customers>",
			"a department that is a customer|`<outsidein:OutsideInModel " + MODEL_NS + ">\n  <organisation id='o'>\n    <employees id='e' name='Eli' department='c'/>\n  </organisation>\n  <customers id='c' name='Ada'/>\n</outsidein:OutsideInModel>`|4|the department of Employee 'Eli' refers to Customer 'Ada', which is not a department; expected the id of a department",
			"employees that are customers|`<outsidein:OutsideInModel " + MODEL_NS + ">\n  <customers id='c' name='Ada'>\n    <roles id='r' interactingEmployees='c'/>\n  </customers>\n</outsidein:OutsideInModel>`|4|the interacting employees of Role assignment",
			"an amount of a billion decimals|<outsidein:OutsideInModel " + MODEL_NS + "><assessments id='a'><answers id='x' budget='1e-999999999'/></assessments></outsidein:OutsideInModel>|2|'1e-999999999' is not a valid budget; expected an amount such as 12000",
			"an amount beyond the int exponent|<outsidein:OutsideInModel " + MODEL_NS + "><assessments id='a'><answers id='x' budget='1E+2147483647'/></assessments></outsidein:OutsideInModel>|2|'1E+2147483647' is not a valid budget; expected an amount",
			"an infinite importance|<outsidein:OutsideInModel " + MODEL_NS + "><outcomes id='o' importance='1e999'/></outsidein:OutsideInModel>|2|'1e999' is not a valid importance; expected a number such as 7.5",
			"not a number at all|<outsidein:OutsideInModel " + MODEL_NS + "><outcomes id='o' satisfaction='NaN'/></outsidein:OutsideInModel>|2|'NaN' is not a valid satisfaction; expected a number such as 7.5",
			"damaged declaration|`<outsidein:OutsideInModel " + MODEL_NS + "/>`|1|the XML declaration at the top of the file is damaged",
			"a methodology, not a model|<outsidein:Methodology " + MODEL_NS + "/>|0|expected an Outside-In model as the root element, found a Methodology",
	})
	void refusesWhatIsNotAModel(String name, String body, int line, String expected) throws Exception {
		String header = name.equals("unknown encoding") ? HEADER.replace("UTF-8", "KLINGON-9")
				: name.equals("damaged declaration") ? HEADER.replace("UTF-8\"?>", "UTF-8J?>") : HEADER;
		ModelLoadException refused = refuse(name.replace(' ', '-') + ".outsidein", header + body.replace('\'', '"'));
		assertTrue(refused.getProblem().startsWith(expected), refused.getMessage());
		assertEquals(line, refused.getLine(), refused.getMessage());
		String where = refused.getFile() + (line > 0 ? ":" + line + ":" + refused.getColumn() : "") + ": ";
		assertTrue(refused.getMessage().startsWith(where), refused.getMessage());
	}

	@Test
	void loadsAModelWhoseOnlyFaultIsADanglingReference() throws Exception {
		Path file = folder.resolve("dangling.outsidein");
		Files.writeString(file, HEADER + "<outsidein:OutsideInModel " + MODEL_NS + " id=\"m\">\n"
				+ "  <customers id=\"c1\" name=\"Ada\" segment=\"deleted-segment\"/>\n</outsidein:OutsideInModel>\n");
		FileSnapshot before = FileSnapshot.of(file);
		var model = ModelFiles.load(file);
		before.assertUnchanged();
		assertEquals("Ada", model.getCustomers().get(0).getName());
		var errors = model.eResource().getErrors();
		assertEquals(1, errors.size());
		assertTrue(errors.get(0).getMessage().startsWith("Unresolved reference 'deleted-segment'"), errors.get(0).getMessage());
		assertEquals(3, errors.get(0).getLine(), "the line of the customer holding the reference");
	}

	@Test
	void aProblemQuotingAHugeValueStaysOneShortLine() throws Exception {
		String huge = "Robot\n".repeat(2_000_000);
		ModelLoadException refused = refuse("huge-kind.outsidein", HEADER + "<outsidein:OutsideInModel " + MODEL_NS
				+ "><customers kind=\"" + huge + "\"/></outsidein:OutsideInModel>");
		assertTrue(refused.getMessage().length() < 1_000, "a short message: " + refused.getMessage().length());
		assertTrue(refused.getMessage().lines().count() == 1, refused.getMessage());
		assertTrue(refused.getProblem().startsWith("'Robot Robot"), refused.getProblem());
	}

	@Test
	void reportsAMissingFileAndAFolder() {
		ModelLoadException missing = assertThrows(ModelLoadException.class,
				() -> ModelFiles.load(folder.resolve("nowhere.outsidein")));
		assertEquals("no such file", missing.getProblem());
		ModelLoadException directory = assertThrows(ModelLoadException.class, () -> ModelFiles.load(folder));
		assertEquals("is a folder; expected a model file", directory.getProblem());
	}

	private ModelLoadException refuse(String fileName, String content) throws Exception {
		Path file = folder.resolve(fileName);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		FileSnapshot before = FileSnapshot.of(file);
		ModelLoadException refused = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		before.assertUnchanged();
		assertEquals(file, refused.getFile());
		return refused;
	}
}
