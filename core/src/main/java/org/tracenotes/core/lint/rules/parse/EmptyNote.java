package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a note with no text; found by the parser while it reads the note. */
public final class EmptyNote extends ParserFinding {

    public static final String ID = "empty-note";

    public EmptyNote() {
        super(ID, Severity.INFO, "a note with no text",
                "",
                null);
    }
}
