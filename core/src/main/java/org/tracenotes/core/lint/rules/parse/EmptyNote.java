package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a note with no text; found by the parser while it reads the note. */
public final class EmptyNote extends ParserFinding {

    public static final String ID = "empty-note";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "a note with no text";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("");
    }
}
