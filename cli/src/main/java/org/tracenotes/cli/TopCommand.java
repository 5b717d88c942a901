package org.tracenotes.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tracenotes} without its subcommands: its options, help text and streams. {@link TracenotesCommand}
 * adds the subcommands; a command line naming one of them builds this and that one only
 * ({@link TracenotesCommand#commandLine}), because picocli reads every subcommand's annotations when it
 * builds the model, which is most of a start's own time.
 */
@Command(name = "tracenotes",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Make kernel reading notes runnable, checkable and navigable.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, no errors", "1:the notes have errors", "2:usage error or unreadable input",
                "70:internal error (a bug: please report it with the input)"})
class TopCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input: what {@code lint -}, {@code check -} and {@code fmt -} read. */
    java.io.InputStream in = System.in;

    /**
     * Standard output as bytes, when there is one beside the writer: {@code fmt -} writes a note it must
     * not change (invalid UTF-8, say) byte for byte through it.
     */
    java.io.OutputStream rawOut;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: check, outline, graph, run, explore, lint, fmt, extract, lsp or dap");
    }
}
