package org.outsidein.edit.ui;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * The SWT images of what item providers return as images (URLs of icons, or icons composed with overlays),
 * created once per display and disposed with it.
 */
public final class ItemImages {

	private static final Map<Object, Image> IMAGES = new HashMap<>();
	private static boolean disposalRegistered;

	private ItemImages() {
	}

	/** The image for an item provider's image object, or null. Call on the UI thread. */
	public static Image get(Object image) {
		if (image == null) {
			return null;
		}
		if (image instanceof Image swt) {
			return swt;
		}
		Object key = image instanceof ComposedImage composed ? firstOf(composed.getImages()) : image;
		if (key == null) {
			return null;
		}
		Image cached = IMAGES.get(key);
		if (cached == null || cached.isDisposed()) {
			cached = create(key);
			if (cached != null) {
				IMAGES.put(key, cached);
				registerDisposal();
			}
		}
		return cached;
	}

	/** The base icon of a composed image; the overlays are not drawn. */
	private static Object firstOf(List<Object> images) {
		return images.isEmpty() ? null : images.get(0);
	}

	private static Image create(Object key) {
		if (key instanceof URL url) {
			return ImageDescriptor.createFromURL(url).createImage(false);
		}
		if (key instanceof ImageDescriptor descriptor) {
			return descriptor.createImage(false);
		}
		return null;
	}

	private static void registerDisposal() {
		if (!disposalRegistered && Display.getCurrent() != null) {
			disposalRegistered = true;
			Display.getCurrent().disposeExec(() -> {
				IMAGES.values().forEach(Image::dispose);
				IMAGES.clear();
				disposalRegistered = false;
			});
		}
	}
}
