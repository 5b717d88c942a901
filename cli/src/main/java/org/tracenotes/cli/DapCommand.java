package org.tracenotes.cli;

import java.util.concurrent.Callable;
import org.tracenotes.cli.dap.DapServer;
import picocli.CommandLine.Command;

/** {@code tracenotes dap}: a debug adapter on standard input and output. */
@Command(name = "dap",
        mixinStandardHelpOptions = true,
        description = {"Serve the Debug Adapter Protocol on standard input and output.",
                "",
                "An editor (VS Code, nvim-dap, …) starts this command and debugs a trace of a note with it: breakpoints "
                        + "on note lines, stepping in, over, out and back, reverse continue, restart of a frame, frames, locals and the page, "
                        + "goto to force a branch. One session runs one traced function on one starting state.",
                "",
                "The launch request's arguments:",
                "  note         path of the note (required; relative to `cwd`)",
                "  trace        the traced function (default: the note's first)",
                "  scenario     a `## @scenario` of the note, or a page kind",
                "               (lru-anon, free-buddy, …); not `all`",
                "  given        starting-state items as `run --given`:",
                "               [\"lru\", \"refcount=1\"]",
                "  force        branches as `run --force`: [\"86=taken\"]",
                "  with         other notes whose traced functions calls may run",
                "  stopOnEntry  stop at the trace's first step (default false)",
                "  noDebug      run to the end without stopping (default false)",
                "",
                "Breakpoint conditions are expressions of the note's language (`ret < 0`); hit conditions are N, == N, "
                        + "> N, >= N, < N, <= N or %% N; log messages replace each {expression} by its value. Exception "
                        + "filters (all on by default): expectation (an @expect fails), invariant (a reference count goes "
                        + "below zero, or an invariant breaks at the end), run-error (the run is about to end "
                        + "unknown-function, budget-exceeded or error). The exit code the client is told is `run`'s: 0 "
                        + "when the run returned and every expectation held, else 1.",
                "",
                "Nothing but the protocol is written to standard output; the command exits 0 when the client "
                        + "disconnects or closes standard input. README.md, section Debug adapter, has launch "
                        + "configurations for VS Code and nvim-dap."})
final class DapCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        DapServer.serve(System.in, System.out);
        return ExitCodes.OK;
    }
}
