package org.outsidein.reports.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress for the command line: one line on standard error whenever a new task or step starts. */
final class ConsoleProgress extends NullProgressMonitor {

	private final PrintStream err;
	private final long started = System.nanoTime();

	ConsoleProgress(PrintStream err) {
		this.err = err;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		say(name);
	}

	@Override
	public void setTaskName(String name) {
		say(name);
	}

	@Override
	public void subTask(String name) {
		say(name);
	}

	@Override
	public void done() {
		err.printf("report: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
	}

	private void say(String what) {
		if (what != null && !what.isBlank()) {
			err.println("report: " + what + "...");
		}
	}
}
