package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.outline.JsonOutline;
import org.tracenotes.core.outline.TextOutline;
import org.tracenotes.core.parse.NoteLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes outline}: print a note's model as a tree. */
@Command(name = "outline",
        mixinStandardHelpOptions = true,
        description = {"Print a note's model as a tree: sections, blocks, roots and steps.",
                "Each step shows its line:col, kind and payload at its depth; `→ f` marks a call expanded inline.",
                "The JSON form (schema tracenotes.outline/1) is documented in docs/outline-json.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:printed, but the note has errors (they go to standard error)",
                "2:usage error or unreadable file"})
final class OutlineCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The note.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Note note = CommandIo.load(new NoteLoader(parse.parser(spec)), file, spec.commandLine().getErr());
        if (note == null) {
            return ExitCodes.USAGE;
        }
        CommandIo.Streamed report = format == Format.json ? w -> JsonOutline.write(note, w) : w -> w.write(TextOutline.render(note));
        if (!CommandIo.write(report, output.output, java.util.List.of(file), out, spec.commandLine().getErr())) {
            return ExitCodes.USAGE;
        }
        boolean errors = false;
        for (Diagnostic d : note.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                spec.commandLine().getErr().println(d.format(note.source()));
                errors = true;
            }
        }
        return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
