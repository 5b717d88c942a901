package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;

/**
 * What an inspector (the debugger) sees of a running trace, and its evaluations beside the run.
 */
final class RunInspection {

    private final RunState run;

    RunInspection(RunState run) {
        this.run = run;
    }

    /** The run as an inspector sees it; valid while the inspector is being called. */
    LiveRun view() {
        return view;
    }

    private final LiveRun view = new LiveRun() {

        @Override
        public List<LiveRun.Frame> frames() {
            List<LiveRun.Frame> out = new ArrayList<>();
            for (org.tracenotes.core.run.Frame f = run.top; f != null; f = f.caller) {
                Map<String, Value> locals = new LinkedHashMap<>();
                f.vars.forEach((k, v) -> locals.put(k, v[0]));
                out.add(new LiveRun.Frame(f.function, f.note.source(), f.line, f.resolution, locals));
            }
            return out;
        }

        @Override
        public PageState state() {
            return run.model.state();
        }

        @Override
        public PageState initial() {
            return run.model.initial();
        }

        @Override
        public int gets() {
            return run.model.gets();
        }

        @Override
        public int puts() {
            return run.model.puts();
        }

        @Override
        public Set<PageModel.EnvKey> environmentRead() {
            Set<PageModel.EnvKey> out = java.util.EnumSet.noneOf(PageModel.EnvKey.class);
            for (PageModel.EnvKey k : PageModel.EnvKey.values()) {
                if ((run.model.envRead() & (1 << k.ordinal())) != 0) {
                    out.add(k);
                }
            }
            return out;
        }

        @Override
        public int steps() {
            return run.steps;
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
    LiveRun.Evaluation evaluateAside(String text, int frameIndex) {
        Frame f = run.top;
        for (int i = 0; i < frameIndex && f != null; i++) {
            f = f.caller;
        }
        if (f == null || frameIndex < 0) {
            return LiveRun.Evaluation.failed("no frame " + frameIndex);
        }
        Optional<Expr> x = run.program.expression(text);
        if (x.isEmpty()) {
            return LiveRun.Evaluation.failed("`" + text + "` is not an expression of the note's language");
        }
        List<Frame> live = new ArrayList<>();
        List<Vars> slots = new ArrayList<>();
        List<Map<String, Value>> values = new ArrayList<>();
        for (Frame g = run.top; g != null; g = g.caller) {
            live.add(g);
            slots.add(g.vars.copy());
            Map<String, Value> vs = new LinkedHashMap<>();
            g.vars.forEach((k, v) -> vs.put(k, v[0]));
            values.add(vs);
        }
        RunState.Mark saved = run.mark();
        int savedExpectations = run.expectations.size();
        int[] savedLines = live.stream().mapToInt(g -> g.line).toArray();
        CompiledStep savedExpansion = run.expansion;
        String savedExpansionName = run.expansionName;
        boolean savedUsed = run.expansionUsed;
        Expr.Call savedOverridden = run.overriddenCall;
        Value savedOverride = run.overrideValue;
        Value savedDollar = run.dollarRet;
        Frame savedTop = run.top;
        run.pureBelow = f.level;
        run.pureWhat = "an evaluation";
        run.listening = false;
        run.strictNames = true;
        try {
            return LiveRun.Evaluation.of(run.elisions.evalAnnotation(x.get(), f, text, f.line));
        } catch (Stop stop) {
            return LiveRun.Evaluation.failed(stop.getMessage());
        } catch (StackOverflowError e) {
            return LiveRun.Evaluation.failed("`" + text + "` nests deeper than the stack allows");
        } finally {
            run.strictNames = false;
            run.pureWhat = "an expectation";
            for (int i = 0; i < live.size(); i++) {
                Frame g = live.get(i);
                g.vars.clear();
                g.vars.putAll(slots.get(i));
                Map<String, Value> vs = values.get(i);
                g.vars.forEach((k, v) -> v[0] = vs.get(k));
                g.line = savedLines[i];
            }
            run.rewind(saved);
            run.expectations.subList(savedExpectations, run.expectations.size()).clear();
            run.expansion = savedExpansion;
            run.expansionName = savedExpansionName;
            run.expansionUsed = savedUsed;
            run.overriddenCall = savedOverridden;
            run.overrideValue = savedOverride;
            run.dollarRet = savedDollar;
            run.top = savedTop;
        }
    }
}
