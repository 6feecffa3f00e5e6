package org.outsidein.interchange.answers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.outsidein.interchange.InterchangeException;
import org.outsidein.core.questionnaire.AnswersFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads answers files with Jackson. Problems are reported as {@code file:line: what was expected}: a file that is
 * not JSON at the place the parser stopped, a missing or wrong field at the answer it belongs to.
 */
public final class AnswersFileReader {

	/** Answers files are small: anything larger is not one. */
	private static final long LARGEST = 10L * 1024 * 1024;
	private static final ObjectMapper JSON = new ObjectMapper();

	private AnswersFileReader() {
	}

	public static AnswersFile read(Path file) throws InterchangeException {
		JsonNode root;
		List<Integer> lines;
		try {
			if (Files.size(file) > LARGEST) {
				throw problem(file, 0, "is larger than any answers file; expected the JSON file the questionnaire saved");
			}
			root = JSON.readTree(file.toFile());
			lines = answerLines(file);
		} catch (JsonParseException e) {
			throw problem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
					"this is not JSON as the questionnaire writes it (" + e.getOriginalMessage() + ")");
		} catch (InterchangeException e) {
			throw e;
		} catch (IOException e) {
			throw problem(file, 0, "cannot be read: " + e.getMessage());
		}
		if (root == null || !root.isObject()) {
			throw problem(file, 1, "expected a JSON object, the answers file the questionnaire saved");
		}
		if (!AnswersFormat.NAME.equals(root.path("format").asText())) {
			throw problem(file, 1, "is not an answers file (its format is '" + root.path("format").asText()
					+ "'); expected '" + AnswersFormat.NAME + "'");
		}
		int version = root.path("version").asInt(-1);
		if (version < 1 || version > AnswersFormat.VERSION) {
			throw problem(file, 1, "is version " + root.path("version").asText() + " of the answers file; this Outside-In"
					+ " reads version " + AnswersFormat.VERSION);
		}
		JsonNode answers = root.path("answers");
		if (!answers.isArray()) {
			throw problem(file, 1, "has no list of answers; expected \"answers\": [ ... ]");
		}
		List<AnswersFile.Given> given = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			JsonNode answer = answers.get(i);
			int line = i < lines.size() ? lines.get(i) : 0;
			if (!answer.isObject()) {
				throw problem(file, line, "answer " + (i + 1) + " is not an object; expected { \"activity\": ..., \"answer\": ... }");
			}
			given.add(new AnswersFile.Given(line, text(answer, "activity"), text(answer, "answer"), text(answer, "plan"),
					text(answer, "budget"), text(answer, "deliveryDate"), text(answer, "nextStep"), text(answer, "owner"),
					text(answer, "deadline")));
		}
		JsonNode respondent = root.path("respondent");
		return new AnswersFile(file, root.path("questionnaire").path("model").asText(""), text(respondent, "name"),
				text(respondent, "department"), text(root, "answered"), List.copyOf(given));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() ? value.asText("").strip() : "";
	}

	/** The line each object of the top-level "answers" list starts on, in order. */
	private static List<Integer> answerLines(Path file) throws IOException {
		List<Integer> lines = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
			int depth = 0;
			boolean inAnswers = false;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
					depth++;
					if (inAnswers && depth == 3) {
						lines.add(parser.currentTokenLocation().getLineNr());
					}
					if (token == JsonToken.START_ARRAY && depth == 2 && "answers".equals(parser.currentName())) {
						inAnswers = true;
					}
				} else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
					if (depth == 2) {
						inAnswers = false;
					}
					depth--;
				}
			}
		}
		return lines;
	}

	static InterchangeException problem(Path file, int line, String what) {
		return new InterchangeException(file + (line > 0 ? ":" + line : "") + ": " + what);
	}
}
