package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a line the grammar cannot read; found by the parser while it reads the note. */
public final class SyntaxError extends ParserFinding {

    public static final String ID = "syntax-error";

    public SyntaxError() {
        super(ID, Severity.ERROR, "a line the grammar cannot read",
                null,
                null);
    }
}
