package org.outsidein.edit.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** A JFace label provider over EMF.Edit item providers: their text and icon for each element. */
public class ItemLabelProvider extends LabelProvider {

	protected final AdapterFactory adapterFactory;

	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ChildRange range) {
			return range.label();
		}
		IItemLabelProvider provider = labelProvider(element);
		String text = provider == null ? null : provider.getText(element);
		return text != null ? text : element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ChildRange) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? null : ItemImages.get(provider.getImage(element));
	}

	private IItemLabelProvider labelProvider(Object element) {
		Object provider = element == null ? null : adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider label ? label : null;
	}
}
