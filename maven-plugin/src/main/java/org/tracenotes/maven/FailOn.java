package org.tracenotes.maven;

import java.util.Locale;

/** The {@code failOn} parameter of {@code lint}: which findings fail the build. */
enum FailOn {
    /** An error-level finding fails the build. */
    ERROR,
    /** An error or a warning fails it. */
    WARNING,
    /** Findings never do. */
    NONE;

    /** {@code error}, {@code warning} or {@code none}, in any case; null for anything else. */
    static FailOn parse(String value) {
        if (value == null) {
            return null;
        }
        for (FailOn f : values()) {
            if (f.name().equalsIgnoreCase(value.strip())) {
                return f;
            }
        }
        return null;
    }

    /** Whether these counts fail the build. */
    boolean fails(long errors, long warnings) {
        return switch (this) {
            case ERROR -> errors > 0;
            case WARNING -> errors + warnings > 0;
            case NONE -> false;
        };
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
