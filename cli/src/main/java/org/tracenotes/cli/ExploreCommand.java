package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.tracenotes.core.explore.ExploreRunner;
import org.tracenotes.core.explore.HtmlExploreReport;
import org.tracenotes.core.explore.JsonExploreReport;
import org.tracenotes.core.explore.TextExploreReport;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes explore}: run a trace on every starting state that matters. */
@Command(name = "explore",
        mixinStandardHelpOptions = true,
        description = {"Run a trace on every starting state that can change its path, and report what it does.",
                "The states are every page kind, with and without the caller's pin, forked on each environment answer "
                        + "the path reads. The report has the distinct paths, the decision table, branch coverage, "
                        + "elisions, invariant violations and (with --vs-reference) where the note and the kernel's "
                        + "reference trace differ."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run returned, no invariant is violated (and, with --vs-reference, no divergence)",
                "1:a run stopped (unknown function, budget, error), an invariant is violated, or the note diverges",
                "2:usage error"})
final class ExploreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The note (none with --reference --trace FUNCTION).")
    Path file;

    @Option(names = "--trace", paramLabel = "FUNCTION",
            description = "The traced function, a root or a function traced inline (default: the note's first root).")
    String trace;

    @Option(names = "--reference", description = "Explore the model's kernel reference trace of the function instead.")
    boolean reference;

    @Option(names = "--vs-reference", description = "Also run the kernel reference trace on every state and report divergences.")
    boolean vsReference;

    /** Output formats. */
    enum Format { text, json, html }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); html is one self-contained page.")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (file == null && !(reference && trace != null)) {
            err.println("tracenotes explore: a FILE is needed, unless --reference --trace FUNCTION explores one of the"
                    + " model's reference traces");
            return ExitCodes.USAGE;
        }
        Note note = file == null ? ReferenceTraces.softOffline66().note()
                : CommandIo.load(new NoteLoader(parse.parser(spec)), file, err);
        if (note == null) {
            return ExitCodes.USAGE;
        }
        if (CommandIo.unread(note, err)) {
            return ExitCodes.FINDINGS;
        }
        long started = System.nanoTime();
        boolean tty = System.console() != null && !output.quiet;
        IntConsumer progress = n -> {
            if (tty && System.nanoTime() - started > 1_000_000_000L && n % 8 == 0) {
                err.print("\rexploring " + (file == null ? trace : file.getFileName()) + ": " + n + " states");
                err.flush();
            }
        };
        ExploreRunner.Response response = ExploreRunner.run(note, ReferenceTraces.softOffline66(),
                new ExploreRunner.Request(trace, reference, vsReference), progress);
        if (tty && System.nanoTime() - started > 1_000_000_000L) {
            err.print("\r\u001b[K");
            err.flush();
        }
        if (response instanceof ExploreRunner.Invalid bad) {
            err.println("tracenotes explore: " + bad.message());
            return ExitCodes.USAGE;
        }
        ExploreRunner.Explored x = (ExploreRunner.Explored) response;
        CommandIo.Streamed report = switch (format) {
            case text -> w -> w.write(TextExploreReport.render(x.exploration()));
            case json -> w -> JsonExploreReport.write(x.exploration(), w);
            case html -> w -> w.write(HtmlExploreReport.render(x.exploration(), x.note()));
        };
        if (!CommandIo.write(report, output.output, file == null ? java.util.List.of() : java.util.List.of(file), out, err)) {
            return ExitCodes.USAGE;
        }
        return x.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
