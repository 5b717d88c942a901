package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a file with NUL bytes, not a note; found by the parser while it reads the note. */
public final class BinaryInput extends ParserFinding {

    public static final String ID = "binary-input";

    public BinaryInput() {
        super(ID, Severity.ERROR, "a file with NUL bytes, not a note",
                "```\nf()\n=> a()\u0000\n```\n",
                null);
    }
}
