package org.outsidein.ui.editor.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.model.Community;
import org.outsidein.model.InnovationToolkit;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.reports.html.Formats;
import org.outsidein.ui.editor.ModelEditor;

/**
 * The innovation toolkits offered to customers and the communities run or joined, side by side; their
 * outcomes, users, members and employees are edited in the Properties view.
 */
public class EcosystemPage extends ModelFormPage {

	public static final String ID = "ecosystem";
	private static final OutsideInPackage P = OutsideInPackage.eINSTANCE;

	private ElementTable<InnovationToolkit> toolkits;
	private ElementTable<Community> communities;

	public EcosystemPage(ModelEditor editor) {
		super(editor, ID, "Toolkits and Communities");
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		body.setLayout(new GridLayout(1, false));
		toolkits = listSection(toolkit, body, "Innovation toolkits",
				"Tools, methods and parts customers design their own solutions with.", model(),
				P.getOutsideInModel_Toolkits(), "New toolkit", List.of(
						ElementTable.Column.<InnovationToolkit>of("Toolkit", 220, ElementLabels::name),
						ElementTable.Column.<InnovationToolkit>of("Kind", 150, t -> t.getKind().getLiteral()),
						ElementTable.Column.<InnovationToolkit>of("Outcomes served", 260,
								t -> t.getOutcomes().stream().map(ElementLabels::name).collect(Collectors.joining("; "))),
						ElementTable.Column.<InnovationToolkit, Long>sortedBy("Users", 80,
								t -> Formats.count(EngagementMetrics.people(t.getUsers())),
								t -> EngagementMetrics.people(t.getUsers()))));
		communities = listSection(toolkit, body, "Communities",
				"The organisation's own communities and those customers already belong to.", model(),
				P.getOutsideInModel_Communities(), "New community", List.of(
						ElementTable.Column.<Community>of("Community", 220, ElementLabels::name),
						ElementTable.Column.<Community>of("Run by", 80, c -> c.getOwnership().getLiteral()),
						ElementTable.Column.<Community>of("Meets", 130, c -> c.getChannel().getLiteral()),
						ElementTable.Column.<Community, Long>sortedBy("Members", 80,
								c -> Formats.count(EngagementMetrics.people(c.getMembers())),
								c -> EngagementMetrics.people(c.getMembers())),
						ElementTable.Column.<Community, Integer>sortedBy("Employees", 80,
								c -> String.valueOf(c.getEmployees().size()), c -> c.getEmployees().size()),
						ElementTable.Column.<Community, Integer>sortedBy("Ideas", 60, c -> String.valueOf(c.getIdeas().size()),
								c -> c.getIdeas().size())));
		toolkit.createLabel(body, "Select a toolkit or a community to edit it in the Properties view.", SWT.WRAP);
	}

	@Override
	protected void refresh() {
		toolkits.refresh();
		communities.refresh();
	}

	@Override
	public ISelectionProvider viewer() {
		return toolkits == null ? null : toolkits.viewer();
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof org.outsidein.model.InnovationToolkit || element instanceof Community;
	}

	@Override
	public boolean reveal(EObject element) {
		return toolkits != null && (toolkits.reveal(element) || communities.reveal(element));
	}
}
