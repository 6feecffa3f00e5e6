package org.outsidein.reports.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.outsidein.reports.ReportInput;

/**
 * Several clients' models side by side. Anonymised, the clients are "Client A", "Client B", ... in the order
 * given, and nothing that names them (model, organisation or file) appears in what is written.
 */
public record Portfolio(List<ClientSummary> clients, boolean anonymised) {

	public static Portfolio of(List<ReportInput> inputs, boolean anonymise) {
		List<String> names = inputs.stream().map(Portfolio::ownName).toList();
		List<ClientSummary> clients = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			ReportInput input = inputs.get(i);
			String name = names.get(i);
			// two files of one client (two years, say) are told apart by their file
			if (Collections.frequency(names, name) > 1) {
				name += " (" + input.baseName() + ")";
			}
			clients.add(ClientSummary.of(input, anonymise ? anonymousName(i) : name));
		}
		return new Portfolio(List.copyOf(clients), anonymise);
	}

	/** Client A to Z, then AA, AB, ... */
	static String anonymousName(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index; n >= 0; n = n / 26 - 1) {
			letters.insert(0, (char) ('A' + n % 26));
		}
		return "Client " + letters;
	}

	private static String ownName(ReportInput input) {
		var organisation = input.model().getOrganisation();
		if (organisation != null && organisation.getName() != null && !organisation.getName().isBlank()) {
			return organisation.getName();
		}
		return input.model().getName() != null && !input.model().getName().isBlank() ? input.model().getName()
				: input.baseName();
	}
}
