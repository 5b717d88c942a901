package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a line too long to read as a step; found by the parser while it reads the note. */
public final class LongLine extends ParserFinding {

    public static final String ID = "long-line";

    public LongLine() {
        super(ID, Severity.WARNING, "a line too long to read as a step",
                null,
                null);
    }
}
