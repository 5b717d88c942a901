package org.tracenotes.core.parse;

/** A Markdown heading's title as the model keeps it. */
final class HeadingTitle {

    private HeadingTitle() {
    }

    /**
     * A heading's text without its closing marks: blanks (spaces or tabs) then {@code #}s at the very
     * end are taken off ({@code Title ##} gives {@code Title}), once; what the regular expression
     * {@code [ \t]+#+$} replaced by nothing did.
     */
    static String withoutClosingMarks(String s) {
        // `$` also matched before a final line terminator; after strip() only U+0085 can be one
        int end = s.endsWith("\u0085") ? s.length() - 1 : s.length();
        int marks = end;
        while (marks > 0 && s.charAt(marks - 1) == '#') {
            marks--;
        }
        if (marks == end) {
            return s;
        }
        int blanks = marks;
        while (blanks > 0 && (s.charAt(blanks - 1) == ' ' || s.charAt(blanks - 1) == '\t')) {
            blanks--;
        }
        return blanks == marks ? s : s.substring(0, blanks) + s.substring(end);
    }
}
