package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a `->` alternative (or else) with no open if at its level; found by the parser while it reads the note. */
public final class ElseWithoutIf extends ParserFinding {

    public static final String ID = "else-without-if";

    public ElseWithoutIf() {
        super(ID, Severity.WARNING, "a `->` alternative (or else) with no open if at its level",
                "```\nf()\n=> a()\n-> else\n=> b()\n```\n",
                null);
    }
}
