package org.outsidein.validation.internal;

import org.eclipse.emf.ecore.EValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.outsidein.model.OutsideInPackage;

/** Puts the rules behind EMF's validator registry, where the Diagnostician and EMF editors look. */
public class ValidationActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		EValidator.Registry.INSTANCE.put(OutsideInPackage.eINSTANCE, new RulesEValidator(ExtensionRules::read));
	}

	@Override
	public void stop(BundleContext context) {
		EValidator.Registry.INSTANCE.remove(OutsideInPackage.eINSTANCE);
	}
}
