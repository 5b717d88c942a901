package org.tracenotes.core.model;

import java.util.List;

/**
 * A function whose body a note traces, or names without a body yet.
 *
 * @param name       the function
 * @param parameters its parameter names, where the note gives them
 * @param origin     how the note defines it
 * @param range      the root line, the expanding call's line, or the heading
 * @param body       the traced steps (empty for a declaration)
 */
public record FunctionDef(String name, List<String> parameters, Origin origin, SourceRange range, List<Step> body) {

    public FunctionDef {
        parameters = List.copyOf(parameters);
        body = List.copyOf(body);
    }

    /** How a note defines a function. */
    public enum Origin {
        /** A root of a trace block. */
        ROOT,
        /** A call with an inline expansion below it. */
        INLINE,
        /** A heading over an empty block: named, not traced yet. */
        DECLARED
    }
}
