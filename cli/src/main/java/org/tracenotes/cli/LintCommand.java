package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tracenotes.core.ReportFile;
import org.tracenotes.core.lint.Baseline;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.lint.NoteFormatter;
import org.tracenotes.core.lint.SymbolIndex;
import org.tracenotes.core.lint.report.GithubLintReport;
import org.tracenotes.core.lint.report.JsonLintReport;
import org.tracenotes.core.lint.report.JunitLintReport;
import org.tracenotes.core.lint.report.SarifLintReport;
import org.tracenotes.core.lint.report.TextLintReport;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes lint}: the rules over notes, for CI and editors. */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        description = {"Check notes against the lint rules and print the findings.",
                "The rules are listed by --list-rules. Folders are walked for .md, .markdown, .rst, .trace and .txt files and "
                        + "files without an extension, skipping hidden entries, target, node_modules, what .gitignore "
                        + "ignores and what the exclude globs of .tracenotes.yaml exclude; with no path, the current "
                        + "folder is linted, and `-` reads one note from standard input.",
                "Settings come from the .tracenotes.yaml files above each note, the nearest winning: rules (id: off, "
                        + "info, warning or error), overrides (rules for some paths), exclude, tab-width, dialect and "
                        + "model. `## @lint-disable RULE` silences the next step or block."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors, and no more warnings than --max-warnings",
                "1:errors, or more warnings than --max-warnings",
                "2:usage error: an unreadable path, a bad option, a .tracenotes.yaml with errors, an unreadable --symbols, "
                        + "--source or --baseline"})
final class LintCommand implements Callable<Integer> {

    /** Output formats. */
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

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Notes, or folders of notes (default: the current folder); `-` for standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Exit 1 when there are more than N warnings (default: no limit).")
    int maxWarnings;

    @Option(names = "--symbols", paramLabel = "FILE", description = "A ctags tags file: unknown functions are also checked against it.")
    Path symbols;

    @Option(names = "--source", paramLabel = "DIR",
            description = "A source tree to check the notes against: for C (tree-sitter), the calls, conditions, order and "
                    + "branches of every traced function (rules not-in-source, call-not-in-body, condition-differs, "
                    + "call-order, untraced-branch); without it, the `source:` of .tracenotes.yaml.")
    Path source;

    @Option(names = "--list-rules", description = "Print every rule with its default severity and description, then exit.")
    boolean listRules;

    @Option(names = "--statistics", description = "Print how many findings each rule has, instead of the findings.")
    boolean statistics;

