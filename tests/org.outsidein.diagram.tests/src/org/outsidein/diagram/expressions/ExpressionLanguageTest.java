package org.outsidein.diagram.expressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Community;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.Invention;
import org.outsidein.model.Outcome;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.tests.support.Models;

/** The expression language on a small model: what each construct yields, and what it refuses before any model is seen. */
class ExpressionLanguageTest {

	private static final OutsideInPackage MODEL = OutsideInPackage.eINSTANCE;

	@TempDir
	Path folder;

	private final Metamodel metamodel = new Metamodel(MODEL);
	private final TypeEnvironment environment = TypeEnvironment.of(metamodel)
			.with("self", ExpressionType.one(MODEL.getOutsideInModel())).with("diagram", ExpressionType.one(MODEL.getOutsideInModel()));
	private OutsideInModel model;
	private Customer ada;
	private Customer trailClub;
	private Customer ben;
	private CustomerRole guides;
	private Employee eva;

	@BeforeEach
	void smallModel() {
		model = Models.empty(folder.resolve("acme.outsidein"), "Acme");
		guides = Models.role(model, MethodologyLibrary.GUIDES);
		Department design = Models.department(model, "Design");
		eva = Models.employee(model, "Eva", design);
		ada = Models.customer(model, "Ada");
		ada.setLeadUser(true);
		trailClub = Models.customer(model, "Trail Club");
		trailClub.setKind(CustomerKind.GROUP);
		ben = Models.customer(model, "Ben");
		Models.plays(ada, guides, eva);
		Models.plays(trailClub, guides);
		Models.plays(ben, Models.role(model, MethodologyLibrary.PROMOTERS));
		Community forum = Models.MAKE.createCommunity();
		forum.setName("Forum");
		forum.getMembers().addAll(List.of(ada, ben));
		model.getCommunities().add(forum);
		Outcome light = Models.MAKE.createOutcome();
		light.setName("Light pack");
		light.setImportance(9.0);
		light.setSatisfaction(4.0);
		model.getOutcomes().add(light);
		Invention rig = Models.MAKE.createInvention();
		rig.setName("Rig");
		rig.setOutcome(light);
		ada.getInventions().add(rig);
	}

	private Object eval(String text) throws ExpressionException {
		return eval(text, model);
	}

	private Object eval(String text, Object self) throws ExpressionException {
		CompiledExpression expression = CompiledExpression.compile(text, environment);
		return expression.evaluate(environment.bind().set("self", self).set("diagram", model));
	}

	@Test
	void navigatesFeaturesAndFlattensCollections() throws ExpressionException {
		assertEquals(List.of(ada, trailClub, ben), eval("self.customers"));
		assertEquals(List.of(ada, trailClub, ben), eval("customers"), "a bare name is a feature of self");
		assertEquals("Acme", eval("organisation.name"));
		assertEquals(List.of(guides, guides, Models.role(model, MethodologyLibrary.PROMOTERS)), eval("customers.roles.role"));
		assertEquals(2, eval("customers.roles.role.distinct().size()"));
	}

	@Test
	void filtersByAttributeAndByExistentialComparison() throws ExpressionException {
		assertEquals(List.of(ada), eval("customers[leadUser]"));
		assertEquals(List.of(trailClub), eval("customers[kind = 'GROUP']"));
		assertEquals(List.of(ada, trailClub), eval("customers[roles.role.name = 'Guides']"));
		assertEquals(List.of(ada), eval("customers[roles.interactingEmployees.name = 'Eva' and leadUser]"));
		assertEquals(List.of(ben), eval("customers[not (roles.role.name = 'Guides')]"));
		assertEquals(List.of(ada, ben), eval("diagram.communities.members"));
		assertEquals(List.of(ada), eval("customers[inventions.outcome.importance >= 9]"));
	}

	@Test
	void itIsTheElementFilteredAndSelfStaysTheMappingsElement() throws ExpressionException {
		TypeEnvironment onRole = TypeEnvironment.of(metamodel).with("self", ExpressionType.one(MODEL.getCustomerRole()))
				.with("diagram", ExpressionType.one(MODEL.getOutsideInModel()));
		CompiledExpression players = CompiledExpression.compile("diagram.customers[roles.role = self]", onRole);
		assertEquals(List.of(ada, trailClub), players.evaluate(onRole.bind().set("self", guides).set("diagram", model)));
		CompiledExpression played = CompiledExpression.compile("diagram.methodologies.roles[diagram.customers.roles.role = it]", onRole);
		assertEquals(2, ((List<?>) played.evaluate(onRole.bind().set("self", guides).set("diagram", model))).size());
	}

