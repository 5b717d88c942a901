package org.tracenotes.core.model;

import java.util.List;

/**
 * A finding about a note: a stable rule id, a severity, a message, where it applies, and its fixes as
 * data ({@link Fix}: empty when the rule has none, or none is safe here).
 */
public record Diagnostic(String ruleId, Severity severity, String message, SourceRange range, List<Fix> fixes) {

    public Diagnostic {
        fixes = List.copyOf(fixes);
    }

    /** A finding without a fix. */
    public Diagnostic(String ruleId, Severity severity, String message, SourceRange range) {
        this(ruleId, severity, message, range, List.of());
    }

    /** This finding at another severity (a configuration's), its fixes kept. */
    public Diagnostic withSeverity(Severity other) {
        return other == severity ? this : new Diagnostic(ruleId, other, message, range, fixes);
    }

    /** This finding at another place, its fixes kept. */
    public Diagnostic at(SourceRange other) {
        return new Diagnostic(ruleId, severity, message, other, fixes);
    }

    /** {@code file:line:col: severity: message [RULE]}, the gcc-style form. */
    public String format(String file) {
        return file + ":" + range.start() + ": " + severity.label() + ": " + message + " [" + ruleId + "]";
    }
}
