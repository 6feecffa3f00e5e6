package org.outsidein.example.methodology;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.outsidein.cli.Arguments;
import org.outsidein.cli.Command;
import org.outsidein.cli.CommandContext;
import org.outsidein.cli.ExitCodes;
import org.outsidein.cli.TextTable;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.example.methodology.hackathon.HackathonCommunity;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.util.Days;

/**
 * {@code outsidein hackathons MODEL}: a command contributed by a methodology plug-in. It loads the model as every
 * command does ({@link ModelFiles}: a bad file is one line with file:line:column and exit code 2) and prints the
 * hackathon communities.
 */
public class HackathonsCommand implements Command {

	@Override
	public int run(List<String> raw, CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(raw, Set.of(), Set.of());
		Path file = context.path(arguments.expectPositional(1, "the model file").get(0));
		OutsideInModel model = ModelFiles.load(file);
		List<HackathonCommunity> communities = model.getCommunities().stream()
				.filter(HackathonCommunity.class::isInstance).map(HackathonCommunity.class::cast).toList();
		context.out().println(ElementLabels.name(model) + ": " + communities.size() + " hackathon "
				+ (communities.size() == 1 ? "community" : "communities"));
		if (communities.isEmpty()) {
			return ExitCodes.OK;
		}
		TextTable table = new TextTable("  ", "llrll");
		table.row("Community", "Theme", "A year", "Last", "Ambassadors");
		for (HackathonCommunity community : communities) {
			String ambassadors = Ambassadors.among(community.getMembers()).stream().map(ElementLabels::name)
					.collect(Collectors.joining(", "));
			table.row(ElementLabels.name(community), community.getTheme() == null ? "-" : community.getTheme(),
					community.getHackathonsPerYear(), community.getLastHackathon() == null ? "-"
							: Days.text(community.getLastHackathon()),
					ambassadors.isEmpty() ? "none" : ambassadors);
		}
		table.print(context.out());
		return ExitCodes.OK;
	}
}
