package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a &#47;* comment that is never closed; found by the parser while it reads the note. */
public final class UnterminatedComment extends ParserFinding {

    public static final String ID = "unterminated-comment";

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
        return "a /* comment that is never closed";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("```\nf()\n=> a() /* open\n=> b()\n```\n");
    }
}
