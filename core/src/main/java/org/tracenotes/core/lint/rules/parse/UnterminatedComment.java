package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a &#47;* comment that is never closed; found by the parser while it reads the note. */
public final class UnterminatedComment extends ParserFinding {

    public static final String ID = "unterminated-comment";

    public UnterminatedComment() {
        super(ID, Severity.WARNING, "a /* comment that is never closed",
                "```\nf()\n=> a() /* open\n=> b()\n```\n",
                null);
    }
}
