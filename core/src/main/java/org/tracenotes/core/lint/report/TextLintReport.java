package org.tracenotes.core.lint.report;

import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/** gcc-style lines, {@code file:line:col: severity: message [rule]}, coloured when asked (a TTY without NO_COLOR). */
public final class TextLintReport {

    private static final String RESET = "\u001b[0m";

    private TextLintReport() {
    }

    public static String render(LintSession.Result result, boolean colour) {
        StringBuilder out = new StringBuilder();
        for (LintSession.FileResult f : result.files()) {
            for (Diagnostic d : f.findings()) {
                out.append(line(f.path().toString(), d, colour)).append('\n');
            }
        }
        return out.toString();
    }

    public static String line(String file, Diagnostic d, boolean colour) {
        if (!colour) {
            return d.format(file);
        }
        String sev = switch (d.severity()) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            default -> "\u001b[1;36m";
        };
        return "\u001b[1m" + file + ":" + d.range().start() + ":" + RESET + " " + sev + d.severity().label() + ":" + RESET
                + " " + d.message() + " \u001b[2m[" + d.ruleId() + "]" + RESET;
    }

    /** {@code linted 3 notes: 1 error, 2 warnings, 4 infos}. */
    public static String summary(LintSession.Result result) {
        int n = result.files().size();
        return "linted " + n + (n == 1 ? " note: " : " notes: ") + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", " + plural(result.count(Severity.INFO), "info");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
