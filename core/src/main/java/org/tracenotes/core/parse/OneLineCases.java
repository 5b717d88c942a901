package org.tracenotes.core.parse;

/**
 * A case label with its statements on the same line, as authors align a switch's cases in a table:
 * {@code case CT_NEW_X : create_x(); break;}, {@code default : ret = DROP_X; break;}. The grammar's case
 * owns one statement after the colon; a line with more is a case all the same, its statements written
 * beside it, not a step in words nor the assignment that follows the colon.
 */
final class OneLineCases {

    private OneLineCases() {
    }

    /**
     * The label of such a line ({@code CT_NEW_X}, or {@code default}), or null: {@code case} and a label, or
     * {@code default}, then a colon (no {@code ::}) and statements ending in {@code ;}.
     */
    static String label(String text) {
        boolean isCase = text.startsWith("case ");
        if (!isCase && !text.startsWith("default")) {
            return null;   // the cheap test: most lines start otherwise
        }
        int colon = text.indexOf(':');
        if (colon < 0 || colon + 1 < text.length() && text.charAt(colon + 1) == ':' || text.indexOf(';', colon) < 0) {
            return null;
        }
        String label = text.substring(isCase ? 5 : 7, colon).strip();
        if (isCase) {
            return label.isEmpty() || label.indexOf(' ') >= 0 ? null : label;
        }
        return label.isEmpty() ? "default" : null;
    }
}
