package org.outsidein.diagram.server.glsp;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsActionHandler;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.outsidein.diagram.server.DiagramSession;
import org.outsidein.diagram.server.source.DiagramSource;

/**
 * GLSP's wiring for one diagram of a session: everything reads the {@link DiagramSession} and the diagram's
 * {@link DiagramSource}, and edits through them.
 */
public final class OutsideInDiagramModule extends DiagramModule {

	private final DiagramSession session;
	private final DiagramSource source;

	public OutsideInDiagramModule(DiagramSession session, DiagramSource source) {
		this.session = session;
		this.source = source;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(DiagramSession.class).toInstance(session);
		bind(DiagramSource.class).toInstance(source);
	}

	@Override
	public String getDiagramType() {
		return source.diagramType();
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return SourceDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return SharedStackModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return SessionModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return SourceGModelFactory.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return SourceToolPalette.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(RedrawOnChangeElsewhere.class);
		binding.rebind(ComputedBoundsActionHandler.class, KnownElementsBoundsHandler.class);
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return FindingsValidator.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return NameValidator.class;
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.add(CreateNodeHandler.class);
		binding.add(CreateEdgeHandler.class);
		binding.add(DropHandler.class);
		binding.add(DeleteHandler.class);
		binding.add(RenameHandler.class);
		binding.add(MoveHandler.class);
		binding.add(RoutingPointsHandler.class);
	}
}
