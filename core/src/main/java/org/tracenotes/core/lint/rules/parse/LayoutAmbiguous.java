package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a line whose layout fits two trees: the reading taken and the other one are named; found by the parser while it reads the note. */
public final class LayoutAmbiguous extends ParserFinding {

    public static final String ID = "layout-ambiguous";

    public LayoutAmbiguous() {
        super(ID, Severity.INFO, "a line whose layout fits two trees: the reading taken and the other one are named",
                "```\nidle()\n-> idle_call()\n   if (not_available(drv))\n   -> default_idle()\n```\n",
                null);
    }
}
