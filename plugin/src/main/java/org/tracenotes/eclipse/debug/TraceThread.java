package org.tracenotes.eclipse.debug;

import java.util.List;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.core.debug.TraceSession;

/**
 * The one thread of a Trace Note debug session: the run. Its frames are those of the current stop; it
 * steps into, over and out (return), resumes, suspends at the next step, and — beyond the platform's
 * actions — steps back and resumes backwards, by running the trace again to an earlier event.
 */
public final class TraceThread extends TraceDebugElement implements IThread {

    TraceThread(TraceDebugTarget target) {
        super(target);
    }

    @Override
    public IStackFrame[] getStackFrames() {
        return target().frames().toArray(IStackFrame[]::new);
    }

    /** The frames of the current stop, innermost first, typed; empty while running. */
    public List<TraceStackFrame> frames() {
        return target().frames();
    }

    @Override
    public boolean hasStackFrames() {
        return isSuspended() && !target().frames().isEmpty();
    }

    @Override
    public int getPriority() {
        return 0;
    }

    @Override
    public IStackFrame getTopStackFrame() {
        List<TraceStackFrame> frames = target().frames();
        return frames.isEmpty() ? null : frames.get(0);
    }

    @Override
    public String getName() {
        return target().session().trace() + " · scenario " + target().session().scenario();
    }

    /** The breakpoints the current stop hit. */
    @Override
    public IBreakpoint[] getBreakpoints() {
        return target().breakpointsHit().toArray(IBreakpoint[]::new);
    }

    /** The current stop, or null while running or after the end. */
    public DebugStop stop() {
        return target().stop();
    }

    // ---------------------------------------------------------------- moving

    @Override
    public boolean canResume() {
        return target().canResume();
    }

    @Override
    public boolean canSuspend() {
        return target().canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return target().isSuspended();
    }

    @Override
    public void resume() throws DebugException {
        target().resume();
    }

    @Override
    public void suspend() throws DebugException {
        target().suspend();
    }

    @Override
    public boolean canStepInto() {
        return isSuspended();
    }

    @Override
    public boolean canStepOver() {
        return isSuspended();
    }

    @Override
    public boolean canStepReturn() {
        return isSuspended() && target().stop().depth() > 0;
    }

    @Override
    public boolean isStepping() {
        return target().isStepping();
    }

    @Override
    public void stepInto() {
        target().move(TraceSession.Motion.STEP_IN, DebugEvent.STEP_INTO);
    }

    @Override
    public void stepOver() {
        target().move(TraceSession.Motion.STEP_OVER, DebugEvent.STEP_OVER);
    }

    @Override
    public void stepReturn() {
        target().move(TraceSession.Motion.STEP_OUT, DebugEvent.STEP_RETURN);
    }

    /** Whether going back is possible: stopped, and not before the first step. */
    public boolean canStepBack() {
        return isSuspended();
    }

    /** Back to the previous step no deeper than the current one (the run is run again from its start to it). */
    public void stepBack() {
        target().move(TraceSession.Motion.STEP_BACK, DebugEvent.STEP_OVER);
    }

    /** Back to the last breakpoint hit or exception before the current stop; to the first step if none. */
    public void reverseResume() {
        target().move(TraceSession.Motion.REVERSE_CONTINUE, DebugEvent.CLIENT_REQUEST);
    }

    @Override
    public boolean canTerminate() {
        return target().canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return target().isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        target().terminate();
    }

    @Override
    public String toString() {
        return getName();
    }
}
