package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a note whose lines end in CR alone, read as line breaks; fmt leaves it alone; found by the parser while it reads the note. */
public final class CrLineEnds extends ParserFinding {

    public static final String ID = "cr-line-ends";

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
        return "a note whose lines end in CR alone, read as line breaks; fmt leaves it alone";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("```\rf()\r=> a()\r```\r");
    }
}
