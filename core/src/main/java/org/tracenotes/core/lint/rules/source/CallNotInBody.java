package org.tracenotes.core.lint.rules.source;

import org.tracenotes.core.lint.rules.SourceFinding;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID} ({@code lint --source}): a call the note puts in a function whose body in the source does not make it. Found by the one check against
 * the tree that every source rule shares ({@link SourceFinding}).
 */
public final class CallNotInBody extends SourceFinding {

    public static final String ID = "call-not-in-body";

    public CallNotInBody() {
        super(ID, Severity.WARNING, "with --source: the note says f calls g, and f's body in the source does not; the nearest callee of f suggested",
                null,
                null);
    }
}
