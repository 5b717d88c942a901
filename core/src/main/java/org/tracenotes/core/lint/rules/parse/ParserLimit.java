package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a note too large or too deeply nested to parse; found by the parser while it reads the note. */
public final class ParserLimit extends ParserFinding {

    public static final String ID = "parser-limit";

    public ParserLimit() {
        super(ID, Severity.ERROR, "a note too large or too deeply nested to parse",
                null,
                null);
    }
}
