package org.tracenotes.core.parse;

import java.util.regex.Pattern;

/**
 * A constant in capitals followed, after a blank, by its value in parentheses ({@code PRINT_TASKS (0x01)},
 * {@code MODE_FULL (4)}): a flag listed with its value, as a table of bits is written, not a call. A macro
 * is called with its arguments right after its name ({@code BUG_ON(x)}), and no one calls one on a bare
 * number only to note it; the line is words about the flag.
 */
final class FlagValues {

    private static final Pattern FLAG_WITH_VALUE = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]\\s+\\(\\s*(?:0[xX][0-9a-fA-F]+|\\d+)[uUlL]*\\s*\\)");

    private FlagValues() {
    }

    /** Whether a step's text is a constant in capitals, a blank and its number in parentheses, and nothing else. */
    static boolean isFlagWithValue(String text) {
        if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z' || text.charAt(text.length() - 1) != ')') {
            return false;   // the cheap test
        }
        return FLAG_WITH_VALUE.matcher(text).matches();
    }
}
