package org.outsidein.example.methodology;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.example.methodology.hackathon.HackathonCommunity;
import org.outsidein.model.Customer;
import org.outsidein.model.util.Days;
import org.outsidein.reports.ReportFiles;
import org.outsidein.reports.ReportGenerator;
import org.outsidein.reports.ReportInput;

/**
 * A report section of the example methodology: a Markdown page on the hackathon communities, written beside the main
 * report whenever Markdown is asked for ({@code --format md}). Model text is escaped, as the built-in report does.
 */
public class HackathonReportGenerator implements ReportGenerator {

	@Override
	public List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) throws Exception {
		StringBuilder page = new StringBuilder();
		page.append("# Hackathons of ").append(escape(ElementLabels.name(input.model()))).append("\n\n");
		List<HackathonCommunity> communities = input.model().getCommunities().stream()
				.filter(HackathonCommunity.class::isInstance).map(HackathonCommunity.class::cast).toList();
		if (communities.isEmpty()) {
			page.append("No hackathon community is recorded yet.\n");
		} else {
			page.append("| Community | Theme | Hackathons a year | Last | Members | Ambassadors |\n");
			page.append("| --- | --- | ---: | --- | ---: | --- |\n");
			communities.forEach(community -> page.append(row(community)));
		}
		Path file = folder.resolve(input.baseName() + "-hackathons.md");
		ReportFiles.writeText(file, page.toString());
		return List.of(file);
	}

	private static String row(HackathonCommunity community) {
		List<Customer> ambassadors = Ambassadors.among(community.getMembers());
		return "| " + escape(ElementLabels.name(community)) + " | " + escape(text(community.getTheme())) + " | "
				+ community.getHackathonsPerYear() + " | " + text(Days.text(community.getLastHackathon())) + " | "
				+ community.getMembers().size() + " | "
				+ (ambassadors.isEmpty() ? "none" : escape(String.join(", ", ambassadors.stream().map(ElementLabels::name).toList())))
				+ " |\n";
	}

	/** Model text in a Markdown table: nothing a user typed may start a link, emphasis or a new cell. */
	private static String escape(String text) {
		return text.replaceAll("[\\\\`*_\\[\\]<>|]", "\\\\$0").replaceAll("\\s+", " ");
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? "-" : value;
	}
}
