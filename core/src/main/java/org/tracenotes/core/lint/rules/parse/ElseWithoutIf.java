package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a `->` alternative (or else) with no open if at its level; found by the parser while it reads the note. */
public final class ElseWithoutIf extends ParserFinding {

    public static final String ID = "else-without-if";

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
        return "a `->` alternative (or else) with no open if at its level";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("```\nf()\n=> a()\n-> else\n=> b()\n```\n");
    }
}
