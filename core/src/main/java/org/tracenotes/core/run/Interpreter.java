package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.kernel.KernelConstants;
import org.tracenotes.core.kernel.ModelFault;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.Primitives;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.run.RunEvent.Resolution;

/**
 * Runs a trace against the page model: a tree-walking interpreter over the note model (jlox's shape),
 * with C semantics for what notes write and recorded leniency where they abbreviate. A call runs its
 * inline expansion, else a root of that name in a loaded note, else the model's reference trace, else
 * a primitive; anything else ends the run {@code unknown-function}. A note reaches nothing but the
 * model: names resolve to variables, kernel constants and primitives, never to Java.
 *
 * <p>One instance per run; {@link #run} is the entry point.
 */
public final class Interpreter {

    /** Names a kernel note passes around that the model keeps as opaque objects. */
    private static final Set<String> SYMBOLS = Set.of("mf_mutex", "hugetlb_lock", "pagelist", "mtc",
            "alloc_migration_target", "MIGRATE_SYNC", "MIGRATE_ASYNC", "MR_MEMORY_FAILURE", "ISOLATE_UNEVICTABLE",
            "current", "zone", "GFP_USER", "__GFP_MOVABLE", "__GFP_RETRY_MAYFAIL");

    private enum Signal { NORMAL, RETURN, GOTO, BREAK, CONTINUE }

    /** Ends a run early with an outcome other than {@code returned}. */
    private static final class Stop extends RuntimeException {
        final RunOutcome outcome;
        final int line;

        Stop(RunOutcome outcome, String message, int line) {
            super(message, null, false, false);
            this.outcome = outcome;
            this.line = line;
        }
    }

    /** A function's activation: its variables, and where its body comes from. */
    private static final class Frame {
        final String function;
        final Frame caller;
        final Note note;
        final boolean reference;
        /** In the order bound, so that a debugger lists parameters first. */
        final Map<String, Value[]> vars = new LinkedHashMap<>();
        /** Frames below this one; an expectation may not write to frames older than its own calls. */
        final int level;
        /** The line of the step this frame is running, or of the call it waits on. */
        int line;
        /** Where the body came from; null for the trace the run started with. */
        Resolution resolution;

        Frame(String function, Frame caller, Note note, boolean reference) {
            this.function = function;
            this.caller = caller;
            this.note = note;
            this.reference = reference;
            this.level = caller == null ? 0 : caller.level + 1;
        }
    }

    private final Program program;
    private final RunOptions options;
    private final String scenario;
    private final PageModel model;
    private final RunListener listener;
    private final RunInspector inspector;
    private boolean listening;
    /** The innermost frame, for an inspector. */
    private Frame top;
    /** While a debugger evaluates: a name bound nowhere is an error, not an opaque value. */
    private boolean strictNames;
    /** What may not write to the run's variables now, for the message: an expectation or an evaluation. */
    private String pureWhat = "an expectation";
    private boolean failureReported;

    private int steps;
    private int depth;
    private final List<Integer> path = new ArrayList<>();
    private final List<Integer> elided = new ArrayList<>();
    private final Map<String, Leniency> lenient = new LinkedHashMap<>();
    private final Set<Integer> forced = new LinkedHashSet<>();
    private final List<ExpectationResult> expectations = new ArrayList<>();

    private Value pendingReturn = Value.VOID;
    private String pendingLabel;
    /** The line of the goto that set {@link #pendingLabel}: where a missing label is reported. */
    private int pendingGotoLine;
    /** The step whose inline expansion the next call of its function runs, and whether it ran. */
    private Step expansion;
    private boolean expansionUsed;
    /** An elided call's value from its {@code @returns}, and the call it replaces. */
    private Expr.Call overriddenCall;
    private Value overrideValue;
    /** {@code $ret} while an expectation is checked; null where it has no value. */
    private Value dollarRet;
    /** While an expectation is checked: frames at or below this level must not be written; else -1. */
    private int pureBelow = -1;
    /** Nesting of statement lists and expressions, against the Java stack. */
    private int nesting;
    private static final int MAX_NESTING = RunOptions.MAX_DEPTH_BUDGET;
    /** The annotation text whose expression is being evaluated, for messages; null for note lines. */
    private String annotationText;

    private Interpreter(Program program, String scenario, PageModel model, RunOptions options) {
        this.program = program;
        this.options = options;
        this.scenario = scenario;
        this.model = model;
        this.listener = options.listener();
        this.inspector = options.inspector();
        this.listening = listener != RunListener.NONE || inspector != null;
    }

    private void emit(RunEvent e) {
        if (inspector != null) {
            inspector.on(e, view);
        }
        listener.on(e);
    }

    /**
     * Runs {@code root} (a root of the program's main note, or a reference trace when the program
     * runs the reference) from {@code start}.
     */
    public static RunResult run(Program program, Root root, String scenario, PageState start, RunOptions options) {
        return new Interpreter(program, scenario, new PageModel(start), options).run(root);
    }

    /** As {@link #run(Program, Root, String, PageState, RunOptions)}, on a model the caller keeps to inspect. */
    public static RunResult run(Program program, Root root, String scenario, PageModel model, RunOptions options) {
        return new Interpreter(program, scenario, model, options).run(root);
    }

    private RunResult run(Root root) {
        Note note = program.main();
        Frame frame = new Frame(root.name(), null, note, program.mainIsReference());
        frame.line = root.range().line();
        top = frame;
        RunOutcome outcome = RunOutcome.RETURNED;
        Long result = null;
        String message = null;
        int stopLine = 0;
        try {
            for (String p : root.parameters()) {
                frame.vars.put(p, new Value[] {entryValue(p, root)});
            }
            Signal s = execBody(root.body(), frame, root.range().line());
            if (s == Signal.RETURN && !(pendingReturn == Value.VOID && isVoid(root))) {
                result = Value.asLong(pendingReturn);
            }
        } catch (Stop stop) {
            failing(stop);
            outcome = stop.outcome;
            message = stop.getMessage();
            stopLine = stop.line;
        } catch (RunAborted aborted) {
            throw aborted;
        } catch (StackOverflowError e) {
            outcome = RunOutcome.BUDGET_EXCEEDED;
            message = "the run nests deeper than the Java stack allows (calls " + depth
                    + " deep): does a function call itself without end?";
        } catch (OutOfMemoryError e) {
            path.clear();
            outcome = RunOutcome.BUDGET_EXCEEDED;
            message = "the run needs more memory than Java was given after " + steps + " steps; lower --max-steps";
        } catch (RuntimeException e) {
            // a bug of ours must not take the user's session down; the message says whose it is
            outcome = RunOutcome.ERROR;
            message = "internal error in the interpreter (please report it): " + e;
        }
        dollarRet = result == null ? null : new Value.Int(result);
        for (NoteAnnotations.Expectation e : program.annotations(note).endExpectations(root)) {
            if (!e.appliesTo(scenario) && program.scenarioNames(note).contains(e.scenario())) {
                continue;
            }
            if (outcome != RunOutcome.RETURNED) {
                record(new ExpectationResult(e.annotation().range().line(), e.expr(), false,
                        "not checked: the run ended " + outcome.id()), note.source());
            } else {
                Frame end = endFrame();
                end.line = e.annotation().range().line();
                top = end;
                check(e, end);
            }
        }
        List<Integer> unreached = options.forces().keySet().stream().filter(l -> !forced.contains(l)).sorted().toList();
        return new RunResult(root.name(), scenario, note.source(), outcome, result, message, stopLine, path, elided,
                List.copyOf(lenient.values()), List.copyOf(forced), unreached, model.initial(), model.state(), model.gets(),
                model.puts(), expectations);
    }

