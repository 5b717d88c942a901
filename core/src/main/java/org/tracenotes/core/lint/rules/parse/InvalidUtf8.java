package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: bytes that are not UTF-8 (read as U+FFFD); found by the parser while it reads the note. */
public final class InvalidUtf8 extends ParserFinding {

    public static final String ID = "invalid-utf8";

    public InvalidUtf8() {
        super(ID, Severity.WARNING, "bytes that are not UTF-8 (read as U+FFFD)",
                null,
                null);
    }
}
