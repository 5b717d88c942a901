package org.tracenotes.core.parse;

/**
 * A line of a tree drawn with ASCII edges: after blanks and the stems of the levels above it ({@code |},
 * {@code :} or {@code │} before a blank), an edge to the step's text: a {@code |}, {@code +}, {@code `},
 * {@code '} or {@code \} and one or more dashes, then the text, a name, words or an elision
 * ({@code |- f()}, {@code :  +-- g()}, {@code |  `- 处理}, {@code +- ...}). A dash run that ends in a head
 * ({@code |->}) is an arrow, not an edge; a table's rule ({@code |---|}) has no text after its dashes.
 */
final class AsciiEdges {

    private AsciiEdges() {
    }

    /** Whether an ASCII edge leads {@code line}'s text. */
    static boolean leads(String line) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            boolean blankAfter = i + 1 == n || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
            if (c == ' ' || c == '\t' || (c == '|' || c == ':' || c == '\u2502') && blankAfter) {
                i++;
            } else {
                break;
            }
        }
        if (i + 1 >= n || "|+`'\\".indexOf(line.charAt(i)) < 0 || line.charAt(i + 1) != '-') {
            return false;   // the cheap test: most lines start with a letter, a bullet or a code mark
        }
        int j = i + 1;
        while (j < n && line.charAt(j) == '-') {
            j++;
        }
        if (j < n && line.charAt(j) == '>') {
            return false;   // `|->`: an arrow
        }
        while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
            j++;
        }
        if (j >= n) {
            return false;
        }
        char t = line.charAt(j);
        return Character.isLetter(t) || t == '_' || t == '.' || t == '\u2026';
    }
}
