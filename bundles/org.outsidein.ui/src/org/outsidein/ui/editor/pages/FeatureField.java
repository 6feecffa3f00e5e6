package org.outsidein.ui.editor.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.outsidein.edit.ui.DataValueCellEditor;
import org.outsidein.edit.ui.ItemLabelProvider;
import org.outsidein.ui.editor.EditedModel;
import org.outsidein.ui.editor.ModelCommands;

/**
 * One labelled field of a form, bound to one feature of whichever element the form shows: a text for
 * names, numbers and dates (checked against the data type before anything changes), a check box for yes/no,
 * a drop-down for choices (enum values, the element a reference points to). Every change is one command.
 */
public final class FeatureField {

	private final EStructuralFeature feature;
	private final ModelCommands commands;
	private final AdapterFactory adapterFactory;
	private final Control control;
	private List<Object> choices = List.of();
	private EObject owner;
	private boolean showing;

	private FeatureField(EStructuralFeature feature, EditedModel edited, Control control) {
		this.feature = feature;
		this.commands = new ModelCommands(edited.domain());
		this.adapterFactory = edited.adapterFactory();
		this.control = control;
	}

	/** A label and the field, in a two-column grid. */
	public static FeatureField create(FormToolkit toolkit, Composite parent, String label, EStructuralFeature feature,
			EditedModel edited) {
		toolkit.createLabel(parent, label);
		Control control;
		if (isBoolean(feature)) {
			control = toolkit.createButton(parent, "", SWT.CHECK);
		} else if (feature instanceof EAttribute attribute && !(attribute.getEAttributeType() instanceof EEnum)) {
			control = toolkit.createText(parent, "", SWT.BORDER | SWT.SINGLE);
		} else {
			Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			toolkit.adapt(combo, true, false);
			control = combo;
		}
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		// Grows with the form, but a long value does not widen the form beyond the window.
		data.widthHint = 120;
		control.setLayoutData(data);
		FeatureField field = new FeatureField(feature, edited, control);
		field.listen();
		field.show(null);
		return field;
	}

	private void listen() {
		if (control instanceof Text text) {
			text.addListener(SWT.DefaultSelection, event -> commit());
			text.addListener(SWT.FocusOut, event -> commit());
			text.addListener(SWT.Modify, event -> markProblem());
		} else if (control instanceof Button button) {
			button.addListener(SWT.Selection, event -> commit());
		} else if (control instanceof Combo combo) {
			combo.addListener(SWT.Selection, event -> commit());
		}
	}

	/** Shows the feature of another element (or of none: the field is then empty and disabled). */
	public void show(EObject newOwner) {
		owner = newOwner;
		showing = true;
		try {
			control.setEnabled(owner != null);
			Object value = owner == null ? null : owner.eGet(feature);
			if (control instanceof Text text) {
				String shown = owner == null ? "" : textOf(value);
				if (!text.getText().equals(shown)) {
					text.setText(shown);
				}
				markProblem();
			} else if (control instanceof Button button) {
				button.setSelection(Boolean.TRUE.equals(value));
			} else if (control instanceof Combo combo) {
				choices = owner == null ? List.of() : choicesFor(owner);
				ItemLabelProvider labels = new ItemLabelProvider(adapterFactory);
				combo.setItems(choices.stream().map(choice -> choice == null ? "" : labels.getText(choice))
						.toArray(String[]::new));
				combo.select(indexOf(value));
			}
		} finally {
			showing = false;
		}
	}

	/** Where the value stands among the choices; -1 when it is none of them. */
	private int indexOf(Object value) {
		for (int i = 0; i < choices.size(); i++) {
			if (Objects.equals(choices.get(i), value)) {
				return i;
			}
		}
		return -1;
	}

	public Control control() {
		return control;
	}

	private void commit() {
		if (showing || owner == null) {
			return;
		}
		if (control instanceof Text text) {
			if (problemWith(text.getText()) == null) {
				commands.set(owner, feature, valueOf(text.getText()));
			}
		} else if (control instanceof Button button) {
			commands.set(owner, feature, button.getSelection());
		} else if (control instanceof Combo combo) {
			int index = combo.getSelectionIndex();
			if (index >= 0 && index < choices.size()) {
				commands.set(owner, feature, choices.get(index));
			}
		}
	}

	/** Marks a text the model cannot hold, and says why in its tool tip; nothing is changed until it is mended. */
	private void markProblem() {
		if (control instanceof Text text) {
			String problem = owner == null ? null : problemWith(text.getText());
			text.setToolTipText(problem);
			text.setBackground(problem == null ? null : text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
		}
	}

	private String problemWith(String text) {
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (text.isBlank() || type.getInstanceClass() == String.class) {
			return null;
		}
		try {
			EcoreUtil.createFromString(type, text.strip().replace(",", isWhole(type) ? "" : ","));
			return null;
		} catch (RuntimeException e) {
			return "'" + text + "' is not " + DataValueCellEditor.describe(type);
		}
	}

	private Object valueOf(String text) {
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (type.getInstanceClass() == String.class) {
			return text.isBlank() ? null : text.strip();
		}
		if (text.isBlank()) {
			return type.getInstanceClass().isPrimitive() ? type.getDefaultValue() : null;
		}
		return EcoreUtil.createFromString(type, text.strip().replace(",", isWhole(type) ? "" : ","));
	}

	private String textOf(Object value) {
		if (value == null) {
			return "";
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (type.getInstanceClass() == String.class) {
			return (String) value;
		}
		if (isWhole(type) && Objects.equals(value, 0)) {
			return "";
		}
		return EcoreUtil.convertToString(type, value);
	}

	private List<Object> choicesFor(EObject element) {
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum enumeration) {
			return enumeration.getELiterals().stream().map(literal -> (Object) literal.getInstance()).toList();
		}
		Object source = adapterFactory.adapt(element, IItemPropertySource.class);
		if (source instanceof IItemPropertySource properties) {
			for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(element)) {
				if (descriptor.getFeature(element) == feature) {
					Collection<?> values = descriptor.getChoiceOfValues(element);
					List<Object> list = new ArrayList<>(values == null ? List.of() : values);
					if (!list.contains(null)) {
						list.add(0, null);
					}
					return list;
				}
			}
		}
		return List.of();
	}

	private static boolean isBoolean(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	private static boolean isWhole(EDataType type) {
		Class<?> kind = type.getInstanceClass();
		return kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class;
	}
}
