package org.tracenotes.core.run;

import org.tracenotes.core.kernel.ModelFault;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;

/**
 * Where a note skipped code: records the elision, applies its {@code @assume}s, checks its body's
 * {@code @expect}s and gives the value of its {@code @returns}; and the evaluation of annotation
 * expressions.
 */
final class Elisions {

    private final RunState run;

    Elisions(RunState run) {
        this.run = run;
    }

    Value crossElision(CompiledStep cs, Frame f) {
        Step s = cs.step;
        if (f.note == run.program.main()) {
            run.markElided(s.range().line());
        }
        Value returned = null;
        String effect = "";
        for (NoteAnnotations.Placed p : cs.annotations) {
            if (p.placement() == Comment.Placement.LEADING) {
                continue;
            }
            String word = p.annotation().word();
            if (word.equals("assume")) {
                assume(p, f);
                effect = "@assume " + p.annotation().text();
            } else if (word.equals("returns")) {
                returned = annotationValue(p, f);
                effect = "@returns " + p.annotation().text() + " = " + returned;
            } else if (word.equals("expect") && p.placement() == Comment.Placement.BODY) {
                run.expectationChecks.check(NoteAnnotations.Expectation.of(p.annotation()), f);
            }
        }
        if (run.listening) {
            run.emit(new RunEvent.ElisionCrossed(f.note.source(), s.range().line(), run.depth, effect));
        }
        return returned;
    }

    void assume(NoteAnnotations.Placed p, Frame f) {
        Expr e = parsed(p);
        Value v = evalAnnotation(e, f, p.annotation().text(), p.annotation().range().line());
        boolean effect = e instanceof Expr.Assign || e instanceof Expr.Call || e instanceof Expr.Postfix;
        if (!effect && !Value.truthy(v)) {
            throw new Stop(RunOutcome.ERROR, "assumption `" + p.annotation().text() + "` does not hold (line "
                    + p.annotation().range().line() + ")", p.annotation().range().line());
        }
    }

    Value annotationValue(NoteAnnotations.Placed p, Frame f) {
        return evalAnnotation(parsed(p), f, p.annotation().text(), p.annotation().range().line());
    }

    Expr parsed(NoteAnnotations.Placed p) {
        return run.program.expression(p.annotation().text()).orElseThrow(() -> new Stop(RunOutcome.ERROR,
                "@" + p.annotation().word() + " `" + p.annotation().text() + "` is not a C expression (line "
                        + p.annotation().range().line() + ")", p.annotation().range().line()));
    }

    Value evalAnnotation(Expr e, Frame f, String text, int line) {
        String before = run.annotationText;
        run.annotationText = text;
        try {
            return run.expressions.eval(e, f, null);
        } catch (ModelFault fault) {
            throw new Stop(RunOutcome.ERROR, fault.getMessage() + " (line " + line + ")", line);
        } finally {
            run.annotationText = before;
        }
    }
}
