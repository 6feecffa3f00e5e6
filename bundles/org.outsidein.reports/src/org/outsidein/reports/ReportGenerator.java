package org.outsidein.reports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes a report in one format. Contributed through the {@code org.outsidein.reports.generators} extension
 * point; reads the model and the computed maturity, changes neither.
 */
public interface ReportGenerator {

	/**
	 * @param input  the model, its maturity, its validation findings, and the day it is reported on
	 * @param folder the folder to write into (it exists)
	 * @return the files written
	 */
	List<Path> generate(ReportInput input, Path folder, IProgressMonitor monitor) throws Exception;
}
