package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.lint.NoteFormatter;
import org.tracenotes.core.lint.UnifiedDiff;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes fmt}: apply the safe fixes in place. */
@Command(name = "fmt",
        mixinStandardHelpOptions = true,
        description = {"Apply the safe fixes to notes, in place.",
                "`=> else` becomes `-> else`, `if a = b` becomes `if a == b`, tabs in trace indentation become spaces, "
                        + "snapped indentation moves to the level it was read at, and trailing blanks on trace lines go. "
                        + "Nothing else changes: comments, CJK, blank lines and line endings stay byte for byte.",
                "A note with errors, or one whose nesting a fix would change, is not written; files are replaced "
                        + "atomically (a temporary file, then a rename). Folders are searched as check, lint and graph "
                        + "search them; `-` reads one note from standard input and writes it, fixed, to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (with --check or --diff: nothing would change)",
                "1:with --check or --diff: some file would change; or a note was refused (errors, or a fix would "
                        + "change nesting)",
                "2:usage error or an unreadable path"})
final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TopCommand parent;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Notes, or folders of notes; `-` for standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--check", description = "Change nothing; list what would change and exit 1 if anything would.")
    boolean check;

    @Option(names = "--diff", description = "Change nothing; print a unified diff of what would change and exit 1 if "
            + "anything would.")
    boolean diff;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the diff: auto (on a terminal, unless NO_COLOR is set), always or never "
                    + "(default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = {"-q", "--quiet"}, description = "Print no summary on standard error: only changes and errors.")
    boolean quiet;

    @Option(names = "--stdin-filename", paramLabel = "PATH",
            description = "With `-`: the path the note stands for, which names it in messages and finds its .tracenotes.yaml.")
    Path stdinFilename;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Boolean stdin = CommandIo.stdin(paths, "fmt", err);
        if (stdin == null) {
            return ExitCodes.USAGE;
        }
        if (check && diff) {
            err.println("tracenotes fmt: give --check or --diff, not both");
            return ExitCodes.USAGE;
        }
        FindingOptions colours = new FindingOptions();
        colours.color = color;
        if (colours.problem() != null) {
            err.println("tracenotes fmt: " + colours.problem());
            return ExitCodes.USAGE;
        }
        boolean colour = diff && colours.colour(true, null);
        LintSession.Options options = new LintSession.Options(parse.givenTabWidth(spec), Optional.ofNullable(parse.dialect),
                null);
        if (stdin) {
            return formatStdin(options, out, err, colour);
        }
        int changed = 0;
        int refused = 0;
        int unreadable = 0;
        List<Path> files = NoteLoader.collect(paths);
        Set<String> said = new LinkedHashSet<>();
        for (Path f : files) {
            // the same settings lint reads: the note's .tracenotes.yaml files, the command line winning
            LintConfig config = LintConfig.forFile(f);
            config.warnings().stream().filter(said::add).forEach(err::println);
            config.problems().stream().filter(said::add).forEach(err::println);
            NoteParser parser = LintSession.parser(config, f, options);
            NoteFormatter.Outcome o = NoteFormatter.format(f, parser, check || diff);
            switch (o.status()) {
                case CHANGED -> {
                    changed++;
                    if (diff) {
                        printDiff(f, parser, out, colour);
                    } else {
                        for (NoteFormatter.Edit e : o.edits()) {
                            out.println(f + ":" + e.line() + ": " + (check ? "would fix" : "fixed") + " [" + e.ruleId() + "]");
                        }
                    }
                }
                case REFUSED -> {
                    if (o.message() != null && o.message().startsWith("not written")) {
                        refused++;
                    } else {
                        unreadable++;
                    }
                    err.println(f + ": " + o.message());
                }
                default -> { }
            }
        }
        out.flush();
        boolean dry = check || diff;
        if (!quiet) {
            err.println((dry ? "checked " : "formatted ") + files.size() + (files.size() == 1 ? " note: " : " notes: ")
                    + changed + (dry ? " would change" : " changed") + (refused > 0 ? ", " + refused + " refused" : ""));
        }
        if (unreadable > 0) {
            return ExitCodes.USAGE;
        }
        return (dry && changed > 0) || refused > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void printDiff(Path f, NoteParser parser, PrintWriter out, boolean colour) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(f);
            NoteFormatter.Plan plan = NoteFormatter.plan(f.toString(), bytes, parser);
            out.print(paint(UnifiedDiff.of(f.toString().replace('\\', '/'), plan.before(), plan.after()), colour));
        } catch (java.io.IOException e) {
            // read a moment ago by format; if it went since, there is nothing to show
        }
    }

    /** {@code fmt -}: the note from standard input, fixed, on standard output (unchanged when refused). */
    private int formatStdin(LintSession.Options options, PrintWriter out, PrintWriter err, boolean colour) {
        byte[] bytes = CommandIo.readStdin(parent.in, "fmt", err);
        if (bytes == null) {
            return ExitCodes.USAGE;
        }
        String name = CommandIo.stdinName(stdinFilename);
        Path where = stdinFilename != null ? stdinFilename : Path.of("").toAbsolutePath().resolve("-");
        LintConfig config = LintConfig.forFile(where);
        config.warnings().forEach(err::println);
        config.problems().forEach(err::println);
        NoteFormatter.Plan plan = NoteFormatter.plan(name, bytes, LintSession.parser(config, where, options));
        NoteFormatter.Outcome o = plan.outcome();
        if (diff) {
            out.print(paint(UnifiedDiff.of(name, plan.before(), plan.after()), colour));
        } else if (check) {
            for (NoteFormatter.Edit e : o.edits()) {
                out.println(name + ":" + e.line() + ": would fix [" + e.ruleId() + "]");
            }
        } else {
            // the note itself, fixed or as it came, byte for byte: an editor piping its buffer through fmt never loses it
            out.flush();
            if (parent.rawOut != null) {
                try {
                    parent.rawOut.write(plan.bytes());
                    parent.rawOut.flush();
                } catch (java.io.IOException e) {
                    err.println("tracenotes fmt: standard output cannot be written: " + NoteLoader.describe(e));
                    return ExitCodes.USAGE;
                }
            } else {
                out.print(new String(plan.bytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        out.flush();
        if (o.status() == NoteFormatter.Status.REFUSED) {
            err.println(name + ": " + o.message());
            return ExitCodes.FINDINGS;
        }
        return (check || diff) && o.status() == NoteFormatter.Status.CHANGED ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static String paint(String diff, boolean colour) {
        if (!colour || diff.isEmpty()) {
            return diff;
        }
        StringBuilder sb = new StringBuilder();
        for (String l : diff.split("\n", -1)) {
            if (l.startsWith("---") || l.startsWith("+++")) {
                sb.append("\u001b[1m").append(l).append("\u001b[0m");
            } else if (l.startsWith("@@")) {
                sb.append("\u001b[36m").append(l).append("\u001b[0m");
            } else if (l.startsWith("-")) {
                sb.append("\u001b[31m").append(l).append("\u001b[0m");
            } else if (l.startsWith("+")) {
                sb.append("\u001b[32m").append(l).append("\u001b[0m");
            } else {
                sb.append(l);
            }
            sb.append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }
}
