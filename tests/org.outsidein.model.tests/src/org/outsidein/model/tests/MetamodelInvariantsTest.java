package org.outsidein.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.outsidein.model.Answer;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.util.Days;

/** Rules the metamodel keeps, whatever is added to it later. */
class MetamodelInvariantsTest {

	private static final OutsideInPackage PACKAGE = OutsideInPackage.eINSTANCE;

	@Test
	void theMetamodelItselfIsValidEcore() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(PACKAGE);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().toString());
	}

	@Test
	void isRegisteredUnderItsNamespace() {
		assertEquals(PACKAGE, EPackage.Registry.INSTANCE.getEPackage("http://www.outsidein.org/model/1.0"));
	}

	@Test
	void everyClassHasAStableId() {
		for (EClass eClass : classes()) {
			assertTrue(PACKAGE.getIdentified().isSuperTypeOf(eClass), eClass.getName() + " is not Identified");
			assertEquals(PACKAGE.getIdentified_Id(), eClass.getEIDAttribute(), eClass.getName());
		}
	}

	@Test
	void everyConcreteClassCanBeCreated() {
		for (EClass eClass : classes()) {
			if (!eClass.isAbstract()) {
				EObject created = OutsideInFactory.eINSTANCE.create(eClass);
				assertEquals(eClass, created.eClass());
			}
		}
	}

	@Test
	void rolesStepsAndActivitiesAreDataNotEnumerations() {
		List<String> enumerations = PACKAGE.getEClassifiers().stream().filter(EEnum.class::isInstance)
				.map(EClassifier::getName).collect(Collectors.toList());
		assertFalse(enumerations.stream().anyMatch(name -> name.contains("Role") || name.contains("Step")),
				enumerations.toString());
		assertTrue(PACKAGE.getCustomerRole() instanceof EClass);
		assertTrue(PACKAGE.getInnovationStep() instanceof EClass);
	}

	@Test
	void theMethodologyIsReferencedNeverContainedByAModel() {
		EReference methodologies = PACKAGE.getOutsideInModel_Methodologies();
		assertFalse(methodologies.isContainment());
		EReference role = PACKAGE.getRoleAssignment_Role();
		assertFalse(role.isContainment());
		assertEquals(1, role.getLowerBound(), "a role assignment names its role");
	}

	@Test
	void anAnswerStartsNotAssessedAndCarriesAWeWillPlan() {
		Answer answer = OutsideInFactory.eINSTANCE.createAnswer();
		assertEquals(AssessmentCategory.NOT_ASSESSED, answer.getCategory());
		assertNull(answer.getPlan());
		assertNull(answer.getBudget());
		assertNull(answer.getDeliveryDate());
		assertEquals("We Can", AssessmentCategory.WE_CAN.getLiteral());
		assertEquals("We Will", AssessmentCategory.WE_WILL.getLiteral());
		assertEquals("We Should", AssessmentCategory.WE_SHOULD.getLiteral());
	}

	@Test
	void aCustomerIsACurrentCustomerUnlessSaidOtherwise() {
		Customer customer = OutsideInFactory.eINSTANCE.createCustomer();
		assertTrue(customer.isCurrentCustomer());
		assertFalse(customer.isLeadUser());
		assertEquals(CustomerKind.INDIVIDUAL, customer.getKind());
	}

	@Test
	void customersAndEmployeesKeepTheIdOfTheSystemTheyCameFrom() {
		for (EClass imported : List.of(PACKAGE.getCustomer(), PACKAGE.getEmployee())) {
			assertTrue(PACKAGE.getExternallyIdentified().isSuperTypeOf(imported), imported.getName());
			assertEquals(PACKAGE.getIdentified_Id(), imported.getEIDAttribute(),
					"the external id belongs to the other system; the model's own id stays the EMF id");
		}
		Customer customer = OutsideInFactory.eINSTANCE.createCustomer();
		assertNull(customer.getExternalId(), "entered by hand: no external id");
	}

	@Test
	void datesAreWrittenAsIsoDays() {
		var date = PACKAGE.getDate();
		assertEquals("2026-03-31", OutsideInFactory.eINSTANCE.convertToString(date, Days.date(LocalDate.of(2026, 3, 31))));
		assertEquals(LocalDate.of(2025, 1, 2), Days.of((javax.xml.datatype.XMLGregorianCalendar) OutsideInFactory.eINSTANCE
				.createFromString(date, " 2025-01-02 ")));
		assertEquals("2025-01-02", Days.text(Days.date(LocalDate.of(2025, 1, 2))));
		assertThrows(RuntimeException.class, () -> OutsideInFactory.eINSTANCE.createFromString(date, "31/03/2026"));
		assertThrows(RuntimeException.class, () -> OutsideInFactory.eINSTANCE.createFromString(date, "2026-13-45"));
		assertNotNull(PACKAGE.getNextStep_Deadline());
	}

	private static List<EClass> classes() {
		return PACKAGE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.collect(Collectors.toList());
	}
}
