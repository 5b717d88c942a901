package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a line too long to read as a step; found by the parser while it reads the note. */
public final class LongLine extends ParserFinding {

    public static final String ID = "long-line";

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
        return "a line too long to read as a step";
    }

    @Override
    public Optional<String> example() {
        return Optional.empty();
    }
}
