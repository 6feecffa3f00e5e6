package org.outsidein.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version users see: major.minor.micro of the command-line bundle, with its build qualifier. */
public final class ProductVersion {

	private ProductVersion() {
	}

	/** "0.1.0 (build 202611251107)". */
	public static String current() {
		Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
		if (bundle == null) {
			return "(development)";
		}
		Version version = bundle.getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() ? release : release + " (build " + version.getQualifier() + ")";
	}
}