	@Test
	void climbsToContainersAndTestsTypes() throws ExpressionException {
		TypeEnvironment onInvention = TypeEnvironment.of(metamodel).with("self", ExpressionType.one(MODEL.getInvention()));
		Invention rig = ada.getInventions().get(0);
		CompiledExpression owner = CompiledExpression.compile("eContainer.name", onInvention);
		assertEquals(MODEL.getCustomer(), CompiledExpression.compile("eContainer", onInvention).type().classifier(),
				"a customer is the only class that holds inventions");
		assertEquals("Ada", owner.evaluate(onInvention.bind().set("self", rig)));
		assertEquals(model, CompiledExpression.compile("eContainer('OutsideInModel')", onInvention)
				.evaluate(onInvention.bind().set("self", rig)));
		assertEquals(model, CompiledExpression.compile("root()", onInvention).evaluate(onInvention.bind().set("self", rig)));
		assertEquals(true, eval("customers.first().isA('Customer')"));
		assertEquals(false, eval("organisation.isA('Customer')"));
		assertEquals(List.of(rig), eval("customers.inventions.ofType('Invention')"));
	}

	@Test
	void computesNumbersAndJoinsTexts() throws ExpressionException {
		assertEquals(true, eval("outcomes[importance > satisfaction].notEmpty()"));
		assertEquals(14.0, eval("outcomes.first().importance + outcomes.first().importance - outcomes.first().satisfaction"));
		assertEquals("Light pack (9 / 4)", eval("outcomes.first().name + ' (' + outcomes.first().importance + ' / '"
				+ " + outcomes.first().satisfaction + ')'"));
		assertEquals("Acme has 3 customers", eval("organisation.name + ' has ' + customers.size() + ' customers'"));
		assertEquals(true, eval("customers.isEmpty() or customers.size() >= 3"));
		assertEquals(List.of(), eval("outcomes[importance = null]"));
	}

	@Test
	void aMissingValueNavigatesToNothing() throws ExpressionException {
		Customer loner = Models.customer(model, "Loner");
		TypeEnvironment onCustomer = TypeEnvironment.of(metamodel).with("self", ExpressionType.one(MODEL.getCustomer()));
		assertEquals(null, CompiledExpression.compile("segment.name", onCustomer).evaluate(onCustomer.bind().set("self", loner)));
		assertEquals(List.of(), CompiledExpression.compile("roles.role", onCustomer).evaluate(onCustomer.bind().set("self", loner)));
	}

	@Test
	void typeErrorsAreFoundBeforeAnyModelIsSeenAndSayWhere() {
		ExpressionException unknown = assertThrows(ExpressionException.class,
				() -> CompiledExpression.compile("self.customerz", environment));
		assertEquals("at 6: OutsideInModel has no feature 'customerz'", unknown.getMessage());
		assertEquals(5, unknown.position());
		assertMessage("customers[name]", "a filter needs a condition");
		assertMessage("customers.leadUser and true", "'and' needs conditions, not collection of EBoolean");
		assertMessage("customers.roles.role.isA('Custard')", "no class 'Custard'");
		assertMessage("organisation > 3", "'>' compares numbers or texts, not Organisation");
		assertMessage("customers.size(", "')' was expected, not the end");
		assertMessage("customers.name.length", "'length' needs model elements, not collection of EString");
		assertMessage("customers.count()", "unknown function 'count()'");
		assertMessage("'open", "a string is not closed");
		assertMessage("customers # 2", "unexpected character '#'");
		assertMessage("", "the expression is empty");
	}

	private void assertMessage(String text, String expected) {
		ExpressionException error = assertThrows(ExpressionException.class, () -> CompiledExpression.compile(text, environment));
		assertTrue(error.getMessage().contains(expected), () -> text + " -> " + error.getMessage());
	}

	@Test
	void compiledOnceEvaluatedOnManyElements() throws ExpressionException {
		TypeEnvironment onCustomer = TypeEnvironment.of(metamodel).with("self", ExpressionType.one(MODEL.getCustomer()));
		CompiledExpression guide = CompiledExpression.compile("roles.role.name = 'Guides' and not leadUser", onCustomer);
		Bindings bindings = onCustomer.bind();
		assertFalse(Values.isTrue(guide.evaluate(bindings.set("self", ada))));
		assertTrue(Values.isTrue(guide.evaluate(bindings.set("self", trailClub))));
		assertFalse(Values.isTrue(guide.evaluate(bindings.set("self", ben))));
	}
}
