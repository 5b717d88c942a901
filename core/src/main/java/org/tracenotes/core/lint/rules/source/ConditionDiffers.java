package org.tracenotes.core.lint.rules.source;

import org.tracenotes.core.lint.rules.SourceFinding;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID} ({@code lint --source}): a condition the source does not have in that function (info when none of its conditions is close). Found by the one check against
 * the tree that every source rule shares ({@link SourceFinding}).
 */
public final class ConditionDiffers extends SourceFinding {

    public static final String ID = "condition-differs";

    public ConditionDiffers() {
        super(ID, Severity.WARNING, "with --source: an if, loop or switch condition that matches none of the function's in the source; the closest quoted",
                null,
                null);
    }
}
