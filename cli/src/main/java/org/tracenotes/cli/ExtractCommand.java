package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracenotes.core.source.NoteExtractor;
import org.tracenotes.core.source.SourceIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes extract}: a note started from the code of a function. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {"Write a trace note of FUNCTION from a source tree, in the seed dialect.",
                "The root line is the function's signature; => steps are its calls, ifs (-> else if, -> else), switches, "
                        + "loops, returns, gotos and labels, each with its file:line as a trailing ## comment. Callees the "
                        + "tree defines are expanded inline below their call, --depth levels deep."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error: no such folder or function, or the output cannot be written"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FUNCTION", description = "The function to start from: a C name.")
    String function;

    @Option(names = "--source", paramLabel = "DIR", required = true, description = "The source tree.")
    Path source;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "Expand callees inline N levels deep (default: ${DEFAULT-VALUE}; 0: the function alone).")
    int depth;

    @Option(names = "--lang", paramLabel = "LANG", description = "The tree's language: c or java (default: detected).")
    String lang;

    @Option(names = "--classpath", paramLabel = "PATH", split = ":",
            description = "Java: jars and folders to resolve bindings with.")
    List<Path> classpath = List.of();

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (depth < 0) {
            err.println("tracenotes extract: --depth must be 0 or more, not " + depth);
            return ExitCodes.USAGE;
        }
        SourceIndex index = SourceOpening.open("extract", source, lang, classpath, output.quiet, err);
        if (index == null) {
            return ExitCodes.USAGE;
        }
        NoteExtractor.Result r = NoteExtractor.extract(index, function, depth);
        if (r instanceof NoteExtractor.Failed f) {
            err.println("tracenotes extract: " + f.message());
            return ExitCodes.USAGE;
        }
        NoteExtractor.Extracted note = (NoteExtractor.Extracted) r;
        if (!CommandIo.write(note.text(), output.output, List.of(), spec.commandLine().getOut(), err)) {
            return ExitCodes.USAGE;
        }
        if (!output.quiet) {
            List<String> callees = note.functions().subList(1, note.functions().size());
            err.println("extracted " + function + (callees.isEmpty() ? "" : " with " + callees.size()
                    + (callees.size() == 1 ? " callee" : " callees") + " expanded inline: " + String.join(", ", callees)));
        }
        err.flush();
        return ExitCodes.OK;
    }
}
