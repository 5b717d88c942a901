package org.tracenotes.core.lint.rules.source;

import org.tracenotes.core.lint.rules.SourceFinding;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID} ({@code lint --source}): two calls noted in an order the source never runs them. Found by the one check against
 * the tree that every source rule shares ({@link SourceFinding}).
 */
public final class CallOrder extends SourceFinding {

    public static final String ID = "call-order";

    public CallOrder() {
        super(ID, Severity.INFO, "with --source: two calls of one body noted in an order the source never runs them",
                null,
                null);
    }
}
