package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a code fence that is never closed; found by the parser while it reads the note. */
public final class UnterminatedFence extends ParserFinding {

    public static final String ID = "unterminated-fence";

    public UnterminatedFence() {
        super(ID, Severity.WARNING, "a code fence that is never closed",
                "```\nf()\n=> a()\n",
                null);
    }
}
