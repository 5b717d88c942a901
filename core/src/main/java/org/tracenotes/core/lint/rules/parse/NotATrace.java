package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a block that looks like a trace but is a listing (gdb, ftrace, a diagram); found by the parser while it reads the note. */
public final class NotATrace extends ParserFinding {

    public static final String ID = "not-a-trace";

    public NotATrace() {
        super(ID, Severity.INFO, "a block that looks like a trace but is a listing (gdb, ftrace, a diagram)",
                "```\n=> 0x0000555 <+0>: mov\n=> 0x0000559 <+4>: ret\n```\n",
                null);
    }
}
