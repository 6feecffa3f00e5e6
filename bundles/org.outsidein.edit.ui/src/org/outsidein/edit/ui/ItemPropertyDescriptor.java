package org.outsidein.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of one element for the Properties view, from its EMF.Edit descriptor: its name, category, how
 * its value reads, and the cell editor that fits its type (a list for choices, yes/no for flags, a checked list
 * for many references, text checked against the data type otherwise).
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;
	private final AdapterFactory adapterFactory;

	public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor, AdapterFactory adapterFactory) {
		this.object = object;
		this.descriptor = descriptor;
		this.adapterFactory = adapterFactory;
	}

	/** The property's plain value: item providers wrap it for display, editors need it bare. */
	static Object valueOf(Object object, IItemPropertyDescriptor descriptor) {
		Object value = descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object)) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		ILabelProvider labels = new ItemLabelProvider(adapterFactory);
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (descriptor.isMany(object)) {
			return choices == null ? null
					: new ManyValuesCellEditor(parent, getDisplayName(), new ArrayList<>(choices), labels);
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
				return new ChoiceCellEditor(parent, List.of(Boolean.FALSE, Boolean.TRUE), value -> Boolean.TRUE.equals(value)
						? "yes" : "no");
			}
			if (type instanceof EEnum || choices != null) {
				return new ChoiceCellEditor(parent, choices == null ? ((EEnum) type).getELiterals().stream()
						.map(literal -> literal.getInstance()).toList() : new ArrayList<>(choices), labels::getText);
			}
			return new DataValueCellEditor(parent, type, !attribute.isRequired() && !type.getInstanceClass().isPrimitive());
		}
		if (choices != null) {
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), value -> value == null ? "" : labels.getText(value));
		}
		return null;
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return descriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider valueLabels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				Object bare = value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
				String text = valueLabels.getText(bare);
				return text == null ? "" : text;
			}

			@Override
			public Image getImage(Object value) {
				return ItemImages.get(valueLabels.getImage(value));
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptor item
				&& descriptor.isCompatibleWith(object, item.object, item.descriptor);
	}

	/** The model feature behind the property, for editors that lay out fields themselves. */
	public EStructuralFeature feature() {
		return descriptor.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
	}
}
