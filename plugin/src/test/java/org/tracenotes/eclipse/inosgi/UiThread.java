package org.tracenotes.eclipse.inosgi;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** How the in-IDE scenarios reach the workbench's UI thread: run work there, let it paint. */
final class UiThread {

    /** Work for the UI thread that may throw. */
    interface Work {
        void run() throws Exception;
    }

    private UiThread() {
    }

    /** Runs {@code work} on the UI thread and waits; what it throws is thrown here. */
    static void ui(Work work) throws Exception {
        Exception[] failure = new Exception[1];
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            try {
                work.run();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Lets the UI thread paint for {@code ms}. */
    /** Waits, off the UI thread, until the workbench has a window: at most 120 s. */
    static void awaitWorkbench() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getWorkbenchWindowCount() == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the workbench did not come up in 120 s");
            }
            Thread.sleep(250);
        }
    }

    static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
        Display d = PlatformUI.getWorkbench().getDisplay();
        d.syncExec(() -> {
            while (d.readAndDispatch()) {
                // drain
            }
        });
    }
}
