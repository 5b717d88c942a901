package org.tracenotes.cli.dap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.lsp4j.debug.BreakpointLocation;
import org.eclipse.lsp4j.debug.BreakpointLocationsArguments;
import org.eclipse.lsp4j.debug.BreakpointLocationsResponse;
import org.eclipse.lsp4j.debug.GotoTarget;
import org.eclipse.lsp4j.debug.GotoTargetsArguments;
import org.eclipse.lsp4j.debug.GotoTargetsResponse;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsResponse;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.tracenotes.core.debug.Breakpoint;
import org.tracenotes.core.debug.BreakpointStatus;
import org.tracenotes.core.debug.TraceSession;

/**
 * The requests about lines of a note, mapped to a session: breakpoints set there, the lines a
 * breakpoint can stand on, the branch lines a goto can force. A null session is one not launched.
 */
final class LineRequests {

    private LineRequests() {
    }

    /** Sets the breakpoints of a source; all unverified without a session, or with one that runs without stopping. */
    static SetBreakpointsResponse setBreakpoints(TraceSession session, boolean noDebug, ClientSources sources,
                                                 SetBreakpointsArguments args) {
        SourceBreakpoint[] asked = args.getBreakpoints() == null ? new SourceBreakpoint[0] : args.getBreakpoints();
        String source = session == null ? null : sources.sourceOf(session, args.getSource());
        List<org.eclipse.lsp4j.debug.Breakpoint> out = new ArrayList<>();
        if (session == null || noDebug) {
            for (SourceBreakpoint b : asked) {
                out.add(breakpoint(null, b.getLine(), false, session == null ? "no note launched" : "noDebug: runs without stopping",
                        args.getSource()));
            }
        } else {
            List<Breakpoint> wanted = Arrays.stream(asked).map(b -> new Breakpoint(sources.fromClient(b.getLine()),
                    b.getCondition(), b.getHitCondition(), b.getLogMessage())).toList();
            for (BreakpointStatus s : session.setBreakpoints(source, wanted)) {
                out.add(breakpoint(s.id(), sources.toClient(s.line()), s.verified(), s.message(), args.getSource()));
            }
        }
        SetBreakpointsResponse r = new SetBreakpointsResponse();
        r.setBreakpoints(out.toArray(new org.eclipse.lsp4j.debug.Breakpoint[0]));
        return r;
    }

    private static org.eclipse.lsp4j.debug.Breakpoint breakpoint(Integer id, int line, boolean verified, String message,
                                                                 Source source) {
        org.eclipse.lsp4j.debug.Breakpoint b = new org.eclipse.lsp4j.debug.Breakpoint();
        b.setId(id);
        b.setLine(line);
        b.setVerified(verified);
        b.setMessage(message);
        b.setSource(source);
        return b;
    }

    /** The lines of the range asked for where a breakpoint can stop. */
    static BreakpointLocationsResponse breakpointLocations(TraceSession session, ClientSources sources,
                                                           BreakpointLocationsArguments args) {
        BreakpointLocationsResponse r = new BreakpointLocationsResponse();
        String source = session == null ? null : sources.sourceOf(session, args.getSource());
        List<BreakpointLocation> out = new ArrayList<>();
        int from = sources.fromClient(args.getLine());
        int to = args.getEndLine() == null ? from : sources.fromClient(args.getEndLine());
        if (source != null && from <= to) {   // an end before the start asks for no lines
            for (int line : session.runnableLines(source).subSet(from, true, to, true)) {
                BreakpointLocation l = new BreakpointLocation();
                l.setLine(sources.toClient(line));
                out.add(l);
            }
        }
        r.setBreakpoints(out.toArray(new BreakpointLocation[0]));
        return r;
    }

    /** The goto target on the line asked for: its branch, if it is a branch line of the note run. */
    static GotoTargetsResponse gotoTargets(TraceSession session, ClientSources sources, GotoTargetsArguments args) {
        List<GotoTarget> out = new ArrayList<>();
        if (session != null && session.mainSource().equals(sources.sourceOf(session, args.getSource()))) {
            int line = sources.fromClient(args.getLine());
            session.branchLabel(line).ifPresent(label -> {
                GotoTarget t = new GotoTarget();
                t.setId(line);
                t.setLabel(label);
                t.setLine(sources.toClient(line));
                out.add(t);
            });
        }
        GotoTargetsResponse r = new GotoTargetsResponse();
        r.setTargets(out.toArray(new GotoTarget[0]));
        return r;
    }
}
