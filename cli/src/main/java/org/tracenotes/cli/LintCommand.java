package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.lint.SymbolIndex;
import org.tracenotes.core.lint.report.GithubLintReport;
import org.tracenotes.core.lint.report.JsonLintReport;
import org.tracenotes.core.lint.report.JunitLintReport;
import org.tracenotes.core.lint.report.SarifLintReport;
import org.tracenotes.core.lint.report.TextLintReport;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes lint}: the rules over notes, for CI and editors. */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        description = {"Check notes against the lint rules (tracenotes lint --list-rules) and print the findings.",
                "Folders are walked for *.md, *.markdown, *.trace and *.txt, skipping hidden entries, target, node_modules",
                "and what .gitignore ignores. Settings come from .tracenotes.yaml files (rules: {id: off|info|warning|error},",
                "tab-width, dialect, model), the nearest winning; `## @lint-disable RULE` silences the next step or block."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors, and no more warnings than --max-warnings",
                "1:errors, or more warnings than --max-warnings",
                "2:usage error: unreadable path, bad option, a .tracenotes.yaml with problems, unreadable --symbols or --source"})
final class LintCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, sarif, github, junit }

    @Spec
    CommandSpec spec;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Notes, or folders of notes.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Exit 1 when there are more than N warnings (default: no limit).")
    int maxWarnings;

    @Option(names = "--symbols", paramLabel = "FILE", description = "A ctags `tags` file: unknown functions are also checked against it.")
    Path symbols;

    @Option(names = "--source", paramLabel = "DIR",
            description = "A source tree: function definitions found with ctags when installed, a built-in scanner otherwise.")
    Path source;

    @Option(names = "--list-rules", description = "Print every rule with its default severity and description, then exit.")
    boolean listRules;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text format: auto (on a terminal, unless NO_COLOR is set), always, never.")
    String color;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listRules) {
            for (LintRule r : LintRule.values()) {
                out.printf("%-24s %-8s %s%s%n", r.id(), r.defaultSeverity().label(), r.description(),
                        r.fixable() ? " (fmt fixes it)" : "");
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (paths.isEmpty()) {
            err.println("tracenotes lint: give at least one PATH (a note or a folder of notes)");
            return ExitCodes.USAGE;
        }
        if (maxWarnings < -1) {
            err.println("tracenotes lint: --max-warnings takes a number from 0 (or -1 for no limit), not " + maxWarnings);
            return ExitCodes.USAGE;
        }
        if (!List.of("auto", "always", "never").contains(color)) {
            err.println("tracenotes lint: --color takes auto, always or never, not `" + color + "`");
            return ExitCodes.USAGE;
        }
        SymbolIndex index = null;
        if (symbols != null && source != null) {
            err.println("tracenotes lint: give --symbols or --source, not both");
            return ExitCodes.USAGE;
        }
        if (symbols != null || source != null) {
            SymbolIndex.Result r = symbols != null ? SymbolIndex.fromTags(symbols) : SymbolIndex.fromSource(source);
            if (r instanceof SymbolIndex.Failed f) {
                err.println("tracenotes lint: " + f.message());
                return ExitCodes.USAGE;
            }
            index = ((SymbolIndex.Loaded) r).index();
        }
        LintSession.Result result = LintSession.run(paths, new LintSession.Options(parse.givenTabWidth(spec),
                Optional.ofNullable(parse.dialect), index));
        for (String problem : result.problems()) {
            err.println(problem);
        }
        boolean colour = format == Format.text && output == null && (color.equals("always")
                || color.equals("auto") && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM")));
        String report = switch (format) {
            case text -> TextLintReport.render(result, colour);
            case json -> JsonLintReport.render(result);
            case sarif -> SarifLintReport.render(result, Version.number());
            case github -> GithubLintReport.render(result);
            case junit -> JunitLintReport.render(result);
        };
        if (!CommandIo.write(report, output, NoteLoader.collect(paths), out, err)) {
            return ExitCodes.USAGE;
        }
        for (NoteLoader.Unreadable u : result.unreadable()) {
            err.println(u.path() + ": error: " + u.reason());
        }
        err.println(TextLintReport.summary(result));
        err.flush();
        if (!result.unreadable().isEmpty()) {
            return ExitCodes.USAGE;
        }
        if (!result.problems().isEmpty()) {
            err.println("tracenotes lint: fix the configuration above (.tracenotes.yaml); its findings may not be the ones meant");
            return ExitCodes.USAGE;
        }
        boolean tooMany = maxWarnings >= 0 && result.count(Severity.WARNING) > maxWarnings;
        if (tooMany) {
            err.println("tracenotes lint: " + result.count(Severity.WARNING) + " warnings, more than --max-warnings "
                    + maxWarnings);
        }
        return result.count(Severity.ERROR) > 0 || tooMany ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
