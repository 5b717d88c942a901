package org.tracenotes.core.model;

/** How much a diagnostic matters; {@code ERROR} makes a check fail. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case name, as printed: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
