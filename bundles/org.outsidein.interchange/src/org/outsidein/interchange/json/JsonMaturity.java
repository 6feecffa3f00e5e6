package org.outsidein.interchange.json;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.outsidein.core.metrics.Share;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.MaturityLevel;
import org.outsidein.model.util.Days;
import org.outsidein.reports.maturity.AreaScore;
import org.outsidein.reports.maturity.History;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.reports.maturity.Score;
import org.outsidein.reports.maturity.Term;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A {@link Maturity} as docs/maturity-model.md computes it, every score with its terms so that the arithmetic can
 * be checked. Without a self-assessment there is no grade: the level and the overall score are null.
 */
final class JsonMaturity {

	private JsonMaturity() {
	}

	static void write(Maturity maturity, JsonGenerator json) throws IOException {
		json.writeStartObject();
		json.writeBooleanField("assessed", maturity.isAssessed());
		assessment(maturity.assessment(), json);
		level(maturity.isAssessed() ? maturity.level() : null, json);
		json.writeFieldName("overall");
		score(maturity.isAssessed() ? maturity.overall() : null, json);
		json.writeFieldName("engagement");
		score(maturity.engagement(), json);
		areas("steps", maturity.steps(), json);
		areas("roles", maturity.roles(), json);
		json.writeEndObject();
	}

	/** One assessment of the history: its level, overall score and the two rules of thumb as of its day. */
	static void point(History.Point point, JsonGenerator json) throws IOException {
		json.writeStartObject();
		assessment(point.assessment(), json);
		level(point.maturity().level(), json);
		JsonNumbers.write("overall", point.maturity().overall().value(), json);
		share("customers_in_roles_share", point.engagement().activeCustomers(), json);
		share("employees_engaging_share", point.engagement().engagedEmployees(), json);
		json.writeEndObject();
	}

	private static void share(String name, Share share, JsonGenerator json) throws IOException {
		JsonNumbers.write(name, share.isKnown() ? share.ratio() : null, json);
	}

	private static void assessment(Assessment assessment, JsonGenerator json) throws IOException {
		json.writeStringField("assessment_id", assessment == null ? null : assessment.getId());
		json.writeStringField("assessment", assessment == null ? null : assessment.getName());
		json.writeStringField("assessment_date",
				assessment == null || assessment.getDate() == null ? null : Days.text(assessment.getDate()));
	}

	private static void level(MaturityLevel level, JsonGenerator json) throws IOException {
		if (level == null) {
			json.writeNullField("level");
			return;
		}
		json.writeObjectFieldStart("level");
		json.writeNumberField("number", level.getNumber());
		json.writeStringField("name", level.getName());
		json.writeNumberField("minimum_score", level.getMinimumScore());
		json.writeEndObject();
	}

	private static void areas(String name, List<AreaScore> areas, JsonGenerator json) throws IOException {
		json.writeArrayFieldStart(name);
		for (AreaScore area : areas) {
			json.writeStartObject();
			json.writeStringField("id", area.area().getId());
			json.writeStringField("name", area.area().getName());
			json.writeFieldName("practice");
			score(area.practice(), json);
			json.writeFieldName("evidence");
			score(area.evidence(), json);
			json.writeFieldName("combined");
			score(area.combined(), json);
			json.writeObjectFieldStart("answers");
			for (Map.Entry<AssessmentCategory, Integer> count : area.answers().entrySet()) {
				json.writeNumberField(count.getKey().getName().toLowerCase(Locale.ROOT), count.getValue());
			}
			json.writeEndObject();
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	/** A score from 0 to 100 and its terms (value × weight each), or null. */
	private static void score(Score score, JsonGenerator json) throws IOException {
		if (score == null) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		json.writeNumberField("value", score.value());
		json.writeArrayFieldStart("terms");
		for (Term term : score.terms()) {
			json.writeStartObject();
			json.writeStringField("label", term.label());
			json.writeNumberField("value", term.value());
			json.writeNumberField("weight", term.weight());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}
}
