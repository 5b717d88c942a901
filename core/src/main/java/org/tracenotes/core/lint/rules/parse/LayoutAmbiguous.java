package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: a line whose layout fits two trees: the reading taken and the other one are named; found by the parser while it reads the note. */
public final class LayoutAmbiguous extends ParserFinding {

    public static final String ID = "layout-ambiguous";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "a line whose layout fits two trees: the reading taken and the other one are named";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("```\nidle()\n-> idle_call()\n   if (not_available(drv))\n   -> default_idle()\n```\n");
    }
}
