package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a note whose lines end in CR alone, read as line breaks; fmt leaves it alone; found by the parser while it reads the note. */
public final class CrLineEnds extends ParserFinding {

    public static final String ID = "cr-line-ends";

    public CrLineEnds() {
        super(ID, Severity.WARNING, "a note whose lines end in CR alone, read as line breaks; fmt leaves it alone",
                "```\rf()\r=> a()\r```\r",
                null);
    }
}
