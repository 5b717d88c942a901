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

    /**
     * Whether a note's condition and a source condition, both in normal form, say the same thing the
     * way notes say it: equal; one of the other's {@code &&}/{@code ||} operands; equal without
     * parentheses; {@code !!x} as {@code x}.
     */
    public static boolean matches(String note, String source) {
        if (note.isEmpty() || source.isEmpty()) {
            return false;
        }
        if (note.equals(source)) {
            return true;
        }
        String a = note.replace("!!", "").replace("(", "").replace(")", "");
        String b = source.replace("!!", "").replace("(", "").replace(")", "");
        if (a.equals(b)) {
            return true;
        }
        for (String part : operands(source)) {
            if (part.equals(note) || part.replace("(", "").replace(")", "").equals(a)) {
                return true;
            }
        }
        for (String part : operands(note)) {
            if (part.equals(source)) {
                return true;
            }
        }
        return false;
    }

    /** The top-level operands of {@code &&} and {@code ||} in a normal form, outer parentheses dropped. */
    static java.util.List<String> operands(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && i + 1 < s.length() && (c == '&' && s.charAt(i + 1) == '&'
                    || c == '|' && s.charAt(i + 1) == '|')) {
                out.add(normalize(s.substring(start, i)));
                start = i + 2;
                i++;
            }
        }
        if (!out.isEmpty()) {
            out.add(normalize(s.substring(start)));
        }
        return out;
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
