package org.outsidein.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.model.OpenAccessInitiative;
import org.outsidein.model.OpenedAsset;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.RecognitionKind;
import org.outsidein.model.RecognitionProgramme;

/**
 * How customers are let to strut their stuff (recognition programmes and contests) and how products are opened
 * up to them (open-access initiatives): steps 4 and 5 of the method.
 */
final class ProgrammesView {

	private ProgrammesView() {
	}

	static Map<String, Object> of(OutsideInModel model) {
		List<Map<String, Object>> recognition = new ArrayList<>();
		for (RecognitionProgramme programme : model.getRecognitionProgrammes()) {
			recognition.add(View.of().put("name", ElementLabels.name(programme)).put("kind", programme.getKind().getLiteral())
					.put("contest", programme.getKind() == RecognitionKind.CONTEST)
					.put("participants", Formats.count(EngagementMetrics.people(programme.getParticipants())))
					.put("entries", Formats.count(programme.getParticipants().size()))
					.put("who", Formats.names(programme.getParticipants(), ElementLabels::name, EcosystemView.NAMES_SHOWN))
					.map());
		}
		List<Map<String, Object>> open = new ArrayList<>();
		for (OpenAccessInitiative initiative : model.getOpenInitiatives()) {
			open.add(View.of().put("name", ElementLabels.name(initiative))
					.put("opened", initiative.getOpened().stream().map(OpenedAsset::getLiteral).collect(Collectors.joining(", ")))
					.put("contributors", Formats.count(EngagementMetrics.people(initiative.getContributors())))
					.put("who", Formats.names(initiative.getContributors(), ElementLabels::name, EcosystemView.NAMES_SHOWN))
					.map());
		}
		long contests = model.getRecognitionProgrammes().stream().filter(p -> p.getKind() == RecognitionKind.CONTEST).count();
		return View.of().put("recognition", recognition).put("contests", contests).put("open", open).map();
	}
}
