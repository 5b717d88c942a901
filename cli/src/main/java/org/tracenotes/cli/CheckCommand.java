package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes check}: parse notes and print what the parser found. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Parse notes and print their diagnostics as file:line:col: severity: message [RULE].",
                "Folders are searched for .md, .markdown, .trace and .txt files and files without an extension."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings and infos allowed)", "1:a note has errors",
                "2:usage error or an unreadable path"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Notes, or folders of notes.")
    List<Path> paths;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "Print diagnostics of this severity or worse: info, warning, error (default: ${DEFAULT-VALUE}).",
            converter = SeverityConverter.class)
    Severity minSeverity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NoteLoader loader = new NoteLoader(parse.parser(spec));
        int errors = 0;
        int warnings = 0;
        NoteLoader.Batch batch = loader.loadAll(paths);
        for (NoteLoader.Unreadable u : batch.unreadable()) {
            err.println(u.path() + ": error: " + u.reason());
        }
        for (Note note : batch.notes()) {
            for (Diagnostic d : note.diagnostics()) {
                errors += d.severity() == Severity.ERROR ? 1 : 0;
                warnings += d.severity() == Severity.WARNING ? 1 : 0;
                if (d.severity().ordinal() <= minSeverity.ordinal()) {
                    out.println(d.format(note.source()));
                }
            }
        }
        int files = batch.notes().size();
        out.flush();
        err.println("checked " + files + (files == 1 ? " note" : " notes") + ": " + errors
                + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        if (!batch.unreadable().isEmpty()) {
            return ExitCodes.USAGE;
        }
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** {@code info|warning|error}. */
    static final class SeverityConverter implements picocli.CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            for (Severity s : Severity.values()) {
                if (s.label().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown severity '" + value + "'; expected info, warning or error");
        }
    }
}
