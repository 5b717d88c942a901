package org.tracenotes.core.lint.rules.steps;

import java.util.List;
import org.tracenotes.core.lint.NoteFormatter;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Fix;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/** {@value #ID}: {@code if a = b}; the fix compares with {@code ==}, where which {@code =} was meant is known. */
public final class AssignmentInCondition extends DefinedRule {

    public static final String ID = "assignment-in-condition";

    public AssignmentInCondition() {
        super(ID, Severity.WARNING, "`if a = b` assigns and tests the value; `==` compares",
                "```\nf()\n=> if a = b:\n   => c()\n```\n",
                "compare with `==`");
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (Step s : context.note().steps()) {
            check(context.note(), s, out);
        }
    }

    /** The finding on step {@code s}, if it has one (fmt and the editors re-check one step). */
    public static void check(Note note, Step s, List<Diagnostic> out) {
        if ((s.kind() == StepKind.IF || s.kind() == StepKind.ELSE_IF || s.kind() == StepKind.LOOP)
                && s.expression() instanceof Expr.Assign a && a.op().equals("=")) {
            // a chain (`if a = b = c`) has no safe fix: which `=` was meant is not known
            int eq = a.value() instanceof Expr.Assign ? -1
                    : NoteFormatter.assignmentOperator(note.text(), a.target().range().endOffset(), a.value().range().offset());
            List<Fix> fix = eq < 0 ? List.of() : List.of(new Fix("Change `=` to `==` (compare)", eq, "=", "=="));
            out.add(new Diagnostic(ID, Severity.WARNING, "`" + s.text()
                    + "` assigns and tests the value; to compare, write `==`", s.range(), fix));
        }
    }
}
