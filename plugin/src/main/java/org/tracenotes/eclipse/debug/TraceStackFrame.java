package org.tracenotes.eclipse.debug;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.tracenotes.core.debug.DebugFrame;

/**
 * One frame of a stopped run (innermost first): the trace itself, an inline expansion, a root of another
 * note or a reference trace of the model, with its function, its note line and its variables (its locals,
 * then the page). Stepping and resuming act on the thread.
 */
public final class TraceStackFrame extends TraceDebugElement implements IStackFrame {

    private final TraceThread thread;
    private final String key;
    private volatile DebugFrame frame;
    private volatile int index;
    private volatile List<TraceVariable> variables;

    TraceStackFrame(TraceThread thread, String key, DebugFrame frame, int index, List<TraceVariable> variables) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.key = key;
        update(frame, index, variables);
    }

    /**
     * The same call at another stop: its line, position and variables now. The platform's views keep a
     * frame that stays the top frame across a step as the same object (they compare frames with equals and
     * refresh the one they hold), as a JVM debugger's frames do.
     */
    void update(DebugFrame now, int position, List<TraceVariable> values) {
        this.frame = now;
        this.index = position;
        this.variables = List.copyOf(values);
    }

    /** Which call it is across stops: its depth from the trace, its function and its source. */
    String key() {
        return key;
    }

    /** Core's frame. */
    public DebugFrame frame() {
        return frame;
    }

    /** 0 for the innermost frame. */
    public int index() {
        return index;
    }

    /** The source (a note's path as core loaded it, or the reference traces' resource). */
    public String source() {
        return frame.source();
    }

    /** The file name of the source, for labels. */
    public String sourceName() {
        String name = Path.of(frame.source()).getFileName().toString();
        return frame.reference() ? name + " (Linux 6.6 reference traces)" : name;
    }

    @Override
    public IThread getThread() {
        return thread;
    }

    @Override
    public IVariable[] getVariables() {
        return variables.toArray(IVariable[]::new);
    }

    /** The variables, typed: the frame's locals, then {@code page}. */
    public List<TraceVariable> variables() {
        return variables;
    }

    @Override
    public boolean hasVariables() {
        return !variables.isEmpty();
    }

    @Override
    public int getLineNumber() {
        return frame.line();
    }

    @Override
    public int getCharStart() {
        return -1;
    }

    @Override
    public int getCharEnd() {
        return -1;
    }

    @Override
    public String getName() {
        return frame.function();
    }

    @Override
    public IRegisterGroup[] getRegisterGroups() {
        return new IRegisterGroup[0];
    }

    @Override
    public boolean hasRegisterGroups() {
        return false;
    }

    // stepping, resuming and terminating are the thread's

    @Override
    public boolean canStepInto() {
        return thread.canStepInto();
    }

    @Override
    public boolean canStepOver() {
        return thread.canStepOver();
    }

    @Override
    public boolean canStepReturn() {
        return thread.canStepReturn();
    }

    @Override
    public boolean isStepping() {
        return thread.isStepping();
    }

    @Override
    public void stepInto() throws DebugException {
        thread.stepInto();
    }

    @Override
    public void stepOver() throws DebugException {
        thread.stepOver();
    }

    @Override
    public void stepReturn() throws DebugException {
        thread.stepReturn();
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    @Override
    public void resume() throws DebugException {
        thread.resume();
    }

    @Override
    public void suspend() throws DebugException {
        thread.suspend();
    }

    @Override
    public boolean canTerminate() {
        return thread.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        thread.terminate();
    }

    @Override
    public String toString() {
        return frame.function() + " line " + frame.line();
    }
}
