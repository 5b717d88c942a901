package org.tracenotes.cli;

import java.nio.file.Path;
import org.tracenotes.core.model.Severity;
import picocli.CommandLine.Option;

/** {@code --min-severity} and {@code --color}: which findings {@code check} and {@code lint} print, and how. */
final class FindingOptions {

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info", converter = SeverityConverter.class,
            description = "Print findings of this severity or worse: info, warning or error (default: ${DEFAULT-VALUE}).")
    Severity minSeverity;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text output: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), "
                    + "always or never (default: ${DEFAULT-VALUE}).")
    String color;

    /** Null, or why {@code --color} is wrong. */
    String problem() {
        return java.util.List.of("auto", "always", "never").contains(color) ? null
                : "--color takes auto, always or never, not `" + color + "`";
    }

    /** Whether text written to standard output (not to {@code output}) is coloured. */
    boolean colour(boolean text, Path output) {
        return text && output == null && (color.equals("always")
                || color.equals("auto") && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM")));
    }

    /** {@code info|warning|error}. */
    static final class SeverityConverter implements picocli.CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            for (Severity s : Severity.values()) {
                if (s.label().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown severity '" + value + "'; expected info, warning or error");
        }
    }
}
