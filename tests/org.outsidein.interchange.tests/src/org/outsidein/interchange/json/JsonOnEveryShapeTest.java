package org.outsidein.interchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.OutsideInModel;
import org.outsidein.reports.maturity.MaturityModel;
import org.outsidein.core.metrics.Assessments;
import org.outsidein.tests.support.ModelShape;

import com.fasterxml.jackson.databind.JsonNode;

/** Every shape of model a user can have exports as JSON that parses, with the customers and the grade it holds. */
class JsonOnEveryShapeTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(ModelShape.class)
	void exportsAndParses(ModelShape shape) throws Exception {
		OutsideInModel model = ModelFiles.load(shape.create(folder));
		JsonNode json = JsonExportTest.export(model, folder.resolve("out"));
		assertEquals(model.getCustomers().size(), json.at("/tables/customers").size(), shape.description());
		boolean assessed = MaturityModel.assess(model, Assessments.latest(model)).isAssessed();
		assertEquals(assessed, json.at("/figures/maturity/assessed").asBoolean(), shape.description());
	}
}
