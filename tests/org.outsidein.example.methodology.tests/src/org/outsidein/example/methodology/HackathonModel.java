package org.outsidein.example.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;

import org.outsidein.cli.internal.CapturedRun;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.example.methodology.hackathon.HackathonCommunity;
import org.outsidein.example.methodology.hackathon.HackathonFactory;
import org.outsidein.model.Assessment;
import org.outsidein.model.AssessmentCategory;
import org.outsidein.model.Community;
import org.outsidein.model.CommunityOwnership;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.InnovationStep;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.util.Days;
import org.outsidein.tests.support.Models;

/**
 * A model that uses everything the example plug-in adds, made as a user would: {@code outsidein new --methodology
 * example.hackathons}, then customers in the Ambassadors role, two hackathon communities (one without an ambassador)
 * beside an ordinary community, and a self-assessment answering the new role's and the new step's activities.
 */
final class HackathonModel {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private HackathonModel() {
	}

	static Path create(Path folder) throws Exception {
		CapturedRun created = CapturedRun.run(folder, TODAY, "new", "makers.outsidein", "--name", "Makers Guild",
				"--methodology", "example.hackathons", "--customer-base", "2000", "--headcount", "40");
		assertEquals(0, created.exitCode(), created.err());
		Path file = folder.resolve("makers.outsidein");
		OutsideInModel model = ModelFiles.load(file);
		CustomerRole ambassadors = Models.role(model, Ambassadors.ROLE_ID);
		CustomerRole leadCustomers = Models.role(model, MethodologyLibrary.LEAD_CUSTOMERS);
		Department design = Models.department(model, "Design");
		Employee ines = Models.employee(model, "Ines Okafor", design);

		Customer ada = Models.customer(model, "Ada Lindqvist");
		Models.plays(ada, ambassadors, ines);
		Customer ben = Models.customer(model, "Ben Moreau");
		Models.plays(ben, leadCustomers, ines);

		HackathonCommunity repairJam = community(model, "Repair Jam", "repairable gear", 2, ada, ben);
		repairJam.setLastHackathon(Days.date(LocalDate.of(2026, 10, 3)));
		community(model, "Quiet Makers", "trail tools", 1, ben);
		Community forum = Models.MAKE.createCommunity();
		forum.setName("Owners' forum");
		forum.getMembers().add(ada);
		model.getCommunities().add(forum);

		Assessment assessment = Models.assessment(model, "Self-assessment 2026", LocalDate.of(2026, 9, 1));
		Models.answer(assessment, ambassadors.getActivities().get(0), AssessmentCategory.WE_CAN);
		InnovationStep hackathons = MethodologyLibrary.stepsOf(model).stream().filter(step -> step.getNumber() == 6)
				.findFirst().orElseThrow();
		Models.answer(assessment, hackathons.getActivities().get(0), AssessmentCategory.WE_WILL);
		ModelFiles.save(model.eResource());
		return file;
	}

	private static HackathonCommunity community(OutsideInModel model, String name, String theme, int perYear,
			Customer... members) {
		HackathonCommunity community = HackathonFactory.eINSTANCE.createHackathonCommunity();
		community.setName(name);
		community.setTheme(theme);
		community.setHackathonsPerYear(perYear);
		community.setOwnership(CommunityOwnership.OWN);
		community.getMembers().addAll(java.util.List.of(members));
		model.getCommunities().add(community);
		return community;
	}
}
