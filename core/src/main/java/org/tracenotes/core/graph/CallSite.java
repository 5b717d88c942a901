package org.tracenotes.core.graph;

import java.util.Locale;
import org.tracenotes.core.model.SourceRange;

/**
 * One call in a note: an edge of the call graph. Two calls of the same function from the same
 * caller are two edges.
 *
 * @param caller  the function whose body holds the call
 * @param callee  the called function
 * @param source  the note it is written in
 * @param range   the call expression (or the bare name) in the note
 * @param context where the call stands in its step
 * @param kind    direct, or the resolved target of an indirect call (call dialect {@code =>})
 */
public record CallSite(String caller, String callee, String source, SourceRange range, Context context, Kind kind) {

    /** Where a call stands in its step. */
    public enum Context {
        /** It is the step: {@code => foo(x)}, {@code => r = foo(x)}, {@code +-> foo}. */
        STEP,
        /** In the condition of an if, else-if, loop, switch or case: {@code => if foo(x):}. */
        CONDITION,
        /** In the arguments of another call: {@code => f(g(x))} calls g in an argument. */
        ARGUMENT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How the call reaches its callee. {@code UNTRACED}: a call the source makes that the note leaves
     * out ({@code graph --source --untraced}); its place is in the source file.
     */
    public enum Kind {
        DIRECT, INDIRECT, UNTRACED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code file:line:col}. */
    public String location() {
        return source + ":" + range.start();
    }
}