    private static boolean isVoid(Root root) {
        return root.text().startsWith("void ") || root.text().startsWith("static void ");
    }

    /** The value an entry parameter starts with, by its name: the pfn, the caller's flags, the page … */
    private Value entryValue(String param, Root root) {
        Value v = org.tracenotes.core.kernel.EntryValues.of(param, model.state());
        if (v != null) {
            return v;
        }
        lenient(root.range().line(), "not-modelled", "parameter `" + param + "` of " + root.name()
                + " has no value in the page model; it starts as 0");
        return Value.FALSE;
    }

    // ---------------------------------------------------------------- statements

    private Signal execList(List<Step> list, Frame f) {
        if (++nesting > MAX_NESTING) {
            throw new Stop(RunOutcome.BUDGET_EXCEEDED, "the run nests statements and calls more than " + MAX_NESTING
                    + " deep (calls " + depth + " deep): does a function call itself without end?", 0);
        }
        try {
            return execListFrom(list, 0, f);
        } finally {
            nesting--;
        }
    }

    private Signal execListFrom(List<Step> list, int from, Frame f) {
        int i = from;
        while (i < list.size()) {
            Signal s = execStep(list.get(i), f, true);
            if (s == Signal.GOTO) {
                int target = labelIndex(list, pendingLabel);
                if (target >= 0) {
                    i = target + 1;
                    continue;
                }
            }
            if (s != Signal.NORMAL) {
                return s;
            }
            i++;
        }
        return Signal.NORMAL;
    }

    /**
     * Runs a function's body. A goto whose label is not in the list it was reached from resumes at a
     * label nested anywhere in the body (C allows jumping into a block); a label the function does
     * not have ends the function, returning its {@code ret} — notes often leave out the cleanup
     * after {@code out:} — and is recorded as leniency.
     */
    private Signal execBody(List<Step> body, Frame f, int line) {
        Signal s = execList(body, f);
        int jumps = 0;
        while (s == Signal.GOTO) {
            List<Object[]> chain = new ArrayList<>();
            if (!findLabel(body, pendingLabel, chain) || ++jumps > options.stepBudget()) {
                lenient(pendingGotoLine > 0 ? pendingGotoLine : line, "not-modelled", "goto " + pendingLabel + ": "
                        + f.function + " has no label `"
                        + pendingLabel + "`; the model returns from it with its `ret`");
                Value[] ret = f.vars.get("ret");
                pendingReturn = ret == null ? Value.VOID : ret[0];
                return Signal.RETURN;
            }
            s = resume(chain, chain.size() - 1, f);
        }
        return s;
    }

    /** The lists and indexes from {@code list} down to the label, outermost first. */
    private static boolean findLabel(List<Step> list, String label, List<Object[]> chain) {
        for (int i = 0; i < list.size(); i++) {
            Step s = list.get(i);
            if (s.kind() == StepKind.LABEL && label.equals(s.label())) {
                chain.add(new Object[] {list, i});
                return true;
            }
            chain.add(new Object[] {list, i});
            if (findLabel(s.children(), label, chain)) {
                return true;
            }
            for (Step alt : s.alternatives()) {
                if (findLabel(alt.children(), label, chain)) {
                    return true;
                }
            }
            chain.remove(chain.size() - 1);
        }
        return false;
    }

    /** Runs on from the label at {@code chain[k]}, then after each enclosing step, outwards. */
    @SuppressWarnings("unchecked")
    private Signal resume(List<Object[]> chain, int k, Frame f) {
        for (int level = k; level >= 0; level--) {
            List<Step> list = (List<Step>) chain.get(level)[0];
            int index = (Integer) chain.get(level)[1];
            Signal s = execListFrom(list, index + 1, f);
            if (s == Signal.GOTO) {
                int target = labelIndex(list, pendingLabel);
                if (target >= 0) {
                    s = execListFrom(list, target + 1, f);
                }
            }
            if (s != Signal.NORMAL) {
                return s;
            }
        }
        return Signal.NORMAL;
    }

    private static int labelIndex(List<Step> list, String label) {
        for (int i = 0; i < list.size(); i++) {
            Step s = list.get(i);
            if (s.kind() == StepKind.LABEL && label.equals(s.label())) {
                return i;
            }
        }
        return -1;
    }

    private void reach(Step s, Frame f) {
        if (++steps > options.stepBudget()) {
            throw new Stop(RunOutcome.BUDGET_EXCEEDED, "step budget of " + options.stepBudget()
                    + " steps exceeded at line " + s.range().line() + " (an endless loop or retry?)", s.range().line());
        }
        f.line = s.range().line();
        if (f.note == program.main()) {
            path.add(s.range().line());
            model.at(s.range().line());
        }
        if (listening) {
            emit(new RunEvent.StepReached(f.note.source(), s.range().line(), depth));
        }
    }

    private Signal execStep(Step s, Frame f, boolean counted) {
        if (inspector == null) {
            return runStep(s, f, counted);
        }
        try {
            return runStep(s, f, counted);
        } catch (Stop stop) {
            failing(stop);
            throw stop;
        }
    }

    /** Tells the inspector, once, where the run ends otherwise than returning, while its frames still stand. */
    private void failing(Stop stop) {
        if (inspector != null && listening && !failureReported) {
            failureReported = true;
            inspector.failing(stop.outcome, stop.getMessage(), stop.line, view);
        }
    }

