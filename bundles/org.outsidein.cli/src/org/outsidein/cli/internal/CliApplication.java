package org.outsidein.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.outsidein.cli.CommandContext;
import org.outsidein.core.plugins.DroppedPlugins;

/** The headless Equinox application behind {@code outsidein COMMAND ...}: returns the command's exit code. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Path workingDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
		CommandContext commandContext = new CommandContext(System.out, System.err, workingDirectory, LocalDate.now());
		reportDroppedPluginsNotRunning();
		int exitCode = CommandLine.withContributedCommands(commandContext).run(args == null ? new String[0] : args);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(exitCode);
	}

	/** p2 leaves out a dropped plug-in it cannot install without a word: say so at every start, on standard error. */
	private static void reportDroppedPluginsNotRunning() {
		try {
			BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
			for (String problem : DroppedPlugins.problems(DroppedPlugins.folders(), bundles)) {
				System.err.println("outsidein: " + problem);
			}
		} catch (RuntimeException e) {
			// a check that fails must not stop the command the user asked for
		}
	}

	@Override
	public void stop() {
		// commands run to completion; nothing to interrupt
	}
}
