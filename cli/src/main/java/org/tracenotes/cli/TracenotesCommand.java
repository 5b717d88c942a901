package org.tracenotes.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tracenotes}: the top command; each subcommand maps its options to core. */
@Command(name = "tracenotes",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Make kernel reading notes runnable, checkable and navigable.",
        subcommands = {CheckCommand.class, OutlineCommand.class, GraphCommand.class, RunCommand.class, LintCommand.class, FmtCommand.class, ExploreCommand.class, DapCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, no errors", "1:the notes have errors", "2:usage error or unreadable input",
                "70:internal error (a bug: please report it with the input)"})
public final class TracenotesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: check, outline, graph, run, explore, lint, fmt or dap");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; output goes to {@code out} and {@code err}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TracenotesCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("tracenotes: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try 'tracenotes " + (e.getCommandLine() == cl ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            err.println("tracenotes: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }
}
