package org.tracenotes.grammar;

import java.util.function.IntUnaryOperator;

/**
 * The drawing characters of a trace's left margin, which are structure, not payload, and take up
 * columns like blanks: a {@code |} vertical line, the box-drawing edges of a drawn tree
 * ({@code ├─}, {@code └──}, {@code │}: {@link BoxDrawnTree}), and the {@code ^} and {@code v} that open and close
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
        if (BoxDrawnTree.isBoxDrawing(c)) {
            return BoxDrawnTree.connectorAt(line, i, end);
        }
        if (c == '-' || (c == '|' || c == '+' || c == '`' || c == '\\') && i + 1 < end && line.charAt(i + 1) == '-') {
            return inTreeEdge(line, i, end);
        }
        if (c == '_' && i > 0 && line.charAt(i - 1) == '_') {
            // only connectors precede `i`, so the `_` before it was tested as an edge's from its `|`: one test
            // per edge, not one scan back per underscore (a run of 80,000 was quadratic)
            return true;
        }
        if (c == '_' || c == '|' && i + 1 < end && line.charAt(i + 1) == '_') {
            int edge = UnderscoreEdges.edgeEnd(line, i, end);
            if (edge >= 0) {
                return true;   // `|______name`, `|___`: a stem and a run of underscores lead to the step
            }
            if (c == '_') {
                return false;
            }
        }
        if ((c == 'o' || c == 'r' || c == 'O' || c == 'R') && AlternativeWord.at(line, i, end)) {
            return true;   // `or\t-> f`: a word offering an alternative stands in the margin
        }
        if ((c == '|' || c == '>') && !blankAfter && startsName(line.charAt(i + 1))) {
            return true;   // `|start_kernel`: a stem drawn right against each step's name
        }
        if (c == '|' || c == '^') {
            return blankAfter;
        }
        if (c == ':') {
            return blankAfter && dottedStemBefore(line, i + 1, end);
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

    /**
     * Whether the {@code -} or lead at {@code i} is part of a tree edge without an arrow head: a
     * {@code |}, {@code +}, {@code `} or {@code \\} and two or more {@code -} followed by a blank
     * ({@code |-- name}, {@code `-- name}, {@code +-- name}), or a {@code |} and one {@code -} right
     * against a name with no {@code >} after it ({@code |-name}). With a {@code >} it is an arrow instead.
     */
    private static boolean inTreeEdge(CharSequence line, int i, int end) {
        int lead = i;
        while (lead >= 0 && line.charAt(lead) == '-') {
            lead--;
        }
        if (lead < 0 || "|+`\\".indexOf(line.charAt(lead)) < 0 || lead == i && i + 1 >= end) {
            return false;
        }
        int q = lead + 1;
        while (q < end && line.charAt(q) == '-') {
            q++;
        }
        if (q == lead + 2 && line.charAt(lead) == '|') {   // `|-name`: one dash right against the step's name
            return q < end && startsName(line.charAt(q)) && !labelsArrow(line::charAt, q, end)
                    || startsElision(line, q, end);   // `|-... ...`: a step elided on the arm, a step like the others
        }
        return q > lead + 2 && (q == end || line.charAt(q) == ' ' || line.charAt(q) == '\t' || startsName(line.charAt(q)));
    }

    /**
     * Whether an arrow {@code ->} and a blank follow on the line before any {@code (} or {@code //}:
     * {@code |-label-> f} is an arrow with a label, no edge ({@code |-f(p->q)}, {@code |-dev->open} are).
     * {@code at} gives the line's characters (or code points) by index.
     */
    static boolean labelsArrow(IntUnaryOperator at, int from, int end) {
        for (int k = from; k + 1 < end; k++) {
            int c = at.applyAsInt(k);
            int next = at.applyAsInt(k + 1);
            if (c == '-' && next == '>') {
                return k + 2 == end || at.applyAsInt(k + 2) == ' ' || at.applyAsInt(k + 2) == '\t';
            }
            if (c == '(' || c == '/' && next == '/') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the blanks from {@code from} lead to a drawn edge: a {@code :} drawn as a dotted stem
     * ({@code :  +- f()}, {@code :  :  `- g()}) stands before another stem or a connector, never before words
     * ({@code : note}, {@code : ${X:=1}} stay text).
     */
    private static boolean dottedStemBefore(CharSequence line, int from, int end) {
        int p = from;
        while (p < end && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        if (p + 1 >= end) {
            return false;
        }
        char c = line.charAt(p);
        char next = line.charAt(p + 1);
        return c == ':' && (next == ' ' || next == '\t') || (c == '|' || c == '+' || c == '`' || c == '\\') && next == '-'
                || BoxDrawnTree.isBoxDrawing(c);
    }

    /** Whether [q, end) starts with an elision's three dots ({@code ...}). */
    private static boolean startsElision(CharSequence line, int q, int end) {
        return q + 2 < end && line.charAt(q) == '.' && line.charAt(q + 1) == '.' && line.charAt(q + 2) == '.';
    }

    private static boolean startsName(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '#';
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
