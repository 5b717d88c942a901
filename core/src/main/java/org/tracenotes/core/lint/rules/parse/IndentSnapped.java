package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: indentation that matched no open level and was snapped to the nearest; found by the parser while it reads the note. */
public final class IndentSnapped extends ParserFinding {

    public static final String ID = "indent-snapped";

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
        return "indentation that matched no open level and was snapped to the nearest";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("```\nf()\n=> a()\n   => b()\n      => c()\n      => d()\n     => e()\n```\n");
    }

    @Override
    public Optional<String> fixLabel() {
        return Optional.of("indent to the level the line is read at");
    }
}
