package org.tracenotes.core.lint.rules.source;

import org.tracenotes.core.lint.rules.SourceFinding;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID} ({@code lint --source}): arms of a traced if or switch the note leaves out unmarked, one finding per function. Found by the one check against
 * the tree that every source rule shares ({@link SourceFinding}).
 */
public final class UntracedBranch extends SourceFinding {

    public static final String ID = "untraced-branch";

    public UntracedBranch() {
        super(ID, Severity.INFO, "with --source: arms of a traced if or switch (else, error exits) the note leaves out without marking them skipped",
                null,
                null);
    }
}
