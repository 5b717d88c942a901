package org.tracenotes.core.graph;

import java.util.Locale;

/** What is known of a function in the call graph. */
public enum FunctionKind {
    /** A body exists in some loaded note: a root, or an inline expansion below a call. */
    TRACED,
    /** A note names it (a heading over an empty block) but traces no body yet. */
    DECLARED,
    /** Not traced in a note, but the page model has it: a kernel reference trace or a primitive. */
    MODEL,
    /** Called, but neither traced, declared nor modelled. */
    UNKNOWN,
    /** Not traced in a note, but a source tree ({@code graph --source}) defines it: its vertex has the definition's place. */
    SOURCE;

    /** Lower-case name used in output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
