package org.tracenotes.cli;

import java.util.concurrent.Callable;
import org.tracenotes.cli.dap.DapServer;
import picocli.CommandLine.Command;

/** {@code tracenotes dap}: a debug adapter on standard input and output. */
@Command(name = "dap",
        mixinStandardHelpOptions = true,
        description = {"Serve the Debug Adapter Protocol on standard input and output: an editor (VS Code, nvim-dap, …) "
                + "starts this command and debugs a trace of a note with it — breakpoints on note lines, stepping in, "
                + "over, out and back, frames, locals and the page, goto to force a branch.",
                "",
                "The `launch` request's arguments:",
                "  note         path of the note (required; relative to `cwd` if given)",
                "  trace        the traced function to run (default: the note's first)",
                "  scenario     a scenario the note declares with `## @scenario`, or a page kind: lru-anon, free-buddy, …",
                "  given        starting-state items, as `run --given`: [\"lru\", \"refcount=1\"]",
                "  force        branch lines, as `run --force`: [\"86=taken\", \"91=not-taken\"]",
                "  with         other notes whose traced functions calls may run",
                "  stopOnEntry  stop at the trace's first step (default false)",
                "  noDebug      run to the end without stopping (default false)",
                "",
                "Breakpoints take conditions in the note's language (`ret < 0`), hit counts (N, == N, >= N, % N …) and log "
                        + "messages with {expressions}. Exception filters: expectation (an @expect fails), invariant (a "
                        + "reference count goes below zero, or an invariant breaks at the end), run-error (the run ends "
                        + "unknown-function, budget-exceeded or error). Goto on an if / else-if / else / case line runs "
                        + "again with that branch forced. The exit code the client is told is the `run` command's: 0 when "
                        + "the run returned and every expectation held, else 1.",
                "",
                "Nothing but the protocol is written to standard output; the command exits when the client disconnects."})
final class DapCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        DapServer.serve(System.in, System.out);
        return ExitCodes.OK;
    }
}
