package org.outsidein.diagram.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.outsidein.diagram.description.DirectEditTool;
import org.outsidein.diagram.expressions.Bindings;

/**
 * A tool run as one EMF command, for an editor's command stack: executing runs the tool's operations while a
 * change recorder watches the model; undo and redo replay what it recorded, backwards and forwards. So every
 * diagram edit is an ordinary model change with one undo history (what Sirius does through EMF Transaction).
 */
public final class ToolCommand extends AbstractCommand {

	private final CompiledTool tool;
	private final EObject self;
	private final Map<String, Object> variables;
	private final List<Notifier> scope;
	private ChangeDescription changes;
	private List<EObject> affected = List.of();

	/**
	 * @param self      the element the operations start from
	 * @param variables the values of the tool's variables (see {@link ToolVariables})
	 */
	ToolCommand(CompiledTool tool, EObject self, Map<String, Object> variables) {
		super(tool.tool().getLabel() != null ? tool.tool().getLabel() : tool.name());
		this.tool = tool;
		this.self = self;
		this.variables = variables;
		this.scope = scope(tool, self, (EObject) variables.get(ToolVariables.DIAGRAM));
	}

	/**
	 * What to record: the diagram's whole resource set, as operations may change any element of the model, not only
	 * self, which may even lie in another file (a role of the methodology library, when a customer is created in it).
	 * A rename without operations of its own sets self's name and nothing else: recording self alone spares attaching
	 * the recorder to every element of the model (a fifth of a second at 100,000 customers, on every rename).
	 */
	private static List<Notifier> scope(CompiledTool tool, EObject self, EObject diagram) {
		if (tool.tool() instanceof DirectEditTool && tool.operations().isEmpty()) {
			return List.of(self);
		}
		EObject root = diagram != null ? diagram : self;
		if (root.eResource() != null && root.eResource().getResourceSet() != null) {
			return List.of(root.eResource().getResourceSet());
		}
		return root.eResource() != null ? List.of(root.eResource()) : List.of(root);
	}

	@Override
	protected boolean prepare() {
		if (tool.precondition() == null) {
			return true;
		}
		Bindings bindings = tool.precondition().bind();
		variables.forEach((name, value) -> {
			if (tool.environment().variables().containsKey(name)) {
				bindings.set(name, value);
			}
		});
		return tool.precondition().test(bindings.set(ToolVariables.SELF, self));
	}

	@Override
	public void execute() {
		ChangeRecorder recorder = new ChangeRecorder(scope);
		OperationRunner runner = new OperationRunner(tool, variables);
		try {
			runner.run(self);
		} catch (RuntimeException e) {
			// Leave the model as it was: a half-run tool must not stay on the stack or in the model.
			recorder.endRecording().apply();
			recorder.dispose();
			throw e;
		}
		changes = recorder.endRecording();
		recorder.dispose();
		affected = runner.touched();
	}

	@Override
	public void undo() {
		changes.applyAndReverse();
	}

	@Override
	public void redo() {
		changes.applyAndReverse();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return new ArrayList<>(affected);
	}

	@Override
	public Collection<?> getResult() {
		return getAffectedObjects();
	}
}
