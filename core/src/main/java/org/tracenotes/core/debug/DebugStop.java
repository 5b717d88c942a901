package org.tracenotes.core.debug;

import java.util.List;
import java.util.Locale;

/**
 * A run stopped at one of its events.
 *
 * @param reason        why it stopped
 * @param description   what a client shows beside the thread ({@code breakpoint at line 17}, {@code @expect failed})
 * @param index         the event it stopped at, counted from the run's start (the same on every re-run)
 * @param depth         calls the run is inside (0 in the trace itself)
 * @param frames        innermost first
 * @param page          the page now: flags, refcount, the reference ledger by owner, num_poisoned_pages …
 * @param environment   the environment answers the run has read so far
 * @param breakpoints   ids of the breakpoints that stopped it
 * @param exception     for {@link Reason#EXCEPTION}: what went wrong; else null
 */
public record DebugStop(Reason reason, String description, int index, int depth, List<DebugFrame> frames,
                        List<DebugValue> page, List<DebugValue> environment, List<Integer> breakpoints,
                        Failure exception) implements Halt {

    public DebugStop {
        frames = List.copyOf(frames);
        page = List.copyOf(page);
        environment = List.copyOf(environment);
        breakpoints = List.copyOf(breakpoints);
    }

    /** The innermost frame. */
    public DebugFrame top() {
        return frames.get(0);
    }

    /**
     * The page in one line, {@code refcount 1 · lru anon mapped}: its refcount and set flags as
     * {@link #page} shows them ({@code ?} and {@code (none)} when it has no such value).
     */
    public String pageSummary() {
        String refcount = "?";
        String flags = "(none)";
        for (DebugValue v : page) {
            if (v.name().equals("refcount")) {
                refcount = v.value();
            } else if (v.name().equals("flags")) {
                flags = v.value();
            }
        }
        return "refcount " + refcount + " · " + flags;
    }

    /** Why a run stopped. */
    public enum Reason {
        /** At its first step (stop on entry), or back at it. */
        ENTRY,
        /** A step in, over, out or back ended. */
        STEP,
        BREAKPOINT,
        /** An {@code @expect} failed, an invariant broke or the run is ending in error. */
        EXCEPTION,
        /** At the branch a goto forced. */
        GOTO,
        PAUSE,
        /** At the first step of a frame run again (restart frame). */
        RESTART;

        /** {@code entry}, {@code step}, … as the Debug Adapter Protocol names them. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What stopped a run as an exception.
     *
     * @param filter      the exception filter that caught it: {@link TraceSession#EXPECTATION},
     *                    {@link TraceSession#INVARIANT} or {@link TraceSession#RUN_ERROR}
     * @param id          what it is: {@code expectation}, an invariant's id, or the outcome ({@code unknown-function} …)
     * @param description in words, with the values seen
     */
    public record Failure(String filter, String id, String description) { }
}
