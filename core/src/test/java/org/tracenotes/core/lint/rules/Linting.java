package org.tracenotes.core.lint.rules;

import java.util.List;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.lint.Linter;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/** Lints a note given as text, alone, with the default config: what the rules' tests look at. */
public final class Linting {

    private static final ReferenceTraces MODEL = ReferenceTraces.softOffline66();

    private Linting() {
    }

    public static Note parse(String text) {
        return new NoteParser().parse("n.md", text);
    }

    /** Every finding of the note. */
    public static List<Diagnostic> lint(String text) {
        Note n = parse(text);
        return new Linter(List.of(n), null, MODEL).lint(n, LintConfig.defaults());
    }

    /** The findings of rule {@code id}. */
    public static List<Diagnostic> findings(String id, String text) {
        return lint(text).stream().filter(d -> d.ruleId().equals(id)).toList();
    }

    /** A note of one fenced trace block of these lines. */
    public static String fenced(String... lines) {
        return "```\n" + String.join("\n", lines) + "\n```\n";
    }

    /** {@code line:column} of each finding of rule {@code id}. */
    public static List<String> places(String id, String text) {
        return findings(id, text).stream().map(d -> d.range().line() + ":" + d.range().column()).toList();
    }
}
