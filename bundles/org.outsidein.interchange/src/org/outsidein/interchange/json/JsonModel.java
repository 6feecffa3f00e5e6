package org.outsidein.interchange.json;

import java.io.IOException;

import org.outsidein.model.Department;
import org.outsidein.model.Methodology;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInModel;

import com.fasterxml.jackson.core.JsonGenerator;

/** The model's header: its id and name, its methodologies, and the organisation with its sizes and departments. */
final class JsonModel {

	private JsonModel() {
	}

	static void write(OutsideInModel model, JsonGenerator json) throws IOException {
		json.writeStartObject();
		json.writeStringField("id", model.getId());
		json.writeStringField("name", model.getName());
		json.writeStringField("description", model.getDescription());
		json.writeArrayFieldStart("methodologies");
		for (Methodology methodology : model.getMethodologies()) {
			if (!methodology.eIsProxy()) {
				json.writeStartObject();
				json.writeStringField("id", methodology.getId());
				json.writeStringField("name", methodology.getName());
				json.writeStringField("version", methodology.getVersion());
				json.writeEndObject();
			}
		}
		json.writeEndArray();
		json.writeFieldName("organisation");
		organisation(model.getOrganisation(), json);
		json.writeEndObject();
	}

	private static void organisation(Organisation organisation, JsonGenerator json) throws IOException {
		if (organisation == null) {
			json.writeNull();
			return;
		}
		json.writeStartObject();
		json.writeStringField("id", organisation.getId());
		json.writeStringField("name", organisation.getName());
		json.writeNumberField("customer_base_size", organisation.getCustomerBaseSize());
		json.writeNumberField("headcount", organisation.getHeadcount());
		json.writeArrayFieldStart("departments");
		for (Department department : organisation.getDepartments()) {
			json.writeStartObject();
			json.writeStringField("id", department.getId());
			json.writeStringField("name", department.getName());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}
}
