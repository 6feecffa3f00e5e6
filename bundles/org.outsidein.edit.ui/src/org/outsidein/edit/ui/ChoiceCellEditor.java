package org.outsidein.edit.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A drop-down of values (enum literals, yes/no, the elements a reference may point to), read by their labels. */
public class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<?> values;

	public ChoiceCellEditor(Composite parent, List<?> values, Function<Object, String> label) {
		super(parent, values.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
		this.values = values;
	}

	@Override
	protected Object doGetValue() {
		Object index = super.doGetValue();
		int i = index instanceof Integer number ? number : -1;
		return i >= 0 && i < values.size() ? values.get(i) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		for (int i = 0; i < values.size(); i++) {
			if (Objects.equals(values.get(i), value)) {
				super.doSetValue(i);
				return;
			}
		}
		super.doSetValue(-1);
	}
}
