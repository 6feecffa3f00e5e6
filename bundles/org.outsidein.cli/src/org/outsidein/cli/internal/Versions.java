package org.outsidein.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version users see: major.minor.micro of the command-line bundle, with its build qualifier. */
final class Versions {

	private Versions() {
	}

	static String ofThisBundle() {
		Bundle bundle = FrameworkUtil.getBundle(Versions.class);
		if (bundle == null) {
			return "(development)";
		}
		Version version = bundle.getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() ? release : release + " (build " + version.getQualifier() + ")";
	}
}
