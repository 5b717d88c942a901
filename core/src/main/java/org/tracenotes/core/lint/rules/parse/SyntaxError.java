package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a line the grammar cannot read; found by the parser while it reads the note. */
public final class SyntaxError extends ParserFinding {

    public static final String ID = "syntax-error";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "a line the grammar cannot read";
    }

    @Override
    public Optional<String> example() {
        return Optional.empty();
    }
}
