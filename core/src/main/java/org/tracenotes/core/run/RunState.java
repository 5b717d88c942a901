package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;

/**
 * One run's mutable state, shared by the parts of the interpreter: the page model, the path, the
 * budget counters, the leniency and expectations recorded, the innermost frame and what is pending
 * between a statement and the one that handles it (a return value, a goto's label, an expansion).
 * It also wires the parts together: each part reaches the others through it.
 */
final class RunState {

    static final int MAX_NESTING = RunOptions.MAX_DEPTH_BUDGET;

    final Program program;
    final RunOptions options;
    final String scenario;
    final PageModel model;
    final RunListener listener;
    final RunInspector inspector;
    boolean listening;
    /** A listener of branch decisions only, heard without events (when not {@link #listening}); else null. */
    final BranchListener branchListener;
    /** Whether the options force any branch: looked at on every branch, so read once. */
    final boolean forcing;
    /** The innermost frame, for an inspector. */
    Frame top;
    /** While a debugger evaluates: a name bound nowhere is an error, not an opaque value. */
    boolean strictNames;
    /** What may not write to the run's variables now, for the message: an expectation or an evaluation. */
    String pureWhat = "an expectation";
    boolean failureReported;

    int steps;
    int depth;
    final LineBuffer path;
    final LineBuffer elided = new LineBuffer();
    final Leniencies lenient = new Leniencies();
    /** The branch lines forced so far, each once, in the order forced. */
    final LineBuffer forced = new LineBuffer();
    final List<ExpectationResult> expectations = new ArrayList<>();

    Value pendingReturn = Value.VOID;
    String pendingLabel;
    /** The line of the goto that set {@link #pendingLabel}: where a missing label is reported. */
    int pendingGotoLine;
    /** The step whose inline expansion the next call of its function runs, and whether it ran. */
    CompiledStep expansion;
    /** The function {@link #expansion} expands. */
    String expansionName;
    boolean expansionUsed;
    /** An elided call's value from its {@code @returns}, and the call it replaces. */
    Expr.Call overriddenCall;
    Value overrideValue;
    /** {@code $ret} while an expectation is checked; null where it has no value. */
    Value dollarRet;
    /** While an expectation is checked: frames at or below this level must not be written; else -1. */
    int pureBelow = -1;
    /** Nesting of statement lists and expressions, against the Java stack. */
    int nesting;
    /** The annotation text whose expression is being evaluated, for messages; null for note lines. */
    String annotationText;

    final Statements statements;
    final Branches branches;
    final Expressions expressions;
    final Scopes scopes;
    final Calls calls;
    final Expectations expectationChecks;
    final Elisions elisions;
    final KernelBindings kernel;
    /** What the inspector sees; null without one (every use is for an inspector). */
    final RunInspection inspection;

    RunState(Program program, String scenario, PageModel model, RunOptions options) {
        this.program = program;
        this.options = options;
        this.scenario = scenario;
        this.model = model;
        this.path = new LineBuffer(program.pathRoom());
        this.listener = options.listener();
        this.inspector = options.inspector();
        this.branchListener = listener instanceof BranchListener b ? b : null;
        this.forcing = !options.forces().isEmpty();
        this.listening = (listener != RunListener.NONE && branchListener == null) || inspector != null;
        this.statements = new Statements(this);
        this.branches = new Branches(this);
        this.expressions = new Expressions(this);
        this.scopes = new Scopes(this);
        this.calls = new Calls(this);
        this.expectationChecks = new Expectations(this);
        this.elisions = new Elisions(this);
        this.kernel = new KernelBindings(this);
        this.inspection = inspector != null ? new RunInspection(this) : null;
    }

    void emit(RunEvent e) {
        if (inspector != null) {
            inspector.on(e, inspection.view());
        }
        listener.on(e);
    }

    /** Tells the inspector, once, where the run ends otherwise than returning, while its frames still stand. */
    void failing(Stop stop) {
        if (inspector != null && listening && !failureReported) {
            failureReported = true;
            inspector.failing(stop.outcome, stop.getMessage(), stop.line, inspection.view());
        }
    }

