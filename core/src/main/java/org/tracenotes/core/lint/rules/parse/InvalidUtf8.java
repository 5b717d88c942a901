package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: bytes that are not UTF-8 (read as U+FFFD); found by the parser while it reads the note. */
public final class InvalidUtf8 extends ParserFinding {

    public static final String ID = "invalid-utf8";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "bytes that are not UTF-8 (read as U+FFFD)";
    }

    @Override
    public Optional<String> example() {
        return Optional.empty();
    }
}
