package org.tracenotes.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tracenotes}: the top command with its subcommands; each subcommand maps its options to core. */
@Command(subcommands = {CheckCommand.class, OutlineCommand.class, GraphCommand.class, RunCommand.class, LintCommand.class,
        ExtractCommand.class, FmtCommand.class, ExploreCommand.class, LspCommand.class, DapCommand.class, CommandLine.HelpCommand.class})
public final class TracenotesCommand extends TopCommand {

    /**
     * The subcommands by name, as the annotation lists them but {@code help} (which needs them all): a
     * command line whose first word is one of these builds the model of that one alone.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = Map.of("check", CheckCommand.class, "outline", OutlineCommand.class,
            "graph", GraphCommand.class, "run", RunCommand.class, "lint", LintCommand.class, "fmt", FmtCommand.class,
            "explore", ExploreCommand.class, "lsp", LspCommand.class, "dap", DapCommand.class,
            "extract", ExtractCommand.class);

    /** Stack of the thread a command runs on: deep notes and long expressions are walked recursively. */
    static final long COMMAND_STACK_BYTES = 1L << 30;

    public static void main(String[] args) {
        WarmUp.start(args);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = executeOnDeepStack(args, System.in, System.out, out, err);
        out.flush();
        if (System.out.checkError()) {
            // a full disk or a closed pipe: the output is not there, so success must not be claimed
            err.println("tracenotes: error: standard output could not be written (a full disk or a closed pipe)");
            code = code == ExitCodes.INTERNAL ? code : ExitCodes.USAGE;
        }
        System.exit(code);
    }

    /**
     * {@link #execute} on a thread with a large stack (reserved, not committed), so that a note nested
     * thousands of levels deep or an expression of thousands of terms is walked, not overflowed; if the
     * input is deeper still, one line says so and the exit code is 1, never a stack trace.
     */
    static int executeOnDeepStack(String[] args, PrintWriter out, PrintWriter err) {
        return executeOnDeepStack(args, System.in, null, out, err);
    }

    static int executeOnDeepStack(String[] args, java.io.InputStream in, java.io.OutputStream rawOut, PrintWriter out,
                                  PrintWriter err) {
        org.tracenotes.core.DeepStack.Outcome<Integer> o = org.tracenotes.core.DeepStack.call("tracenotes",
                COMMAND_STACK_BYTES, () -> execute(args, in, rawOut, out, err));
        if (o.value() != null) {
            return o.value();
        }
        out.flush();
        if (o.failure() instanceof StackOverflowError) {
            err.println("tracenotes: error: the input nests too deeply to process (a note or an expression deeper than "
                    + "a 1 GB stack holds); split it");
            return ExitCodes.FINDINGS;
        }
        if (o.failure() instanceof OutOfMemoryError) {
            err.println("tracenotes: error: out of memory; give Java more heap (TRACENOTES_JAVA_OPTS=-Xmx4g) or split the input");
            return ExitCodes.FINDINGS;
        }
        err.println("tracenotes: internal error: " + o.failure());
        return ExitCodes.INTERNAL;
    }

    /** Runs the command line and returns its exit code; output goes to {@code out} and {@code err}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, System.in, out, err);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, reading standard input from {@code in}. */
    public static int execute(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        return execute(args, in, null, out, err);
    }

    /** As {@link #execute(String[], java.io.InputStream, PrintWriter, PrintWriter)}, {@code rawOut} the bytes under {@code out}. */
    public static int execute(String[] args, java.io.InputStream in, java.io.OutputStream rawOut, PrintWriter out,
                              PrintWriter err) {
        CommandLine cl = commandLine(args);
        TopCommand top = cl.getCommand();
        top.in = in;
        top.rawOut = rawOut;
        HelpLayout.install(cl);
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

    /**
     * The model of the command line {@code args}: the top command and the one subcommand {@code args}
     * start with, or, when they start with no subcommand's name ({@code --help}, {@code help}, a
     * misspelt name), the top command with all of them. Either parses {@code args} the same way.
     */
    static CommandLine commandLine(String[] args) {
        Class<?> sub = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (sub == null) {
            return new CommandLine(new TracenotesCommand());
        }
        CommandLine cl = new CommandLine(new TopCommand());
        cl.addSubcommand(args[0], sub);
        return cl;
    }
}
