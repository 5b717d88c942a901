package org.tracenotes.grammar;

/**
 * The drawing characters of a trace's left margin, which are structure, not payload, and take up
 * columns like blanks: a {@code |} vertical line, and the {@code ^} and {@code v} that open and close
 * a bracket marking the body of the call above ({@code ^ for_each_cpu(…) {} … {@code |} … {@code v}).
 * One definition for the lexer and for core, which measures indentation.
 */
public final class Connectors {

    private Connectors() {
    }

    /** Whether the character at {@code i} of {@code line}, where only blanks and connectors precede it, is a connector. */
    public static boolean at(String line, int i) {
        char c = line.charAt(i);
        boolean blankAfter = i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
        if (c == '|' || c == '^') {
            return blankAfter;
        }
        if (c != 'v' || !blankAfter) {
            return false;
        }
        // `v` closes a bracket only when nothing but a comment or an arrow follows: `v = x` is code
        String rest = line.substring(i + 1).strip();
        return rest.isEmpty() || rest.startsWith("/*") || rest.startsWith("//") || rest.startsWith("#")
                || NoteLayout.arrowEnd(rest) > 0;
    }
}
