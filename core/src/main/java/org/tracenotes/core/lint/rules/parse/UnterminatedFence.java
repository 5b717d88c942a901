package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a code fence that is never closed; found by the parser while it reads the note. */
public final class UnterminatedFence extends ParserFinding {

    public static final String ID = "unterminated-fence";

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
        return "a code fence that is never closed";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("```\nf()\n=> a()\n");
    }
}
