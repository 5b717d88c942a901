package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a note too large or too deeply nested to parse; found by the parser while it reads the note. */
public final class ParserLimit extends ParserFinding {

    public static final String ID = "parser-limit";

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
        return "a note too large or too deeply nested to parse";
    }

    @Override
    public Optional<String> example() {
        return Optional.empty();
    }
}
