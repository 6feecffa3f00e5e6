package org.outsidein.edit.ui;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Text for a value of an EMF data type (a number, a date, a name): what is typed is checked with the data
 * type's own conversion, so a value the model cannot hold never reaches it.
 */
public class DataValueCellEditor extends TextCellEditor {

	private final EDataType type;
	private final boolean blankIsNone;

	/** @param blankIsNone whether empty text clears the value (for optional, non-primitive values) */
	public DataValueCellEditor(Composite parent, EDataType type, boolean blankIsNone) {
		super(parent);
		this.type = type;
		this.blankIsNone = blankIsNone;
		setValidator(value -> problemWith((String) value));
	}

	/** What is wrong with the text for this data type, or null when it is a valid value. */
	public String problemWith(String text) {
		if (text == null || text.isBlank()) {
			return blankIsNone || type.getInstanceClass() == String.class ? null : "a value is needed";
		}
		try {
			EcoreUtil.createFromString(type, text.strip());
			return null;
		} catch (RuntimeException e) {
			return "'" + text + "' is not " + DataValueCellEditor.describe(type);
		}
	}

	/** "a whole number", "a date as YYYY-MM-DD"…: what a value of the type looks like, for people. */
	public static String describe(EDataType type) {
		Class<?> kind = type.getInstanceClass();
		if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
			return "a whole number";
		}
		if (kind == double.class || kind == Double.class || kind == java.math.BigDecimal.class) {
			return "a number";
		}
		if (kind == javax.xml.datatype.XMLGregorianCalendar.class) {
			return "a date as YYYY-MM-DD";
		}
		return "a valid " + type.getName();
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		if (text == null || text.isBlank()) {
			return type.getInstanceClass() == String.class ? text : null;
		}
		return type.getInstanceClass() == String.class ? text : EcoreUtil.createFromString(type, text.strip());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : type.getInstanceClass() == String.class ? value
				: EcoreUtil.convertToString(type, value));
	}
}
