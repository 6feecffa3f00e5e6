package org.outsidein.interchange.json;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.outsidein.core.metrics.Assessments;
import org.outsidein.core.metrics.EmployeeEngagement;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.core.metrics.RoleSummary;
import org.outsidein.core.metrics.Share;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.reports.maturity.History;
import org.outsidein.reports.maturity.Maturity;
import org.outsidein.reports.maturity.MaturityModel;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The figures the reports show, computed by the same code (core metrics, the maturity model), never here: the rules
 * of thumb, who plays each role, who engages customers, the maturity of the latest assessment and its history.
 */
final class JsonFigures {

	private JsonFigures() {
	}

	static void write(OutsideInModel model, JsonGenerator json) throws IOException {
		EngagementMetrics engagement = EngagementMetrics.of(model);
		List<RoleSummary> roles = RoleSummary.of(model);
		json.writeStartObject();
		json.writeObjectFieldStart("engagement");
		share("customers_in_roles", engagement.activeCustomers(), json);
		share("employees_engaging", engagement.engagedEmployees(), json);
		share("departments_engaging", engagement.engagedDepartments(), json);
		json.writeEndObject();
		roles(roles, json);
		employees(EmployeeEngagement.of(model), json);
		Maturity maturity = MaturityModel.assess(model, Assessments.latest(model), engagement, roles);
		json.writeFieldName("maturity");
		JsonMaturity.write(maturity, json);
		json.writeArrayFieldStart("history");
		for (History.Point point : History.of(model, engagement, roles)) {
			JsonMaturity.point(point, json);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/** A rule of thumb: the share and whether it is met are null when the whole is unknown. */
	static void share(String name, Share share, JsonGenerator json) throws IOException {
		json.writeObjectFieldStart(name);
		json.writeNumberField("count", share.count());
		json.writeNumberField("total", share.total());
		JsonNumbers.write("share", share.isKnown() ? share.ratio() : null, json);
		JsonNumbers.write("rule", share.threshold() > 0 ? share.threshold() : null, json);
		if (share.isKnown() && share.threshold() > 0) {
			json.writeBooleanField("met", share.isMet());
		} else {
			json.writeNullField("met");
		}
		json.writeEndObject();
	}

	private static void roles(List<RoleSummary> roles, JsonGenerator json) throws IOException {
		json.writeArrayFieldStart("roles");
		for (RoleSummary role : roles) {
			json.writeStartObject();
			json.writeStringField("role_id", role.role().getId());
			json.writeStringField("role", role.role().getName());
			json.writeNumberField("customers", role.people());
			json.writeNumberField("entries", role.count());
			json.writeObjectFieldStart("depths");
			for (Map.Entry<RelationshipDepth, Integer> depth : role.depths().entrySet()) {
				json.writeNumberField(depth.getKey().getName().toLowerCase(Locale.ROOT), depth.getValue());
			}
			json.writeEndObject();
			json.writeArrayFieldStart("outcome_ids");
			for (Outcome outcome : role.outcomes().keySet()) {
				json.writeString(outcome.getId());
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private static void employees(EmployeeEngagement engagement, JsonGenerator json) throws IOException {
		json.writeObjectFieldStart("employee_engagement");
		json.writeArrayFieldStart("by_role");
		for (EmployeeEngagement.Row row : engagement.byRole()) {
			engagementRow(row, false, json);
		}
		json.writeEndArray();
		json.writeArrayFieldStart("by_department");
		for (EmployeeEngagement.Row row : engagement.byDepartment()) {
			engagementRow(row, true, json);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void engagementRow(EmployeeEngagement.Row row, boolean withSize, JsonGenerator json)
			throws IOException {
		json.writeStartObject();
		json.writeStringField("name", row.name());
		json.writeNumberField("interacting", row.interacting());
		json.writeNumberField("monitoring", row.monitoring());
		json.writeNumberField("engaged", row.engaged());
		if (withSize) {
			json.writeNumberField("employees", row.employees());
		}
		json.writeEndObject();
	}
}
