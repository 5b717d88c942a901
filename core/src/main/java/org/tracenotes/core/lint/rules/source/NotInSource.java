package org.tracenotes.core.lint.rules.source;

import org.tracenotes.core.lint.rules.SourceFinding;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID} ({@code lint --source}): a function the note calls that the source tree neither defines nor calls (info when the tree has no name near it). Found by the one check against
 * the tree that every source rule shares ({@link SourceFinding}).
 */
public final class NotInSource extends SourceFinding {

    public static final String ID = "not-in-source";

    public NotInSource() {
        super(ID, Severity.WARNING, "with --source: a function the note calls that the source tree neither defines nor calls; did-you-mean from the tree",
                null,
                null);
    }
}