    private Signal runStep(Step s, Frame f, boolean counted) {
        if (counted) {
            reach(s, f);
            if (f.note == program.main()) {
                for (Comment c : program.annotations(f.note).skipsBefore(s)) {
                    markElided(c.range().line());
                    if (listening) {
                        emit(new RunEvent.ElisionCrossed(f.note.source(), s.range().line(), depth,
                                "line " + c.range().line() + " says code was skipped"));
                    }
                }
            }
            expectAt(s, f, Comment.Placement.LEADING, null);
        }
        Signal sig;
        switch (s.kind()) {
            case LABEL, BRACE, DIRECTIVE -> sig = Signal.NORMAL;
            case IF -> sig = execIf(s, f);
            case ELSE_IF, ELSE -> {
                lenient(s.range().line(), "not-modelled", "`" + s.text() + "` follows no if; skipped");
                sig = Signal.NORMAL;
            }
            case SWITCH -> sig = execSwitch(s, f);
            case CASE -> sig = runBody(s, f);
            case LOOP -> sig = execLoop(s, f);
            case RETURN -> {
                Value v = s.expression() == null ? Value.VOID : evalStep(s, f);
                if (s.elided()) {
                    crossElision(s, f);
                }
                pendingReturn = v;
                if (listening) {
                    emit(new RunEvent.Returned(f.note.source(), s.range().line(), depth, v));
                }
                expectAt(s, f, Comment.Placement.TRAILING, v);
                return Signal.RETURN;
            }
            case GOTO -> {
                pendingLabel = s.label();
                pendingGotoLine = s.range().line();
                return Signal.GOTO;
            }
            case BREAK -> {
                return Signal.BREAK;
            }
            case CONTINUE -> {
                return Signal.CONTINUE;
            }
            case PROSE -> {
                if (s.elided() || isElisionText(s.text())) {
                    Value returned = crossElision(s, f);
                    if (returned != null) {
                        pendingReturn = returned;
                        return Signal.RETURN;
                    }
                }
                sig = s.children().isEmpty() ? Signal.NORMAL : execList(s.children(), f);
            }
            default -> sig = execStatement(s, f);
        }
        if (sig == Signal.NORMAL) {
            expectAt(s, f, Comment.Placement.TRAILING, null);
        }
        return sig;
    }

    private static boolean isElisionText(String text) {
        return Comment.saysSkipped(text);
    }

    /** A call, assignment, declaration or expression statement, and the body indented under it. */
    private Signal execStatement(Step s, Frame f) {
        if (s.expression() == null) {
            return s.children().isEmpty() ? Signal.NORMAL : execList(s.children(), f);
        }
        if (s.elided()) {
            Value effect = crossElision(s, f);
            if (effect != null) {
                overriddenCall = mainCall(s.expression());
                overrideValue = effect;
            }
        }
        try {
            evalStep(s, f);
        } finally {
            overriddenCall = null;
            overrideValue = null;
        }
        if (s.expandedFunction().isEmpty() && !s.children().isEmpty()) {
            // lines indented under a step that expands nothing: a group, run in the same frame
            return execList(s.children(), f);
        }
        return Signal.NORMAL;
    }

    /** Evaluates a step's expression; a call of the function it expands runs the lines under it. */
    private Value evalStep(Step s, Frame f) {
        Step savedExpansion = expansion;
        boolean savedUsed = expansionUsed;
        expansion = s.expandedFunction().isPresent() ? s : null;
        expansionUsed = false;
        try {
            if (s.kind() == StepKind.CALL && s.expression() instanceof Expr.Name n) {
                // `=> do_wp_page` written without parentheses: a call
                return call(new Expr.Call(n, List.of(), n.range()), f, s);
            }
            return eval(s.expression(), f, s);
        } finally {
            expansion = savedExpansion;
            expansionUsed = savedUsed;
        }
    }

    private static Expr.Call mainCall(Expr e) {
        Expr x = e instanceof Expr.Assign a ? a.value() : e;
        while (x instanceof Expr.Cast c) {
            x = c.operand();
        }
        return x instanceof Expr.Call c ? c : null;
    }

    private Signal execIf(Step s, Frame f) {
        int n = 1 + s.alternatives().size();
        boolean forceable = f.note == program.main();
        int takenIdx = -1;
        if (forceable && !options.forces().isEmpty()) {
            for (int i = 0; i < n; i++) {
                if (options.forces().get(member(s, i).range().line()) == Force.TAKEN) {
                    takenIdx = i;
                    break;
                }
            }
        }
        Step chosen = null;
        for (int i = 0; i < n; i++) {
            Step c = member(s, i);
            if (i > 0) {
                reach(c, f);
                expectAt(c, f, Comment.Placement.LEADING, null);
            }
            int line = c.range().line();
            if (takenIdx >= 0) {
                boolean taken = i == takenIdx;
                forced.add(line);
                branch(c, f, taken, null, true);
                if (taken) {
                    chosen = c;
                    break;
                }
                continue;
            }
            if (forceable && options.forces().get(line) == Force.NOT_TAKEN) {
                forced.add(line);
                branch(c, f, false, null, true);
                continue;
            }
            if (c.kind() == StepKind.ELSE) {
                branch(c, f, true, null, false);
                chosen = c;
                break;
            }
            Value v = condition(c, f);
            boolean taken = Value.truthy(v);
            branch(c, f, taken, v, false);
            if (taken) {
                chosen = c;
                break;
            }
        }
        return chosen == null ? Signal.NORMAL : runBody(chosen, f);
    }

    private static Step member(Step ifStep, int i) {
        return i == 0 ? ifStep : ifStep.alternatives().get(i - 1);
    }

    private void branch(Step c, Frame f, boolean taken, Value condition, boolean isForced) {
        if (listening) {
            emit(new RunEvent.BranchDecided(f.note.source(), c.range().line(), depth, taken, condition, isForced));
        }
    }

    private Value condition(Step c, Frame f) {
        Expr e = c.expression();
        if (e == null) {
            lenient(c.range().line(), "not-modelled", "condition `" + c.text() + "` is not C; taken as false");
            return Value.FALSE;
        }
        if (e instanceof Expr.Assign a && a.op().equals("=")) {
            lenient(c.range().line(), "assignment-in-condition", "`" + c.text()
                    + "` assigns, then tests the value (C semantics); `==` compares");
        }
        return eval(e, f, c);
    }

    /** The body of a taken branch or case: its inline statement, then its lines or its elision. */
    private Signal runBody(Step c, Frame f) {
        if (c.inline() != null) {
            Signal s = execStep(c.inline(), f, false);
            if (s != Signal.NORMAL) {
                return s;
            }
        }
        if (c.elided()) {
            Value returned = crossElision(c, f);
            if (returned != null) {
                pendingReturn = returned;
                return Signal.RETURN;
            }
            return Signal.NORMAL;
        }
        return execList(c.children(), f);
    }

    /**
     * Passes through an elided body: records it, applies its {@code @assume}s and checks its
     * {@code @expect}s, and returns the value of its {@code @returns}, or null.
     */
    private void markElided(int line) {
        if (!elided.contains(line)) {
            elided.add(line);
        }
    }