    void lenient(int line, String kind, String what) {
        lenient.putIfAbsent(line + "\u0000" + kind + "\u0000" + what, new Leniency(line, kind, what));
    }

    /**
     * As {@link #lenient(int, String, String)} for a leniency whose words depend only on its line, its
     * kind and the three names given: the words and the key are made once per program, not per run.
     */
    void lenient(int line, String kind, int variant, Object a, Object b, Object c, java.util.function.Supplier<String> what) {
        Program.NotedLeniency n = program.leniency(new Program.LeniencySite(line, kind, variant, a, b, c), what);
        lenient.putIfAbsent(n.key(), n.leniency());
    }

    /** As {@link #lenient(int, String, int, Object, Object, Object, java.util.function.Supplier)}, remembered at a compiled site. */
    void lenient(LeniencyMemo memo, int line, String kind, int variant, Object a, Object b, Object c,
                 java.util.function.Supplier<String> what) {
        Program.NotedLeniency n = memo.noted(program, line, kind, variant, a, b, c, what);
        lenient.putIfAbsent(n.key(), n.leniency());
    }

    /**
     * Records the leniency {@code memo} noted last for this key, if it has it ({@link LeniencyMemo#find});
     * false if it has not, and the caller records it with its words
     * ({@link #lenient(LeniencyMemo, int, String, int, Object, Object, Object, java.util.function.Supplier)}).
     */
    boolean lenientKnown(LeniencyMemo memo, int line, String kind, int variant, Object a, Object b, Object c) {
        Program.NotedLeniency n = memo.find(line, kind, variant, a, b, c);
        if (n == null) {
            return false;
        }
        lenient.putIfAbsent(n.key(), n.leniency());
        return true;
    }

    /** Takes back the leniency recorded since there were {@code savedSize}. */
    void dropLeniencySince(int savedSize) {
        lenient.truncate(savedSize);
    }

    void markElided(int line) {
        if (!elided.contains(line)) {
            elided.add(line);
        }
    }

    void record(ExpectationResult r, String source) {
        expectations.add(r);
        if (listening) {
            emit(new RunEvent.ExpectationChecked(source, r.line(), depth, r));
        }
    }

    static int line(Step at, Expr e) {
        if (at != null) {
            return at.range().line();
        }
        return 0;
    }

    /** An expression's text as written, for messages. */
    String text(Expr e, Frame f) {
        if (annotationText != null) {
            String synthetic = "=> " + annotationText;
            int from = e.range().offset();
            int to = e.range().endOffset();
            return from >= 0 && to <= synthetic.length() && from <= to ? synthetic.substring(from, to) : annotationText;
        }
        String t = f.note.text();
        int from = e.range().offset();
        int to = e.range().endOffset();
        return from >= 0 && to <= t.length() && from <= to ? t.substring(from, to) : e.getClass().getSimpleName();
    }

    /**
     * Where a run stands, for a side trip that must leave no trace (an expectation checked, an expression
     * the debugger evaluates): the page model, the path, elisions and leniency recorded so far, the forced
     * branches and the run's counters.
     */
    record Mark(PageModel.Mark model, int lenient, int path, int elided, int steps, int depth, int nesting,
                int pureBelow, Value pendingReturn, String pendingLabel, int forced, boolean listening) { }

    Mark mark() {
        return new Mark(model.mark(), lenient.size(), path.size(), elided.size(), steps, depth, nesting, pureBelow,
                pendingReturn, pendingLabel, forced.size(), listening);
    }

    /** Back to {@code m}: what the side trip changed is undone, what it recorded forgotten. */
    void rewind(Mark m) {
        model.restore(m.model());
        path.truncate(m.path());
        elided.truncate(m.elided());
        // names a side trip reads are not the note's leniency
        lenient.truncate(m.lenient());
        forced.truncate(m.forced()); // a side trip only adds to the forced lines
        steps = m.steps();
        depth = m.depth();
        nesting = m.nesting();
        pureBelow = m.pureBelow();
        pendingReturn = m.pendingReturn();
        pendingLabel = m.pendingLabel();
        listening = m.listening();
    }
}
