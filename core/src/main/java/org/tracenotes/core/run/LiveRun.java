package org.tracenotes.core.run;

import java.util.List;
import java.util.Set;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.Value;

/**
 * A run as it stands at one event, for a {@link RunInspector}: its frames, the page and what the run
 * has read of the environment. Valid only during the inspector's call, on the run's thread.
 */
public interface LiveRun {

    /** The frames the run is inside, innermost first: the trace's own is last. */
    List<Frame> frames();

    /** The page state now. */
    PageState state();

    /** The state the run started from. */
    PageState initial();

    /** References taken so far. */
    int gets();

    /** References dropped so far. */
    int puts();

    /** The environment answers the run has asked for so far. */
    Set<PageModel.EnvKey> environmentRead();

    /** Steps run so far. */
    int steps();

    /**
     * Evaluates {@code expression} (the note's own C-like language: {@code ret < 0}, {@code page->refcount},
     * {@code PageLRU(page)}) in frame {@code frame} (0 the innermost) without changing the run: the
     * page, the variables and the path are put back afterwards, an assignment to the run's variables
     * is refused, and a name bound nowhere is an error.
     */
    Evaluation evaluate(String expression, int frame);

    /**
     * One activation: a trace, an inline expansion, a root of a loaded note or a reference trace.
     *
     * @param function   the function's name
     * @param source     the note its lines come from (the reference traces have their own source)
     * @param line       the line it is at: the step running, or the call it waits on
     * @param resolution where its body came from; null for the trace the run started with
     * @param locals     its variables in the order they were bound (parameters first)
     */
    record Frame(String function, String source, int line, RunEvent.Resolution resolution, java.util.Map<String, Value> locals) {

        public Frame {
            locals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(locals));
        }
    }

    /** The value of an expression, or why it has none. */
    record Evaluation(Value value, String error) {

        public static Evaluation of(Value v) {
            return new Evaluation(v, null);
        }

        public static Evaluation failed(String why) {
            return new Evaluation(null, why);
        }

        public boolean ok() {
            return error == null;
        }
    }
}
