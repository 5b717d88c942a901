package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: indentation that matched no open level and was snapped to the nearest; found by the parser while it reads the note. */
public final class IndentSnapped extends ParserFinding {

    public static final String ID = "indent-snapped";

    public IndentSnapped() {
        super(ID, Severity.WARNING, "indentation that matched no open level and was snapped to the nearest",
                "```\nf()\n=> a()\n   => b()\n      => c()\n      => d()\n     => e()\n```\n",
                "indent to the level the line is read at");
    }
}
