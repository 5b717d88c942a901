package org.tracenotes.eclipse;

import java.util.function.Function;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Work done off the UI thread whose result the UI thread shows: the work returns what to do on the UI
 * thread (or null for nothing). A failure becomes an error status, which the platform logs. The job
 * belongs to {@code family}, for {@code IJobManager.join}; the caller sets its rule and schedules it.
 */
public final class ResultJob extends Job {

    private final Object family;
    private final Display display;
    private final Function<IProgressMonitor, Runnable> work;

    public ResultJob(String name, Object family, Display display, Function<IProgressMonitor, Runnable> work) {
        super(name);
        this.family = family;
        this.display = display;
        this.work = work;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Runnable show = work.apply(monitor);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (show != null && !display.isDisposed()) {
                display.asyncExec(show);
            }
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            return Status.error("Tracenotes: " + getName() + " failed", e);
        }
    }

    @Override
    public boolean belongsTo(Object f) {
        return family.equals(f);
    }
}
