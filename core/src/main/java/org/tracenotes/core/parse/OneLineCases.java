package org.tracenotes.core.parse;

/**
 * A case label with its statements on the same line, as authors align a switch's cases in a table:
 * {@code case CT_NEW_X : create_x(); break;}, {@code default : ret = DROP_X; break;}. The grammar's case
 * owns one statement after the colon; a line with more is a case all the same, its statements written
 * beside it, not a step in words nor the assignment that follows the colon. Such a case holds its
 * statements on its own line: the next line at its column is no body of it
 * ({@link AuthorLayout#sameColumnHead}).
 */
final class OneLineCases {

    private OneLineCases() {
    }

    /**
     * The label of such a line ({@code CT_NEW_X}, or {@code default}), or null: {@code case} and a label, or
     * {@code default}, then a colon (no {@code ::}) and statements, the text after the colon ending in
     * {@code ;} and each statement code ({@link #isStatement}): {@code case 1: the page is clean; nothing to
     * do} is words.
     */
    static String label(String text) {
        boolean isCase = text.startsWith("case ");
        if (!isCase && !text.startsWith("default")) {
            return null;   // the cheap test: most lines start otherwise
        }
        int colon = text.indexOf(':');
        if (colon < 0 || colon + 1 < text.length() && text.charAt(colon + 1) == ':'
                || !text.stripTrailing().endsWith(";") || !statements(text.substring(colon + 1))) {
            return null;
        }
        String label = text.substring(isCase ? 5 : 7, colon).strip();
        if (isCase) {
            return label.isEmpty() || label.indexOf(' ') >= 0 ? null : label;
        }
        return label.isEmpty() ? "default" : null;
    }

    /** Whether {@code text}, ending in {@code ;}, is statements only: every piece between semicolons code. */
    private static boolean statements(String text) {
        int from = 0;
        for (int semi = text.indexOf(';'); semi >= 0; semi = text.indexOf(';', from)) {
            if (!isStatement(text.substring(from, semi).strip())) {
                return false;
            }
            from = semi + 1;
        }
        return text.substring(from).isBlank();
    }

    /**
     * Whether one statement is code: a call or an assignment ({@code (}, {@code =}, {@code ++}, {@code --}),
     * or {@code break}, {@code continue}, {@code fallthrough}, {@code return …}, {@code goto …}; never words only.
     */
    private static boolean isStatement(String s) {
        return s.indexOf('(') >= 0 || s.indexOf('=') >= 0 || s.contains("++") || s.contains("--")
                || s.equals("break") || s.equals("continue") || s.equals("fallthrough") || s.equals("return") || s.startsWith("return ")
                || s.startsWith("goto ");
    }
}