    @Option(names = "--fix", description = "Apply fmt's fixes of the findings shown, with fmt's safety, then print the "
            + "findings left.")
    boolean fix;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide the findings FILE holds, matched by rule, file and the text of their line.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding to FILE as a baseline, so that later runs with --baseline FILE show only "
                    + "new ones.")
    Path writeBaseline;

    @Option(names = "--stdin-filename", paramLabel = "PATH",
            description = "With `-`: the path the note stands for, which names it in messages and finds its .tracenotes.yaml.")
    Path stdinFilename;

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
            paths = List.of(Path.of("."));
        }
        Boolean stdin = CommandIo.stdin(paths, "lint", err);
        if (stdin == null) {
            return ExitCodes.USAGE;
        }
        String bad = null;
        if (maxWarnings < -1) {
            bad = "--max-warnings takes a number from 0 (or -1 for no limit), not " + maxWarnings;
        } else if (findings.problem() != null) {
            bad = findings.problem();
        } else if (symbols != null && source != null) {
            bad = "give --symbols or --source, not both";
        } else if (baseline != null && writeBaseline != null) {
            bad = "give --baseline or --write-baseline, not both";
        } else if (fix && stdin) {
            bad = "--fix rewrites files; for standard input, use tracenotes fmt -";
        } else if (statistics && format != Format.text) {
            bad = "--statistics prints text; it does not combine with --format " + format;
        }
        if (bad != null) {
            err.println("tracenotes lint: " + bad);
            return ExitCodes.USAGE;
        }
        SymbolIndex index = null;
        org.tracenotes.core.source.SourceIndex tree = null;
        String sourceLang = source == null ? null : org.tracenotes.core.source.SourceTrees.detect(source);
        if (source != null && sourceLang != null) {
            tree = SourceOpening.open("lint", source, sourceLang, List.of(), output.quiet, err);
            if (tree == null) {
                return ExitCodes.USAGE;
            }
        } else if (symbols != null || source != null) {
            SymbolIndex.Result r = symbols != null ? SymbolIndex.fromTags(symbols) : SymbolIndex.fromSource(source);
            if (r instanceof SymbolIndex.Failed f) {
                err.println("tracenotes lint: " + f.message());
                return ExitCodes.USAGE;
            }
            index = ((SymbolIndex.Loaded) r).index();
        }
        Baseline known = null;
        if (baseline != null) {
            Baseline.Loaded l = Baseline.read(baseline);
            if (l instanceof Baseline.Failed f) {
                err.println("tracenotes lint: " + f.message());
                return ExitCodes.USAGE;
            }
            known = ((Baseline.Read) l).baseline();
        }
        LintSession.Options options = new LintSession.Options(parse.givenTabWidth(spec), Optional.ofNullable(parse.dialect),
                index, tree);
        byte[] input = null;
        if (stdin) {
            input = CommandIo.readStdin(parent.in, "lint", err);
            if (input == null) {
                return ExitCodes.USAGE;
            }
        }
        LintSession.Notes notes = read(stdin, input, options);
        notes.warnings().forEach(err::println);
        notes.problems().forEach(err::println);
        if (tree == null && index == null) {
            // no --source or --symbols: the nearest .tracenotes.yaml's `source:` (the first note's that has one)
            Path configured = notes.configs().stream().map(c -> c.source().orElse(null)).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (configured != null) {
                tree = SourceOpening.open("lint", configured, null, List.of(), output.quiet, err);
                if (tree == null) {
                    return ExitCodes.USAGE;
                }
                options = options.withSource(tree);
            }
        }
        // the fixes are found only for what shows them: --fix, --statistics (fixable counts), SARIF
        boolean withFixes = fix || statistics || format == Format.sarif;
        LintSession.Result all = LintSession.lint(notes, options, withFixes);
        List<Path> inputs = stdin ? List.of() : NoteLoader.collect(paths);
        if (writeBaseline != null) {
            known = Baseline.of(all, writeBaseline);
            String problem = ReportFile.write(writeBaseline, known.render(), inputs);
            if (problem != null) {
                err.println(writeBaseline + ": error: " + problem);
                return ExitCodes.USAGE;
            }
            if (!output.quiet) {
                err.println("wrote a baseline of " + all.files().stream().mapToLong(f -> f.findings().size()).sum()
                        + " findings to " + writeBaseline);
            }
        }
        LintSession.Result result = shown(all, known);
        int fixed = 0;
        if (fix) {
            fixed = fix(result, notes, err);
            if (fixed > 0) {
                notes = read(false, null, options);
                result = shown(LintSession.lint(notes, options, withFixes), known);
            }
        }
        LintSession.Verdict verdict = result.verdict(maxWarnings);
        String report = statistics ? statistics(result) : switch (format) {
            case text -> TextLintReport.render(result, findings.colour(true, output.output));
            case json -> JsonLintReport.render(result);
            case sarif -> SarifLintReport.render(result, Version.number(), verdict);
            case github -> GithubLintReport.render(result);
            case junit -> JunitLintReport.render(result);
        };
        if (!CommandIo.write(report, output.output, inputs, out, err)) {
            return ExitCodes.USAGE;
        }
        for (NoteLoader.Unreadable u : result.unreadable()) {
            err.println(u.path() + ": error: " + u.reason());
        }
        if (!output.quiet) {
            err.println(TextLintReport.summary(result) + (fixed > 0 ? "; fixed " + fixed + (fixed == 1 ? " finding" : " findings")
                    : "") + (result.baselined() > 0 ? "; " + result.baselined() + " more in the baseline" : ""));
        }
        err.flush();
        if (verdict.exitCode() != ExitCodes.OK && !(verdict.exitCode() == ExitCodes.FINDINGS && output.quiet)) {
            err.println("tracenotes lint: " + verdict.reason());
        }
        return verdict.exitCode();
    }

    private LintSession.Notes read(boolean stdin, byte[] input, LintSession.Options options) {
        return stdin ? LintSession.read(CommandIo.stdinName(stdinFilename), input, stdinFilename, options)
                : LintSession.read(paths, options);
    }

    private LintSession.Result shown(LintSession.Result all, Baseline known) {
        LintSession.Result r = known == null ? all : known.filter(all);
        return r.atLeast(findings.minSeverity);
    }

    /** Applies fmt's fixes of the findings shown; the number of findings fixed. */
    private int fix(LintSession.Result result, LintSession.Notes notes, PrintWriter err) {
        Map<Path, NoteParser> parsers = new HashMap<>();
        for (int i = 0; i < notes.paths().size(); i++) {
            parsers.put(notes.paths().get(i), notes.parsers().get(i));
        }
        int fixed = 0;
        for (LintSession.FileResult f : result.files()) {
            Set<NoteFormatter.Edit> chosen = new LinkedHashSet<>();
            int findingsFixed = 0;
            for (Diagnostic d : f.findings()) {
                List<NoteFormatter.Edit> edits = f.fixesOf(d);
                if (!edits.isEmpty()) {
                    chosen.addAll(edits);
                    findingsFixed++;
                }
            }
            if (chosen.isEmpty() || !parsers.containsKey(f.path())) {
                continue;
            }
            NoteFormatter.Outcome o = NoteFormatter.format(f.path(), parsers.get(f.path()), false, chosen::contains);
            if (o.status() == NoteFormatter.Status.CHANGED) {
                fixed += findingsFixed;
                if (!output.quiet) {
                    for (NoteFormatter.Edit e : o.edits()) {
                        err.println(f.path() + ":" + e.line() + ": fixed [" + e.ruleId() + "]");
                    }
                }
            } else if (o.status() == NoteFormatter.Status.REFUSED) {
                err.println(f.path() + ": " + o.message());
            }
        }
        return fixed;
    }

    /** {@code --statistics}: one line a rule, most findings first. */
    private static String statistics(LintSession.Result result) {
        StringBuilder sb = new StringBuilder();
        for (LintSession.RuleCount c : result.statistics()) {
            sb.append(String.format("%6d  %-8s %-24s %s", c.count(), c.severity().label(), c.rule(),
                    c.fixable() > 0 ? "(" + c.fixable() + " fixable)" : "").stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