    private Value crossElision(Step s, Frame f) {
        if (f.note == program.main()) {
            markElided(s.range().line());
        }
        Value returned = null;
        String effect = "";
        for (NoteAnnotations.Placed p : program.annotations(f.note).on(s)) {
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
                check(NoteAnnotations.Expectation.of(p.annotation()), f);
            }
        }
        if (listening) {
            emit(new RunEvent.ElisionCrossed(f.note.source(), s.range().line(), depth, effect));
        }
        return returned;
    }

    private void assume(NoteAnnotations.Placed p, Frame f) {
        Expr e = parsed(p);
        Value v = evalAnnotation(e, f, p.annotation().text(), p.annotation().range().line());
        boolean effect = e instanceof Expr.Assign || e instanceof Expr.Call || e instanceof Expr.Postfix;
        if (!effect && !Value.truthy(v)) {
            throw new Stop(RunOutcome.ERROR, "assumption `" + p.annotation().text() + "` does not hold (line "
                    + p.annotation().range().line() + ")", p.annotation().range().line());
        }
    }

    private Value annotationValue(NoteAnnotations.Placed p, Frame f) {
        return evalAnnotation(parsed(p), f, p.annotation().text(), p.annotation().range().line());
    }

    private Expr parsed(NoteAnnotations.Placed p) {
        return program.expression(p.annotation().text()).orElseThrow(() -> new Stop(RunOutcome.ERROR,
                "@" + p.annotation().word() + " `" + p.annotation().text() + "` is not a C expression (line "
                        + p.annotation().range().line() + ")", p.annotation().range().line()));
    }

    private Value evalAnnotation(Expr e, Frame f, String text, int line) {
        String before = annotationText;
        annotationText = text;
        try {
            return eval(e, f, null);
        } catch (ModelFault fault) {
            throw new Stop(RunOutcome.ERROR, fault.getMessage() + " (line " + line + ")", line);
        } finally {
            annotationText = before;
        }
    }

    private Signal execLoop(Step s, Frame f) {
        boolean isWhile = s.text().startsWith("while") && s.expression() != null;
        if (!isWhile) {
            lenient(s.range().line(), "loop-once", "`" + s.text() + "`: the model runs a loop's body once");
            Signal sig = runBody(s, f);
            return sig == Signal.BREAK || sig == Signal.CONTINUE ? Signal.NORMAL : sig;
        }
        while (true) {
            Value v = eval(s.expression(), f, s);
            branch(s, f, Value.truthy(v), v, false);
            if (!Value.truthy(v)) {
                return Signal.NORMAL;
            }
            Signal sig = runBody(s, f);
            if (sig == Signal.BREAK) {
                return Signal.NORMAL;
            }
            if (sig != Signal.NORMAL && sig != Signal.CONTINUE) {
                return sig;
            }
            reach(s, f);
        }
    }

    private Signal execSwitch(Step s, Frame f) {
        Value v = s.expression() == null ? Value.FALSE : eval(s.expression(), f, s);
        List<Step> body = s.children();
        int start = -1;
        boolean forceable = f.note == program.main();
        for (int i = 0; i < body.size() && start < 0; i++) {
            Step c = body.get(i);
            if (c.kind() == StepKind.CASE && forceable && options.forces().get(c.range().line()) == Force.TAKEN) {
                forced.add(c.range().line());
                start = i;
            }
        }
        for (int i = 0; i < body.size() && start < 0; i++) {
            Step c = body.get(i);
            if (c.kind() == StepKind.CASE && c.expression() != null && !notTaken(c, forceable)
                    && Value.same(v, eval(c.expression(), f, c))) {
                start = i;
            }
        }
        for (int i = 0; i < body.size() && start < 0; i++) {
            if (body.get(i).kind() == StepKind.CASE && body.get(i).expression() == null
                    && !notTaken(body.get(i), forceable)) {
                start = i;
            }
        }
        if (start < 0) {
            return Signal.NORMAL;
        }
        for (int i = start; i < body.size(); i++) {
            Step c = body.get(i);
            Signal sig;
            if (c.kind() == StepKind.CASE) {
                reach(c, f);
                branch(c, f, true, null, forced.contains(c.range().line()));
                sig = runBody(c, f);
            } else {
                sig = execStep(c, f, true);
            }
            if (sig == Signal.BREAK) {
                return Signal.NORMAL;
            }
            if (sig != Signal.NORMAL) {
                return sig;
            }
        }
        return Signal.NORMAL;
    }

    private boolean notTaken(Step c, boolean forceable) {
        if (forceable && options.forces().get(c.range().line()) == Force.NOT_TAKEN) {
            forced.add(c.range().line());
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- inspection

    /** The run as an inspector sees it; valid while the inspector is being called. */
    private final LiveRun view = new LiveRun() {

        @Override
        public List<LiveRun.Frame> frames() {
            List<LiveRun.Frame> out = new ArrayList<>();
            for (Interpreter.Frame f = top; f != null; f = f.caller) {
                Map<String, Value> locals = new LinkedHashMap<>();
                f.vars.forEach((k, v) -> locals.put(k, v[0]));
                out.add(new LiveRun.Frame(f.function, f.note.source(), f.line, f.resolution, locals));
            }
            return out;
        }

        @Override
        public PageState state() {
            return model.state();
        }

        @Override
        public PageState initial() {
            return model.initial();
        }

        @Override
        public int gets() {
            return model.gets();
        }

        @Override
        public int puts() {
            return model.puts();
        }

        @Override
        public Set<PageModel.EnvKey> environmentRead() {
            Set<PageModel.EnvKey> out = java.util.EnumSet.noneOf(PageModel.EnvKey.class);
            for (PageModel.EnvKey k : PageModel.EnvKey.values()) {
                if ((model.envRead() & (1 << k.ordinal())) != 0) {
                    out.add(k);
                }
            }
            return out;
        }

        @Override
        public int steps() {
            return steps;
        }

        @Override
        public LiveRun.Evaluation evaluate(String expression, int frame) {
            return evaluateAside(expression, frame);
        }
    };

    /**
     * Evaluates an expression in a frame of the running trace without changing the run: everything an
     * expectation's check puts back, and also the frames' variables (a pointer may write through),
     * the leniency, the expectations and the interpreter's pending state. Names bound nowhere are errors.
     */
    private LiveRun.Evaluation evaluateAside(String text, int frameIndex) {
        Frame f = top;
        for (int i = 0; i < frameIndex && f != null; i++) {
            f = f.caller;
        }
        if (f == null || frameIndex < 0) {
            return LiveRun.Evaluation.failed("no frame " + frameIndex);
        }
        Optional<Expr> x = program.expression(text);
        if (x.isEmpty()) {
            return LiveRun.Evaluation.failed("`" + text + "` is not an expression of the note's language");
        }
        List<Frame> live = new ArrayList<>();
        List<Map<String, Value[]>> slots = new ArrayList<>();
        List<Map<String, Value>> values = new ArrayList<>();
        for (Frame g = top; g != null; g = g.caller) {
            live.add(g);
            slots.add(new LinkedHashMap<>(g.vars));
            Map<String, Value> vs = new LinkedHashMap<>();
            g.vars.forEach((k, v) -> vs.put(k, v[0]));
            values.add(vs);
        }
        PageModel.Mark saved = model.mark();
        int savedLenient = lenient.size();
        int savedPath = path.size();
        int savedElided = elided.size();
        int savedExpectations = expectations.size();
        int savedSteps = steps;
        int savedDepth = depth;
        int savedNesting = nesting;
        int savedPure = pureBelow;
        int[] savedLines = live.stream().mapToInt(g -> g.line).toArray();
        Value savedReturn = pendingReturn;
        String savedLabel = pendingLabel;
        Step savedExpansion = expansion;
        boolean savedUsed = expansionUsed;
        Expr.Call savedOverridden = overriddenCall;
        Value savedOverride = overrideValue;
        Value savedDollar = dollarRet;
        Frame savedTop = top;
        Set<Integer> savedForced = new LinkedHashSet<>(forced);
        boolean savedListening = listening;
        pureBelow = f.level;
        pureWhat = "an evaluation";
        listening = false;
        strictNames = true;
        try {
            return LiveRun.Evaluation.of(evalAnnotation(x.get(), f, text, f.line));
        } catch (Stop stop) {
            return LiveRun.Evaluation.failed(stop.getMessage());
        } catch (StackOverflowError e) {
            return LiveRun.Evaluation.failed("`" + text + "` nests deeper than the stack allows");
        } finally {
            strictNames = false;
            pureWhat = "an expectation";
            for (int i = 0; i < live.size(); i++) {
                Frame g = live.get(i);
                g.vars.clear();
                g.vars.putAll(slots.get(i));
                Map<String, Value> vs = values.get(i);
                g.vars.forEach((k, v) -> v[0] = vs.get(k));
                g.line = savedLines[i];
            }
            model.restore(saved);
            path.subList(savedPath, path.size()).clear();
            elided.subList(savedElided, elided.size()).clear();
            expectations.subList(savedExpectations, expectations.size()).clear();
            if (lenient.size() > savedLenient) {
                List<String> keys = new ArrayList<>(lenient.keySet()).subList(savedLenient, lenient.size());
                new ArrayList<>(keys).forEach(lenient::remove);
            }
            forced.clear();
            forced.addAll(savedForced);
            steps = savedSteps;
            depth = savedDepth;
            nesting = savedNesting;
            pureBelow = savedPure;
            pendingReturn = savedReturn;
            pendingLabel = savedLabel;
            expansion = savedExpansion;
            expansionUsed = savedUsed;
            overriddenCall = savedOverridden;
            overrideValue = savedOverride;
            dollarRet = savedDollar;
            top = savedTop;
            listening = savedListening;
        }
    }

    // ---------------------------------------------------------------- expectations

    private void expectAt(Step s, Frame f, Comment.Placement placement, Value ret) {
        List<NoteAnnotations.Placed> placed = program.annotations(f.note).on(s);
        if (placed.isEmpty()) {
            return;
        }
        for (NoteAnnotations.Placed p : placed) {
            if (p.placement() == placement && p.annotation().word().equals("expect")) {
                Value before = dollarRet;
                dollarRet = ret;
                try {
                    check(NoteAnnotations.Expectation.of(p.annotation()), f);
                } finally {
                    dollarRet = before;
                }
            }
        }
    }

    /**
     * Checks one expectation without changing the run: it may call functions, but not assign to the
     * run's variables, and the page model, path, budget, leniency and events are put back afterwards.
     */
    private void check(NoteAnnotations.Expectation e, Frame f) {
        boolean known = e.scenario() == null || program.scenarioNames(f.note).contains(e.scenario());
        if (known && !e.appliesTo(scenario)) {
            return;
        }
        int line = e.annotation().range().line();
        if (!known) {
            List<String> near = Suggestions.nearest(e.scenario(), program.scenarioNames(f.note), 1);
            record(new ExpectationResult(line, e.expr(), false, "`" + e.scenario() + ":` names no scenario of the note"
                    + (near.isEmpty() ? "" : "; did you mean `" + near.get(0) + "`?")), f.note.source());
            return;
        }
        Optional<Expr> x = program.expression(e.expr());
        if (x.isEmpty()) {
            record(new ExpectationResult(line, e.expr(), false, "not a C expression"), f.note.source());
            return;
        }
        PageModel.Mark saved = model.mark();
        int savedLenient = lenient.size();
        int savedPath = path.size();
        int savedElided = elided.size();
        int savedSteps = steps;
        int savedDepth = depth;
        int savedNesting = nesting;
        int savedPure = pureBelow;
        Value savedReturn = pendingReturn;
        String savedLabel = pendingLabel;
        Set<Integer> savedForced = new LinkedHashSet<>(forced);
        boolean savedListening = listening;
        ExpectationResult r;
        pureBelow = f.level;
        listening = false;
        try {
            Value v = evalAnnotation(x.get(), f, e.expr(), line);
            boolean ok = Value.truthy(v);
            r = new ExpectationResult(line, e.expr(), ok, ok ? "holds" : describeFailure(x.get(), f, e.expr(), line));
        } catch (Stop stop) {
            r = new ExpectationResult(line, e.expr(), false, stop.getMessage());
        } finally {
            model.restore(saved);
            path.subList(savedPath, path.size()).clear();
            elided.subList(savedElided, elided.size()).clear();
            forced.clear();
            forced.addAll(savedForced);
            steps = savedSteps;
            depth = savedDepth;
            nesting = savedNesting;
            pureBelow = savedPure;
            pendingReturn = savedReturn;
            pendingLabel = savedLabel;
            listening = savedListening;
        }
        if (lenient.size() > savedLenient) {
            // names an expectation reads are not the note's leniency
            List<String> keys = new ArrayList<>(lenient.keySet()).subList(savedLenient, lenient.size());
            new ArrayList<>(keys).forEach(lenient::remove);
        }
        record(r, f.note.source());
    }

    private String describeFailure(Expr x, Frame f, String text, int line) {
        String before = annotationText;
        annotationText = text;
        try {
            return failure(x, f, text, line);
        } finally {
            annotationText = before;
        }
    }

    private String failure(Expr x, Frame f, String text, int line) {
        if (x instanceof Expr.Binary b && b.op().equals("&&")) {
            Expr falseSide = Value.truthy(evalAnnotation(b.left(), f, text, line)) ? b.right() : b.left();
            return failure(falseSide, f, text, line);
        }
        if (x instanceof Expr.Binary b && List.of("==", "!=", "<", ">", "<=", ">=").contains(b.op())) {
            Value l = evalAnnotation(b.left(), f, text, line);
            Value r = evalAnnotation(b.right(), f, text, line);
            return "`" + text(b, f) + "`: left side is " + l + ", right side " + r;
        }
        return "`" + text(x, f) + "` is false";
    }

    private void record(ExpectationResult r, String source) {
        expectations.add(r);
        if (listening) {
            emit(new RunEvent.ExpectationChecked(source, r.line(), depth, r));
        }
    }

    /** Where end-of-run expectations look names up: {@code $ret}, the state's given keys, the page. */
    private Frame endFrame() {
        Frame f = new Frame("(end of run)", null, program.main(), true);
        for (Map.Entry<String, Object> e : model.state().asGiven().entrySet()) {
            Object v = e.getValue();
            Value value = v instanceof Boolean b ? Value.of(b) : v instanceof Number n ? new Value.Int(n.longValue())
                    : new Value.Obj(Value.ObjKind.SYMBOL, String.valueOf(v));
            if (e.getKey().equals("flags")) {
                value = new Value.Int(model.state().callerFlags());
            }
            f.vars.put(e.getKey(), new Value[] {value});
        }
        f.vars.put("page", new Value[] {Value.PAGE});
        f.vars.put("folio", new Value[] {Value.FOLIO});
        f.vars.put("pfn", new Value[] {new Value.Int(Value.PFN)});
        return f;
    }

    // ---------------------------------------------------------------- expressions

    private Value eval(Expr e, Frame f, Step at) {
        if (++nesting > MAX_NESTING) {
            throw new Stop(RunOutcome.BUDGET_EXCEEDED, "an expression nests more than " + MAX_NESTING + " deep", line(at, e));
        }
        try {
            return evalNode(e, f, at);
        } finally {
            nesting--;
        }
    }

    private Value evalNode(Expr e, Frame f, Step at) {
        if (e instanceof Expr.Name n) {
            return read(n.name(), f, at);
        }
        if (e instanceof Expr.Literal l) {
            return literal(l, f, at);
        }
        if (e instanceof Expr.Call c) {
            return call(c, f, at);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b, f, at);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u, f, at);
        }
        if (e instanceof Expr.Assign a) {
            return assign(a, f, at);
        }
        if (e instanceof Expr.Member m) {
            return member(m, f, at);
        }
        if (e instanceof Expr.Postfix p) {
            Value old = eval(p.operand(), f, at);
            store(p.operand(), new Value.Int(Value.asLong(old) + (p.op().equals("++") ? 1 : -1)), f, at);
            return old;
        }
        if (e instanceof Expr.Conditional c) {
            return Value.truthy(eval(c.condition(), f, at)) ? eval(c.then(), f, at) : eval(c.otherwise(), f, at);
        }
        if (e instanceof Expr.Cast c) {
            Value v = eval(c.operand(), f, at);
            return c.type().strip().equals("bool") ? Value.of(Value.truthy(v)) : v;
        }
        if (e instanceof Expr.Sizeof) {
            return new Value.Int(8);
        }
        if (e instanceof Expr.Ellipsis) {
            if (at != null && f.note == program.main()) {
                markElided(at.range().line());
            }
            return new Value.Obj(Value.ObjKind.SYMBOL, "...");
        }
        // an index, an initialiser list, a type or typed parameter: opaque to the model
        lenient(line(at, e), "not-modelled", "`" + text(e, f) + "` is not modelled; kept as an opaque value");
        return new Value.Obj(Value.ObjKind.SYMBOL, text(e, f));
    }

    private Value literal(Expr.Literal l, Frame f, Step at) {
        String t = l.text();
        switch (l.kind()) {
            case NUMBER -> {
                int end = t.length();
                while (end > 1 && "uUlL".indexOf(t.charAt(end - 1)) >= 0) {
                    end--;
                }
                String digits = t.substring(0, end);
                try {
                    if (digits.startsWith("0x") || digits.startsWith("0X")) {
                        return Value.of(Long.parseUnsignedLong(digits.substring(2), 16));
                    }
                    if (digits.length() > 1 && digits.startsWith("0")) {
                        return Value.of(Long.parseLong(digits.substring(1), 8));
                    }
                    return Value.of(Long.parseLong(digits));
                } catch (NumberFormatException ex) {
                    lenient(line(at, l), "not-modelled", "number `" + t + "` is not an integer the model reads; 0");
                    return Value.FALSE;
                }
            }
            case CHAR -> {
                return new Value.Int(t.length() >= 3 ? t.charAt(1) : 0);
            }
            default -> {
                return new Value.Obj(Value.ObjKind.SYMBOL, t);
            }
        }
    }

    private Value binary(Expr.Binary b, Frame f, Step at) {
        String op = b.op();
        if (op.equals("&&")) {
            return Value.of(Value.truthy(eval(b.left(), f, at)) && Value.truthy(eval(b.right(), f, at)));
        }
        if (op.equals("||")) {
            return Value.of(Value.truthy(eval(b.left(), f, at)) || Value.truthy(eval(b.right(), f, at)));
        }
        Value l = eval(b.left(), f, at);
        Value r = eval(b.right(), f, at);
        if (op.equals("==")) {
            return Value.of(Value.same(l, r));
        }
        if (op.equals("!=")) {
            return Value.of(!Value.same(l, r));
        }
        if (op.equals(",")) {
            return r;
        }
        long x = Value.asLong(l);
        long y = Value.asLong(r);
        return switch (op) {
            case "<" -> Value.of(x < y);
            case ">" -> Value.of(x > y);
            case "<=" -> Value.of(x <= y);
            case ">=" -> Value.of(x >= y);
            default -> Value.of(arithmetic(op, x, y, b, f, at));
        };
    }

    private long arithmetic(String op, long x, long y, Expr e, Frame f, Step at) {
        return switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/", "%" -> {
                if (y == 0) {
                    throw new Stop(RunOutcome.ERROR, "division by zero in `" + text(e, f) + "` (line " + line(at, e) + ")",
                            line(at, e));
                }
                yield op.equals("/") ? x / y : x % y;
            }
            case "&" -> x & y;
            case "|" -> x | y;
            case "^" -> x ^ y;
            case "<<" -> x << (y & 63);
            case ">>" -> x >> (y & 63);
            default -> {
                lenient(line(at, e), "not-modelled", "operator `" + op + "` is not modelled; 0");
                yield 0;
            }
        };
    }

    private Value unary(Expr.Unary u, Frame f, Step at) {
        switch (u.op()) {
            case "!" -> {
                return Value.of(!Value.truthy(eval(u.operand(), f, at)));
            }
            case "-" -> {
                return Value.of(-Value.asLong(eval(u.operand(), f, at)));
            }
            case "~" -> {
                return Value.of(~Value.asLong(eval(u.operand(), f, at)));
            }
            case "+" -> {
                return eval(u.operand(), f, at);
            }
            case "&" -> {
                if (u.operand() instanceof Expr.Name n) {
                    Value[] slot = slot(n.name(), f, at);
                    return slot != null ? new Value.Ref(slot, n.name()) : read(n.name(), f, at);
                }
                return eval(u.operand(), f, at);
            }
            case "*" -> {
                Value p = eval(u.operand(), f, at);
                if (p instanceof Value.Ref r) {
                    return r.slot()[0];
                }
                return p;
            }
            case "++", "--" -> {
                Value v = Value.of(Value.asLong(eval(u.operand(), f, at)) + (u.op().equals("++") ? 1 : -1));
                store(u.operand(), v, f, at);
                return v;
            }
            default -> {
                lenient(line(at, u), "not-modelled", "operator `" + u.op() + "` is not modelled");
                return eval(u.operand(), f, at);
            }
        }
    }

    private Value assign(Expr.Assign a, Frame f, Step at) {
        Value v;
        if (a.op().equals("=")) {
            v = eval(a.value(), f, at);
        } else {
            long old = Value.asLong(eval(a.target(), f, at));
            long r = Value.asLong(eval(a.value(), f, at));
            String op = a.op().substring(0, a.op().length() - 1);
            v = Value.of(arithmetic(op, old, r, a, f, at));
        }
        store(a.target(), v, f, at);
        return v;
    }

    private void store(Expr target, Value v, Frame f, Step at) {
        if (pureBelow >= 0 && f.level <= pureBelow) {
            throw new Stop(RunOutcome.ERROR, "`" + text(target, f) + "` is assigned: " + pureWhat + " must not change the run",
                    0);
        }
        String name;
        if (target instanceof Expr.Name n) {
            Value[] slot = f.vars.get(n.name());
            if (slot == null) {
                f.vars.put(n.name(), new Value[] {v});
            } else {
                slot[0] = v;
            }
            name = n.name();
        } else if (target instanceof Expr.Unary u && u.op().equals("*")) {
            Value p = eval(u.operand(), f, at);
            if (p instanceof Value.Ref r) {
                r.slot()[0] = v;
            } else {
                lenient(line(at, target), "not-modelled", "`" + text(target, f) + "` writes through a pointer the model "
                        + "does not follow; ignored");
            }
            name = text(target, f);
        } else {
            lenient(line(at, target), "not-modelled", "`" + text(target, f) + "` is not modelled; the write is ignored");
            name = text(target, f);
        }
        if (listening && at != null) {
            emit(new RunEvent.Assigned(f.note.source(), at.range().line(), depth, name, v));
        }
    }

    private Value member(Expr.Member m, Frame f, Step at) {
        Value t = eval(m.target(), f, at);
        if (t instanceof Value.Ref r) {
            t = r.slot()[0];
        }
        boolean isPage = t.equals(Value.PAGE) || t.equals(Value.FOLIO) || t.equals(Value.NEW_FOLIO);
        if (isPage) {
            switch (m.name()) {
                case "page" -> {
                    return Value.PAGE;
                }
                case "mapping" -> {
                    return model.has(PageFlag.FILE) || model.has(PageFlag.ANON) ? Value.MAPPING : Value.NULL;
                }
                case "flags" -> {
                    return new Value.Int(model.state().flags());
                }
                case "private" -> {
                    return model.has(PageFlag.TAKEN_OFF) ? new Value.Int(KernelConstants.value("MAGIC_HWPOISON").getAsLong())
                            : Value.FALSE;
                }
                case "_refcount", "refcount" -> {
                    return new Value.Int(model.refcount());
                }
                default -> {
                    Object given = model.state().asGiven().get(m.name());
                    if (given instanceof Boolean b) {
                        return Value.of(b);
                    }
                    if (given instanceof Number n) {
                        return new Value.Int(n.longValue());
                    }
                }
            }
        }
        lenient(line(at, m), "not-modelled", "`" + text(m, f) + "` is not modelled; kept as an opaque value");
        return new Value.Obj(Value.ObjKind.SYMBOL, text(m, f));
    }

    // ---------------------------------------------------------------- names

    private Value read(String name, Frame f, Step at) {
        Value[] slot = f.vars.get(name);
        if (slot != null) {
            return slot[0];
        }
        if (name.equals("$ret")) {
            if (dollarRet == null) {
                throw new Stop(RunOutcome.ERROR, "`$ret` has a value only on a return line and at the end of a run"
                        + " that returned one", line(at, null));
            }
            return dollarRet;
        }
        Value constant = constant(name);
        if (constant != null) {
            return constant;
        }
        slot = slot(name, f, at);
        if (slot != null) {
            return slot[0];
        }
        if (Primitives.find(name).isPresent() || program.root(name).isPresent()
                || program.referenceTrace(name).isPresent()) {
            return new Value.Obj(Value.ObjKind.FUNCTION, name);
        }
        if (strictNames) {
            throw new Stop(RunOutcome.ERROR, "`" + name + "` is not bound in " + f.function, 0);
        }
        lenient(line(at, null), "unbound-name", "`" + name + "` is read in " + f.function
                + " but never bound; kept as an opaque value");
        return new Value.Obj(Value.ObjKind.SYMBOL, name);
    }

    private static Value constant(String name) {
        switch (name) {
            case "NULL" -> {
                return Value.NULL;
            }
            case "true" -> {
                return Value.TRUE;
            }
            case "false" -> {
                return Value.FALSE;
            }
            default -> {
                OptionalLong v = KernelConstants.value(name);
                if (v.isPresent()) {
                    return new Value.Int(v.getAsLong());
                }
                return SYMBOLS.contains(name) ? new Value.Obj(Value.ObjKind.SYMBOL, name) : null;
            }
        }
    }

    /**
     * The slot of a variable the frame never bound: the reference trace's initialiser of that local
     * (a note skips {@code int pass = 0}), else the caller's variable of that name (an expansion uses
     * its caller's {@code page}). Each is recorded as leniency. Null if neither has it.
     */
    private Value[] slot(String name, Frame f, Step at) {
        Value[] slot = f.vars.get(name);
        if (slot != null) {
            return slot;
        }
        if (!f.reference) {
            Optional<Expr> init = program.initialiser(f.function, name);
            if (init.isPresent()) {
                slot = new Value[] {Value.FALSE};
                f.vars.put(name, slot);
                String before = annotationText;
                annotationText = null;
                String initText = text(init.get(), new Frame(f.function, null, program.reference().note(), true));
                int savedSize = lenient.size();
                lenient(line(at, null), "reference-initialiser", "`" + name + "` is never assigned in " + f.function
                        + "; it starts as the reference trace's initialiser `" + initText + "`");
                try {
                    slot[0] = evalInitialiser(init.get(), f, at);
                } catch (Stop stop) {
                    throw new Stop(stop.outcome, stop.getMessage() + " in the reference trace's initialiser of `" + name
                            + "`, `" + initText + "`", stop.line);
                } finally {
                    annotationText = before;
                }
                if (lenient.size() == savedSize) {
                    lenient(line(at, null), "reference-initialiser", "`" + name + "` starts as " + slot[0]);
                }
                return slot;
            }
        }
        for (Frame c = f.caller; c != null; c = c.caller) {
            Value[] s = c.vars.get(name);
            if (s != null) {
                lenient(line(at, null), "caller-variable", "`" + name + "` is not bound in " + f.function
                        + "; read from its caller " + c.function);
                return s;
            }
        }
        return null;
    }

    /** An initialiser from the reference traces, evaluated in the note's frame (its text is the reference's). */
    private Value evalInitialiser(Expr init, Frame f, Step at) {
        Frame view = new Frame(f.function, f.caller, program.reference().note(), false);
        view.vars.putAll(f.vars);
        Value v = eval(init, view, at);
        view.vars.forEach(f.vars::putIfAbsent);
        return v;
    }

    // ---------------------------------------------------------------- calls

    private Value call(Expr.Call c, Frame f, Step at) {
        int line = line(at, c);
        if (!(c.callee() instanceof Expr.Name n)) {
            throw new Stop(RunOutcome.UNKNOWN_FUNCTION, "indirect call `" + text(c, f) + "` at line " + line
                    + " has no body the model can run", line);
        }
        String name = n.name();
        if (c == overriddenCall) {
            overriddenCall = null;
            return overrideValue;
        }
        List<Value> args = new ArrayList<>(c.arguments().size());
        for (Expr a : c.arguments()) {
            args.add(a instanceof Expr.Omitted ? null : eval(a, f, at));
        }
        List<Step> body;
        List<String> params;
        Resolution resolution;
        Note note;
        if (expansion != null && at == expansion && !expansionUsed && expansion.expandedFunction().orElse("").equals(name)) {
            expansionUsed = true;
            body = at.children();
            params = program.signature(name).orElse(null);
            resolution = Resolution.EXPANSION;
            note = f.note;
        } else if (program.root(name).isPresent()) {
            Root r = program.root(name).get();
            body = r.body();
            params = r.parameters().isEmpty() ? program.signature(name).orElse(List.of()) : r.parameters();
            resolution = Resolution.ROOT;
            note = program.noteOf(name);
        } else if (program.referenceTrace(name).isPresent()) {
            Root r = program.referenceTrace(name).get();
            body = r.body();
            params = r.parameters();
            resolution = Resolution.REFERENCE;
            note = program.reference().note();
        } else {
            Optional<Primitives.Primitive> prim = Primitives.find(name);
            if (prim.isEmpty()) {
                List<String> near = Suggestions.nearest(name, known(), 1);
                throw new Stop(RunOutcome.UNKNOWN_FUNCTION, "`" + name + "` (line " + line + ") has no body: not expanded"
                        + " in the note, not a root of a loaded note, not in the " + NoteAnnotations.DEFAULT_MODEL
                        + " model" + (near.isEmpty() ? "" : "; did you mean `" + near.get(0) + "`?"), line);
            }
            return callPrimitive(prim.get(), args, f, at, line);
        }
        Frame callee = new Frame(name, f, note, resolution == Resolution.REFERENCE || program.mainIsReference());
        callee.resolution = resolution;
        callee.line = line;
        if (params != null) {
            for (int i = 0; i < params.size(); i++) {
                Value v = i < args.size() ? args.get(i) : null;
                if (v == null) {
                    v = omitted(name, params.get(i), f, line);
                }
                if (v != null) {
                    callee.vars.put(params.get(i), new Value[] {v});
                }
            }
        }
        if (++depth > options.depthBudget()) {
            throw new Stop(RunOutcome.BUDGET_EXCEEDED, "call depth budget of " + options.depthBudget() + " exceeded at line "
                    + line + " calling " + name + " (does it call itself without end?)", line);
        }
        if (listening) {
            emit(new RunEvent.CallEntered(f.note.source(), line, depth, name, resolution));
        }
        String savedAnnotation = annotationText;
        annotationText = null;
        Frame savedTop = top;
        top = callee;
        Signal s;
        try {
            s = execBody(body, callee, line);
        } finally {
            annotationText = savedAnnotation;
            top = savedTop;
        }
        Value result = s == Signal.RETURN ? pendingReturn : Value.VOID;
        pendingReturn = Value.VOID;
        depth--;
        if (listening) {
            emit(new RunEvent.CallLeft(f.note.source(), line, depth, name, resolution, result));
        }
        return result;
    }

    private Value callPrimitive(Primitives.Primitive p, List<Value> args, Frame f, Step at, int line) {
        for (int i = 0; i < p.parameters().size() && p.kind() == Primitives.Kind.MODEL; i++) {
            if (i >= args.size() || args.get(i) == null) {
                Value v = omitted(p.name(), p.parameters().get(i), f, line);
                if (i >= args.size()) {
                    args.add(v);
                } else {
                    args.set(i, v);
                }
            }
        }
        Value v;
        try {
            v = p.call(model, args);
        } catch (ModelFault fault) {
            throw new Stop(RunOutcome.ERROR, fault.getMessage() + " (line " + line + ")", line);
        }
        if (listening) {
            Resolution r = p.kind() == Primitives.Kind.NO_OP ? Resolution.NO_OP : Resolution.PRIMITIVE;
            emit(new RunEvent.CallEntered(f.note.source(), line, depth + 1, p.name(), r));
            emit(new RunEvent.CallLeft(f.note.source(), line, depth, p.name(), r, v));
        }
        return v;
    }

    /** An argument the note left out: the caller's variable of the parameter's name, if it has one. */
    private Value omitted(String function, String param, Frame f, int line) {
        Value[] slot = f.vars.get(param);
        if (slot != null) {
            lenient(line, "omitted-argument", function + "() is called without `" + param + "`; it takes "
                    + f.function + "'s `" + param + "`");
            return slot[0];
        }
        lenient(line, "omitted-argument", function + "() is called without `" + param + "`, and " + f.function
                + " has no `" + param + "` to take");
        return null;
    }

    private Set<String> known() {
        Set<String> out = new LinkedHashSet<>(Primitives.names());
        if (program.reference() != null) {
            out.addAll(program.reference().functions());
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private void lenient(int line, String kind, String what) {
        lenient.putIfAbsent(line + "\u0000" + kind + "\u0000" + what, new Leniency(line, kind, what));
    }

    private int line(Step at, Expr e) {
        if (at != null) {
            return at.range().line();
        }
        return 0;
    }

    /** An expression's text as written, for messages. */
    private String text(Expr e, Frame f) {
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
}
