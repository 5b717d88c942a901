package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.lint.report.GithubLintReport;
import org.tracenotes.core.lint.report.JsonLintReport;
import org.tracenotes.core.lint.report.JunitLintReport;
import org.tracenotes.core.lint.report.SarifLintReport;
import org.tracenotes.core.lint.report.TextLintReport;
import org.tracenotes.core.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes check}: parse notes and print what the parser found. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Parse notes and print what the parser found.",
                "Each diagnostic is printed as file:line:col: severity: message [RULE], then a summary on standard "
                        + "error. Folders are searched for .md, .markdown, .rst, .trace and .txt files and files without an "
                        + "extension, as lint, fmt and graph search them; `-` reads one note from standard input. "
                        + "Settings come from the .tracenotes.yaml files above each note."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings and infos allowed)", "1:a note has errors",
                "2:usage error, an unreadable path or a .tracenotes.yaml with errors"})
final class CheckCommand implements Callable<Integer> {

    /** Output formats: the lint formats, of the parser's findings. */
    enum Format { text, json, sarif, github, junit }

    @Spec
    CommandSpec spec;

    @ParentCommand
    TopCommand parent;

    @Mixin
    ParseMixin parse;

    @Mixin
    FindingOptions findings;

    @Mixin
    OutputOptions output;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Notes, or folders of notes; `-` for standard input.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); the formats of lint.")
    Format format;

    @Option(names = "--stdin-filename", paramLabel = "PATH",
            description = "With `-`: the path the note stands for, which names it in messages and finds its .tracenotes.yaml.")
    Path stdinFilename;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (findings.problem() != null) {
            err.println("tracenotes check: " + findings.problem());
            return ExitCodes.USAGE;
        }
        Boolean stdin = CommandIo.stdin(paths, "check", err);
        if (stdin == null) {
            return ExitCodes.USAGE;
        }
        LintSession.Options options = new LintSession.Options(parse.givenTabWidth(spec), Optional.ofNullable(parse.dialect),
                null);
        LintSession.Notes notes;
        if (stdin) {
            byte[] bytes = CommandIo.readStdin(parent.in, "check", err);
            if (bytes == null) {
                return ExitCodes.USAGE;
            }
            notes = LintSession.read(CommandIo.stdinName(stdinFilename), bytes, stdinFilename, options, false);
        } else {
            notes = LintSession.read(paths, options, false);   // check shows findings only: no model kept
        }
        notes.warnings().forEach(err::println);
        notes.problems().forEach(err::println);
        for (org.tracenotes.core.parse.NoteLoader.Unreadable u : notes.unreadable()) {
            err.println(u.path() + ": error: " + u.reason());
        }
        List<LintSession.FileResult> files = new ArrayList<>();
        for (int i = 0; i < notes.notes().size(); i++) {
            files.add(new LintSession.FileResult(notes.paths().get(i), notes.notes().get(i), notes.notes().get(i).diagnostics()));
        }
        LintSession.Result all = new LintSession.Result(files, notes.unreadable(), notes.problems(), notes.warnings(), 0);
        LintSession.Result shown = all.atLeast(findings.minSeverity);
        LintSession.Verdict verdict = all.verdict(-1);
        String report = switch (format) {
            case text -> TextLintReport.render(shown, findings.colour(true, output.output));
            case json -> JsonLintReport.render(shown);
            case sarif -> SarifLintReport.render(shown, Version.number(), verdict);
            case github -> GithubLintReport.render(shown);
            case junit -> JunitLintReport.render(shown);
        };
        if (!CommandIo.write(report, output.output, stdin ? List.of() : org.tracenotes.core.parse.NoteLoader.collect(paths), out, err)) {
            return ExitCodes.USAGE;
        }
        long errors = all.count(Severity.ERROR);
        long warnings = all.count(Severity.WARNING);
        int n = files.size();
        if (!output.quiet) {
            err.println("checked " + n + (n == 1 ? " note" : " notes") + ": " + errors
                    + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        if (verdict.exitCode() == ExitCodes.USAGE && !notes.problems().isEmpty()) {
            err.println("tracenotes check: " + verdict.reason());
        }
        return verdict.exitCode();
    }
}
