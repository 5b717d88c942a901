package org.tracenotes.core.source;

/**
 * The one normal form in which a note's condition and a source condition are compared: whitespace
 * removed, outer parentheses dropped, {@code ->} and {@code .} alike, casts and {@code &}/{@code *}
 * address and dereference marks dropped. Both the source indexes and the checks use this class, so a
 * condition is normalised one way only.
 */
public final class ConditionText {

    private ConditionText() {
    }

    /** The normal form of a condition as written. */
    public static String normalize(String condition) {
        String s = condition == null ? "" : condition.strip();
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = s.replaceAll("\\(\\s*(?:const\\s+)?(?:struct\\s+|unsigned\\s+|signed\\s+)?[A-Za-z_][A-Za-z0-9_]*\\s*\\*+\\s*\\)", "");
        s = s.replace("->", ".");
        s = s.replaceAll("\\s+", "");
        s = s.replaceAll("(?<![&*A-Za-z0-9_)\\]])[&*]", "");
        return s;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
