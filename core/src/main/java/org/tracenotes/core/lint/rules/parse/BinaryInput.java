package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a file with NUL bytes, not a note; found by the parser while it reads the note. */
public final class BinaryInput extends ParserFinding {

    public static final String ID = "binary-input";

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
        return "a file with NUL bytes, not a note";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("```\nf()\n=> a()\u0000\n```\n");
    }
}
