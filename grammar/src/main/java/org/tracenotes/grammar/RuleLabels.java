package org.tracenotes.grammar;

/**
 * A label set off beside a tree's stem next to a rule drawn across the tree: the line that names the side of a
 * boundary the tree crosses ({@code |        User Space} above a line of dashes, {@code |        Kernel Space}
 * below it). The stem runs through it; it is no step, and the lexer reads it as a remark.
 * <pre>
 * read()
 *   |                    user space
 * ------------------------------------
 *   |                    kernel space
 * sys_read()
 *   |---> vfs_read()
 * </pre>
 */
final class RuleLabels {

    /** How many blanks, at least, set the label off from the stem. */
    private static final int GAP = 4;
    /** How long a rule is, at least. */
    private static final int MIN_RULE = 10;

    private RuleLabels() {
    }

    /**
     * Whether trace line {@code line} ({@code text}, its margin {@code s} chars, holding a stem) is such a label: words
     * (no call, name or statement) {@link #GAP} blanks or more past the stem, a rule on the line above or below.
     */
    static boolean isLabel(NoteLayout l, int line, int s, String text) {
        if (s < GAP + 1 || s >= text.length() || text.charAt(s - 1) != ' ' || text.lastIndexOf('|', s) < 0) {
            return false;   // the cheap test: a stem, then text past a blank
        }
        for (int k = s - GAP; k < s; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;   // no wide gap before the text
            }
        }
        if (!rule(l, line - 1) && !rule(l, line + 1)) {
            return false;
        }
        int[] t = l.codePoints();
        int p = l.start(line) + text.codePointCount(0, s);
        int e = LineScan.stripEnd(t, p, l.contentEnd(line));
        return e > p && CallTreeLine.classify(t, p, e) == CallTreeLine.Kind.OTHER;
    }

    /** Whether trace line {@code line}, past its margin {@code rest}, is a rule drawn across ({@code ======…}): no step. */
    static boolean isRule(NoteLayout l, int line, String rest) {
        return rest.length() >= MIN_RULE && RuleLines.LABEL_RULE.indexOf(rest.charAt(0)) >= 0 && rule(l, line);
    }

    /** Whether line {@code j} is a rule drawn across: {@link #MIN_RULE} or more of one of {@link RuleLines#LABEL_RULE} alone. */
    private static boolean rule(NoteLayout l, int j) {
        return j >= 0 && j < l.lineCount() && RuleLines.isRuleLine(l.codePoints(), l.start(j), l.contentEnd(j), RuleLines.LABEL_RULE, MIN_RULE);
    }
}
