package org.tracenotes.eclipse.debug;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * The run of a debug session as the platform's Console shows a process: logpoint lines and warnings as it
 * goes, the run's summary (as {@code tracenotes run} prints it) at its end, and its exit value (0 when the
 * run returned and every expectation held, else 1). Nothing is started outside the IDE: the run is core's.
 */
public final class TraceProcess extends PlatformObject implements IProcess {

    /** The process type attribute of a Trace Note run. */
    public static final String TYPE = "tracenotes";

    private final ILaunch launch;
    private final String label;
    private final Monitor out = new Monitor();
    private final Monitor err = new Monitor();
    private final Map<String, String> attributes = new HashMap<>();
    private volatile Integer exit;
    private volatile Runnable onTerminate = () -> { };

    private final IStreamsProxy streams = new IStreamsProxy() {
        @Override
        public IStreamMonitor getErrorStreamMonitor() {
            return err;
        }

        @Override
        public IStreamMonitor getOutputStreamMonitor() {
            return out;
        }

        @Override
        public void write(String input) {
            // a run reads no input
        }
    };

    TraceProcess(ILaunch launch, String label) {
        this.launch = launch;
        this.label = label;
        attributes.put(ATTR_PROCESS_TYPE, TYPE);
        attributes.put(ATTR_PROCESS_LABEL, label);
    }

    /** Adds a line to the console's output ({@code stderr}: its error stream). */
    void print(String category, String line) {
        ("stderr".equals(category) ? err : out).append(line.endsWith("\n") ? line : line + "\n");
    }

    /** Everything printed to the output stream so far. */
    public String output() {
        return out.getContents();
    }

    /** What terminating the process does (ends the debug session). */
    void onTerminate(Runnable r) {
        onTerminate = r;
    }

    /** Announces the process to the platform. */
    void created() {
        fire(DebugEvent.CREATE);
    }

    /** The run has ended with {@code code}. */
    void exited(int code) {
        if (exit == null) {
            exit = code;
            fire(DebugEvent.TERMINATE);
        }
    }

    private void fire(int kind) {
        DebugPlugin p = DebugPlugin.getDefault();
        if (p != null) {
            p.fireDebugEventSet(new DebugEvent[] {new DebugEvent(this, kind)});
        }
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return streams;
    }

    @Override
    public synchronized void setAttribute(String key, String value) {
        attributes.put(key, value);
    }

    @Override
    public synchronized String getAttribute(String key) {
        return attributes.get(key);
    }

    @Override
    public int getExitValue() throws DebugException {
        Integer e = exit;
        if (e == null) {
            throw new DebugException(Status.error("the run has not ended"));
        }
        return e;
    }

    @Override
    public boolean canTerminate() {
        return exit == null;
    }

    @Override
    public boolean isTerminated() {
        return exit != null;
    }

    @Override
    public void terminate() {
        onTerminate.run();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IProcess.class) {
            return (T) this;
        }
        if (adapter == ILaunch.class) {
            return (T) launch;
        }
        return super.getAdapter(adapter);
    }

    /** A stream the console reads: what was printed so far, then each new piece. */
    private static final class Monitor implements IStreamMonitor {

        private final StringBuilder contents = new StringBuilder();
        private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();

        /** Under the monitor's lock, as the console takes it to read the contents and listen without a gap. */
        synchronized void append(String text) {
            contents.append(text);
            for (IStreamListener l : listeners) {
                l.streamAppended(text, this);
            }
        }

        @Override
        public void addListener(IStreamListener listener) {
            listeners.add(listener);
        }

        @Override
        public synchronized String getContents() {
            return contents.toString();
        }

        @Override
        public void removeListener(IStreamListener listener) {
            listeners.remove(listener);
        }
    }
}
