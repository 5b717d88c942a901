package org.tracenotes.eclipse;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The plugin's entries in the platform log (the workspace's {@code .metadata/.log} and the Error Log
 * view): every exception the plugin catches and does not hand on is written here, never dropped.
 */
public final class PluginLog {

    private static final ILog LOG = ILog.of(PluginLog.class);

    private PluginLog() {
    }

    /** Something failed that the user asked for or needs: an error entry. */
    public static void error(String message, Throwable e) {
        LOG.log(new Status(IStatus.ERROR, TracenotesIds.PLUGIN, message, e));
    }

    /** Something failed that the plugin works around (a marker gone, a project closed): a warning entry. */
    public static void warning(String message, Throwable e) {
        LOG.log(new Status(IStatus.WARNING, TracenotesIds.PLUGIN, message, e));
    }

    /** A status an exception carries: logged with its own severity. */
    public static void log(CoreException e) {
        LOG.log(e.getStatus());
    }
}
