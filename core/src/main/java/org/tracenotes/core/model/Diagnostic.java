package org.tracenotes.core.model;

/** A finding about a note: a stable rule id, a severity, a message and where it applies. */
public record Diagnostic(String ruleId, Severity severity, String message, SourceRange range) {

    /** {@code file:line:col: severity: message [RULE]}, the gcc-style form. */
    public String format(String file) {
        return file + ":" + range.start() + ": " + severity.label() + ": " + message + " [" + ruleId + "]";
    }
}
