package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracenotes.core.parse.NoteFiles;
import org.tracenotes.core.lint.NoteFormatter;
import org.tracenotes.core.parse.NoteParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes fmt}: apply the safe fixes in place. */
@Command(name = "fmt",
        mixinStandardHelpOptions = true,
        description = {"Apply the safe fixes to notes, in place: `=> else` becomes `-> else`, `if a = b` becomes `if a == b`,",
                "tabs in trace indentation become spaces, snapped indentation moves to the level it was read at, trailing",
                "blanks on trace lines go. Nothing else changes: comments, CJK, blank lines and line endings stay byte for byte.",
                "A note with errors is not written; files are replaced atomically (temp file, then rename)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (with --check: nothing would change)",
                "1:with --check: some file would change; or a file was refused (errors, or a fix would change nesting)",
                "2:usage error or unreadable path"})
final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Notes, or folders of notes.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--check", description = "Change nothing; list what would change and exit 1 if anything would.")
    boolean check;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int changed = 0;
        int refused = 0;
        int unreadable = 0;
        List<Path> files = NoteFiles.collect(paths);
        java.util.Optional<Integer> tab = parse.givenTabWidth(spec);
        java.util.Optional<org.tracenotes.core.model.Dialect> dialect = java.util.Optional.ofNullable(parse.dialect);
        for (Path f : files) {
            // the same settings lint reads: the note's .tracenotes.yaml files, the command line winning
            org.tracenotes.core.lint.LintConfig config = org.tracenotes.core.lint.LintConfig.forFile(f);
            config.problems().forEach(err::println);
            NoteParser parser = new NoteParser(config.parseOptions(tab, dialect));
            NoteFormatter.Outcome o = NoteFormatter.format(f, parser, check);
            switch (o.status()) {
                case CHANGED -> {
                    changed++;
                    for (NoteFormatter.Edit e : o.edits()) {
                        out.println(f + ":" + e.line() + ": " + (check ? "would fix" : "fixed") + " [" + e.ruleId() + "]");
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
        err.println((check ? "checked " : "formatted ") + files.size() + (files.size() == 1 ? " note: " : " notes: ")
                + changed + (check ? " would change" : " changed") + (refused > 0 ? ", " + refused + " refused" : ""));
        if (unreadable > 0) {
            return ExitCodes.USAGE;
        }
        return (check && changed > 0) || refused > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
