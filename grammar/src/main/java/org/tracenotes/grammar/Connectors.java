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
    public static boolean at(CharSequence line, int i) {
        return at(line, i, line.length());
    }

    /** As {@link #at(CharSequence, int)}, for the line that is {@code line}'s chars up to {@code end}. */
    static boolean at(CharSequence line, int i, int end) {
        char c = line.charAt(i);
        boolean blankAfter = i + 1 == end || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
        if (c == '|' || c == '^') {
            return blankAfter;
        }
        if (c != 'v' || !blankAfter) {
            return false;
        }
        // `v` closes a bracket only when nothing but a comment or an arrow follows: `v = x` is code
        int from = i + 1;
        int to = end;
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return from == to || startsWith(line, from, to, "/*") || startsWith(line, from, to, "//")
                || line.charAt(from) == '#' || LineMargin.arrowEnd(line, from, to) >= 0;
    }

    private static boolean startsWith(CharSequence s, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(from + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
