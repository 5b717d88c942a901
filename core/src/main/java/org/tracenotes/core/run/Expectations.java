package org.tracenotes.core.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * Checks {@code @expect}s on steps and at the end of a run, without changing the run.
 */
final class Expectations {

    private final RunState run;

    Expectations(RunState run) {
        this.run = run;
    }

    /** Checks the expectations at the end of {@code root}'s run, which ended with {@code outcome}. */
    void atEnd(Root root, Note note, CompiledNote code, RunOutcome outcome, Long result) {
        run.dollarRet = result == null ? null : new Value.Int(result);
        List<NoteAnnotations.Expectation> expectations = code.endExpectations(root);
        for (int i = 0; i < expectations.size(); i++) {
            NoteAnnotations.Expectation e = expectations.get(i);
            if (!e.appliesTo(run.scenario) && run.program.scenarioNames(note).contains(e.scenario())) {
                continue;
            }
            if (outcome != RunOutcome.RETURNED) {
                run.record(new ExpectationResult(e.annotation().range().line(), e.expr(), false,
                        "not checked: the run ended " + outcome.id()), note.source());
            } else {
                Frame end = endFrame();
                end.line = e.annotation().range().line();
                run.top = end;
                check(e, end);
            }
        }
    }

    void expectAt(CompiledStep s, Frame f, Comment.Placement placement, Value ret) {
        if (!s.hasAnnotations) {
            return;
        }
        List<NoteAnnotations.Placed> placed = s.annotations;
        for (NoteAnnotations.Placed p : placed) {
            if (p.placement() == placement && p.annotation().word().equals("expect")) {
                Value before = run.dollarRet;
                run.dollarRet = ret;
                try {
                    check(NoteAnnotations.Expectation.of(p.annotation()), f);
                } finally {
                    run.dollarRet = before;
                }
            }
        }
    }

    /**
     * Checks one expectation without changing the run: it may call functions, but not assign to the
     * run's variables, and the page model, path, budget, leniency and events are put back afterwards.
     */
    void check(NoteAnnotations.Expectation e, Frame f) {
        boolean known = e.scenario() == null || run.program.scenarioNames(f.note).contains(e.scenario());
        if (known && !e.appliesTo(run.scenario)) {
            return;
        }
        int line = e.annotation().range().line();
        if (!known) {
            List<String> near = Suggestions.nearest(e.scenario(), run.program.scenarioNames(f.note), 1);
            run.record(new ExpectationResult(line, e.expr(), false, "`" + e.scenario() + ":` names no scenario of the note"
                    + (near.isEmpty() ? "" : "; did you mean `" + near.get(0) + "`?")), f.note.source());
            return;
        }
        Optional<Expr> x = run.program.expression(e.expr());
        if (x.isEmpty()) {
            run.record(new ExpectationResult(line, e.expr(), false, "not a C expression"), f.note.source());
            return;
        }
        RunState.Mark saved = run.mark();
        ExpectationResult r;
        run.pureBelow = f.level;
        run.listening = false;
        try {
            Value v = run.elisions.evalAnnotation(x.get(), f, e.expr(), line);
            boolean ok = Value.truthy(v);
            r = new ExpectationResult(line, e.expr(), ok, ok ? "holds" : describeFailure(x.get(), f, e.expr(), line));
        } catch (Stop stop) {
            r = new ExpectationResult(line, e.expr(), false, stop.getMessage());
        } finally {
            run.rewind(saved);
        }
        run.record(r, f.note.source());
    }

    String describeFailure(Expr x, Frame f, String text, int line) {
        String before = run.annotationText;
        run.annotationText = text;
        try {
            return failure(x, f, text, line);
        } finally {
            run.annotationText = before;
        }
    }

    String failure(Expr x, Frame f, String text, int line) {
        if (x instanceof Expr.Binary b && b.op().equals("&&")) {
            Expr falseSide = Value.truthy(run.elisions.evalAnnotation(b.left(), f, text, line)) ? b.right() : b.left();
            return failure(falseSide, f, text, line);
        }
        if (x instanceof Expr.Binary b && List.of("==", "!=", "<", ">", "<=", ">=").contains(b.op())) {
            Value l = run.elisions.evalAnnotation(b.left(), f, text, line);
            Value r = run.elisions.evalAnnotation(b.right(), f, text, line);
            return "`" + run.text(b, f) + "`: left side is " + l + ", right side " + r;
        }
        return "`" + run.text(x, f) + "` is false";
    }

    /** Where end-of-run expectations look names up: {@code $ret}, the state's given keys, the page. */
    Frame endFrame() {
        Frame f = new Frame("(end of run)", null, run.program.main(), run.program.code(run.program.main()), true);
        for (Map.Entry<String, Object> e : run.model.state().asGiven().entrySet()) {
            Object v = e.getValue();
            Value value = v instanceof Boolean b ? Value.of(b) : v instanceof Number n ? new Value.Int(n.longValue())
                    : new Value.Obj(Value.ObjKind.SYMBOL, String.valueOf(v));
            if (e.getKey().equals("flags")) {
                value = new Value.Int(run.model.state().callerFlags());
            }
            f.vars.put(e.getKey(), new Value[] {value});
        }
        f.vars.put("page", new Value[] {Value.PAGE});
        f.vars.put("folio", new Value[] {Value.FOLIO});
        f.vars.put("pfn", new Value[] {new Value.Int(Value.PFN)});
        return f;
    }
}
