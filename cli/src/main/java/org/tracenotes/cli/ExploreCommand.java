package org.tracenotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracenotes.core.explore.Exploration;
import org.tracenotes.core.explore.Explorer;
import org.tracenotes.core.explore.TextExploreReport;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.run.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes explore}: run a trace on every starting state that matters. */
@Command(name = "explore",
        mixinStandardHelpOptions = true,
        description = {"Run a trace on every page kind, with and without the caller's pin, forking on each environment",
                "answer the path reads; report the distinct paths, the decision table, branch coverage, elisions,",
                "invariant violations and (--vs-reference) where the note and the kernel's reference trace differ."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run returned, no invariant is violated (and, with --vs-reference, no divergence)",
                "1:a run stopped (unknown function, budget, error), an invariant is violated, or the note diverges",
                "2:usage error"})
final class ExploreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The note.")
    Path file;

    @Option(names = "--trace", paramLabel = "ROOT", description = "The traced function (default: the note's first).")
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NoteLoader.Result r = new NoteLoader(parse.parser(spec)).load(file);
        if (r instanceof NoteLoader.Unreadable u) {
            err.println(u.path() + ": error: " + u.reason());
            return ExitCodes.USAGE;
        }
        Note note = ((NoteLoader.Loaded) r).note();
        ReferenceTraces model = ReferenceTraces.softOffline66();
        Program program = reference ? Program.ofReference(model) : Program.of(note, List.of(), model);
        String name = trace;
        if (name == null) {
            name = note.traceBlocks().stream().flatMap(b -> b.roots().stream()).filter(Root::definesFunction)
                    .map(Root::name).findFirst().orElse(null);
        }
        if (name == null) {
            err.println("tracenotes explore: " + file + " has no traced function");
            return ExitCodes.USAGE;
        }
        Optional<Root> root = reference ? model.function(name) : program.root(name);
        if (root.isEmpty()) {
            err.println("tracenotes explore: no traced function `" + name + "`" + (reference ? " in the model" : " in " + file));
            return ExitCodes.USAGE;
        }
        Explorer explorer = new Explorer(program, root.get(), vsReference ? Program.ofReference(model) : null);
        if (vsReference && !explorer.comparable()) {
            err.println("tracenotes explore: the model has no reference trace of `" + name + "` to compare with");
            return ExitCodes.USAGE;
        }
        long started = System.nanoTime();
        boolean tty = System.console() != null;
        java.util.function.IntConsumer progress = n -> {
            if (tty && System.nanoTime() - started > 1_000_000_000L && n % 8 == 0) {
                err.print("\rexploring " + file.getFileName() + ": " + n + " states");
                err.flush();
            }
        };
        Exploration x = org.tracenotes.core.DeepStack.call("tracenotes-explore", () -> explorer.explore(progress))
                .value();
        if (tty && System.nanoTime() - started > 1_000_000_000L) {
            err.print("\r\u001b[K");
            err.flush();
        }
        if (x == null) {
            err.println("tracenotes explore: the exploration failed");
            return ExitCodes.INTERNAL;
        }
        String report = switch (format) {
            case text -> TextExploreReport.render(x);
            case json -> org.tracenotes.core.explore.JsonExploreReport.render(x);
            case html -> org.tracenotes.core.explore.HtmlExploreReport.render(x, program.main());
        };
        if (output != null) {
            try {
                Files.writeString(output, report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("tracenotes explore: cannot write " + output + ": " + NoteLoader.describe(e));
                return ExitCodes.USAGE;
            }
        } else {
            out.print(report);
            out.flush();
        }
        boolean bad = !x.violations().isEmpty() || !x.stopped().isEmpty() || vsReference && !x.divergencesByCause().isEmpty();
        return bad ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
