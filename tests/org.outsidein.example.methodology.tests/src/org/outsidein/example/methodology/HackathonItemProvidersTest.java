package org.outsidein.example.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.outsidein.example.methodology.hackathon.HackathonCommunity;
import org.outsidein.example.methodology.hackathon.HackathonFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.tests.support.Models;

/**
 * The workbench's property sheets and trees find item providers through EMF.Edit's registry, as the model editor does
 * ({@code ComposedAdapterFactory.Descriptor.Registry}): the plug-in's generated provider shows the new attributes beside
 * the inherited ones, and its child creation extender puts the new concept in the model's New menu.
 */
class HackathonItemProvidersTest {

	@Test
	void thePropertySheetShowsTheNewAttributesBesideTheInheritedOnes() {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			HackathonCommunity community = HackathonFactory.eINSTANCE.createHackathonCommunity();
			community.setName("Repair Jam");
			IItemPropertySource properties = (IItemPropertySource) adapters.adapt(community, IItemPropertySource.class);
			List<String> names = properties.getPropertyDescriptors(community).stream()
					.map(descriptor -> descriptor.getDisplayName(community)).toList();
			assertTrue(names.containsAll(List.of("Hackathons Per Year", "Last Hackathon", "Theme")), names.toString());
			assertTrue(names.containsAll(List.of("Name", "Ownership", "Members")), "inherited from Community: " + names);

			IItemPropertyDescriptor theme = properties.getPropertyDescriptor(community, "theme");
			theme.setPropertyValue(community, "repairable gear");
			assertEquals("repairable gear", community.getTheme());
			IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(community, IItemLabelProvider.class);
			assertEquals("Hackathon community Repair Jam", labels.getText(community));
			assertTrue(labels.getImage(community).toString().contains("HackathonCommunity"), "its own icon");
		} finally {
			adapters.dispose();
		}
	}

	@Test
	void theModelsNewChildMenuOffersTheNewConcept() {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
			OutsideInModel model = Models.empty();
			Object offered = domain.getNewChildDescriptors(model, null).stream()
					.filter(descriptor -> descriptor instanceof CommandParameter parameter
							&& parameter.getValue() instanceof HackathonCommunity)
					.findFirst().orElseThrow(() -> new AssertionError("no Hackathon community to create"));
			Command create = CreateChildCommand.create(domain, model, offered, List.of());
			domain.getCommandStack().execute(create);
			assertTrue(model.getCommunities().get(0) instanceof HackathonCommunity, "created as the extender offers it");
			domain.getCommandStack().undo();
			assertTrue(model.getCommunities().isEmpty(), "one command, undone");
		} finally {
			adapters.dispose();
		}
	}
}
