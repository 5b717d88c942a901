package org.tracenotes.cli.dap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.eclipse.lsp4j.debug.ExceptionBreakMode;
import org.eclipse.lsp4j.debug.ExceptionDetails;
import org.eclipse.lsp4j.debug.ExceptionInfoResponse;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.ScopesResponse;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackFramePresentationHint;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StackTraceResponse;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.VariablesResponse;
import org.tracenotes.core.debug.DebugFrame;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.core.debug.DebugValue;
import org.tracenotes.core.debug.TraceSession;
import org.tracenotes.core.run.LiveRun;

/**
 * One stop of the run as the protocol shows it: its {@code stopped} event, stack frames, scopes,
 * variables and exception info. The variables references it hands out hold for this stop only: the
 * next stop has a view of its own.
 */
final class StopView {

    private final DebugStop stop;
    /** What each variables reference holds. */
    private final Map<Integer, List<DebugValue>> references = new HashMap<>();
    private final Map<String, Integer> referenceKeys = new HashMap<>();

    StopView(DebugStop stop) {
        this.stop = stop;
    }

    DebugStop stop() {
        return stop;
    }

    /** The {@code stopped} event telling the client of this stop on thread {@code threadId}. */
    StoppedEventArguments stoppedEvent(int threadId) {
        StoppedEventArguments e = new StoppedEventArguments();
        e.setReason(stop.reason().id());
        e.setDescription(stop.description());
        e.setThreadId(threadId);
        e.setAllThreadsStopped(true);
        if (stop.exception() != null) {
            e.setText(stop.exception().description());
        }
        if (!stop.breakpoints().isEmpty()) {
            e.setHitBreakpointIds(stop.breakpoints().toArray(new Integer[0]));
        }
        return e;
    }

    /** The frames asked for, numbered from 1 (the innermost), sources and lines as {@code sources} maps {@code session}'s. */
    StackTraceResponse stackTrace(StackTraceArguments args, TraceSession session, ClientSources sources) {
        List<DebugFrame> frames = stop.frames();
        int from = args.getStartFrame() == null ? 0 : Math.max(0, args.getStartFrame());
        int levels = args.getLevels() == null || args.getLevels() <= 0 ? frames.size() : args.getLevels();
        List<StackFrame> out = new ArrayList<>();
        for (int i = from; i < frames.size() && out.size() < levels; i++) {
            DebugFrame f = frames.get(i);
            StackFrame sf = new StackFrame();
            sf.setId(i + 1);
            sf.setName(f.function());
            sf.setSource(sources.source(session, f.source()));
            sf.setLine(sources.toClient(f.line()));
            sf.setColumn(1);
            sf.setCanRestart(true);
            if (f.reference()) {
                sf.setPresentationHint(StackFramePresentationHint.SUBTLE);
            }
            out.add(sf);
        }
        StackTraceResponse r = new StackTraceResponse();
        r.setStackFrames(out.toArray(new StackFrame[0]));
        r.setTotalFrames(frames.size());
        return r;
    }

    /** The scopes of a frame: its locals, the page, the environment read so far. */
    ScopesResponse scopes(ScopesArguments args) {
        int index = args.getFrameId() - 1;
        if (index < 0 || index >= stop.frames().size()) {
            throw DapErrors.error("no frame " + args.getFrameId() + " in the current stop");
        }
        List<Scope> out = new ArrayList<>();
        out.add(scope("Locals", "locals", reference("locals " + index, stop.frames().get(index).locals()), false));
        out.add(scope("Page", null, reference("page", stop.page()), false));
        out.add(scope("Environment (read so far)", null, reference("environment", stop.environment()), false));
        ScopesResponse r = new ScopesResponse();
        r.setScopes(out.toArray(new Scope[0]));
        return r;
    }

    private static Scope scope(String name, String hint, int ref, boolean expensive) {
        Scope s = new Scope();
        s.setName(name);
        s.setPresentationHint(hint);
        s.setVariablesReference(ref);
        s.setExpensive(expensive);
        return s;
    }

    /** The variables reference of {@code values} in this stop, the same for the same key. */
    private int reference(String key, List<DebugValue> values) {
        return referenceKeys.computeIfAbsent(key, k -> {
            int id = references.size() + 1;
            references.put(id, values);
            return id;
        });
    }

    /** The values a reference of this stop holds, those asked for; a value with children gets a reference of its own. */
    VariablesResponse variables(VariablesArguments args) {
        List<DebugValue> values = references.get(args.getVariablesReference());
        if (values == null) {
            throw DapErrors.error("no variables " + args.getVariablesReference() + " in the current stop");
        }
        int from = args.getStart() == null ? 0 : Math.max(0, args.getStart());
        int count = args.getCount() == null || args.getCount() <= 0 ? values.size() : args.getCount();
        List<Variable> out = new ArrayList<>();
        for (int i = from; i < values.size() && out.size() < count; i++) {
            DebugValue v = values.get(i);
            Variable var = new Variable();
            var.setName(v.name());
            var.setValue(v.value());
            var.setType(v.type());
            var.setVariablesReference(v.children().isEmpty() ? 0
                    : reference(args.getVariablesReference() + "/" + i, v.children()));
            out.add(var);
        }
        VariablesResponse r = new VariablesResponse();
        r.setVariables(out.toArray(new Variable[0]));
        return r;
    }

    /** What the run stopped on, if it stopped on an exception. */
    ExceptionInfoResponse exceptionInfo() {
        if (stop.exception() == null) {
            throw DapErrors.error("the run did not stop on an exception");
        }
        ExceptionInfoResponse r = new ExceptionInfoResponse();
        r.setExceptionId(stop.exception().id());
        r.setDescription(stop.exception().description());
        r.setBreakMode(ExceptionBreakMode.ALWAYS);
        ExceptionDetails d = new ExceptionDetails();
        d.setMessage(stop.exception().description());
        d.setTypeName(stop.exception().filter());
        r.setDetails(d);
        return r;
    }

    /** The value of the expression asked for, in the frame asked for (the innermost if none), evaluated by {@code session}. */
    EvaluateResponse evaluate(TraceSession session, EvaluateArguments args) {
        int frame = args.getFrameId() == null ? 0 : args.getFrameId() - 1;
        if (frame < 0 || frame >= stop.frames().size()) {
            throw DapErrors.error("no frame " + args.getFrameId() + " in the current stop");
        }
        LiveRun.Evaluation e = session.evaluate(args.getExpression(), frame);
        if (!e.ok()) {
            throw DapErrors.error(e.error());
        }
        DebugValue v = DebugValue.of(args.getExpression(), e.value());
        EvaluateResponse r = new EvaluateResponse();
        r.setResult(v.value());
        r.setType(v.type());
        r.setVariablesReference(0);
        return r;
    }
}
