package org.tracenotes.grammar;

/**
 * A trace line's margin: its indentation, the bare {@code |} connectors before its text and its
 * leading arrow ({@code =>}, {@code ->}, {@code -->}, {@code +->}, {@code |->}, {@code |=>}, {@code --+->}). The
 * layout pass and the lexer read every line's margin through these scanners.
 */
final class LineMargin {

    /** {@code \u2192} (U+2192), which authors draw for {@code ->}. */
    static final char RIGHTWARDS_ARROW = '\u2192';

    private LineMargin() {
    }

    /** Index just past the leading arrow of a line (after indentation and `|` connectors), or -1. */
    static int arrowEnd(String line) {
        return arrowEnd(line, 0, line.length());
    }

    /** As {@link #arrowEnd(String)}, for the line that is {@code line}'s chars [from, to); an index into {@code line}. */
    static int arrowEnd(CharSequence line, int from, int to) {
        int p = leadingStructure(line, from, to);
        int n = to;
        if (p >= n) {
            return -1;
        }
        char c = line.charAt(p);
        if (c == RIGHTWARDS_ARROW) {
            return p + 1;   // `→ f()`: the Unicode arrow stands for `->`
        }
        if (c == '=') {
            return p + 1 < n && line.charAt(p + 1) == '>' ? p + 2 : -1;
        }
        int fork = p;
        while (fork < n && line.charAt(fork) == '-') {
            fork++;
        }
        if (fork > p && fork < n && line.charAt(fork) == '+') {
            p = fork;   // `--+->`: a fork off a vertical line
            c = '+';
        }
        if ((c == '|' || c == '\\') && p + 2 < n && line.charAt(p + 1) == '=' && line.charAt(p + 2) == '>') {
            return p + 3;   // `|=>`, `\=>`: a step arrow drawn as a tree edge
        }
        int q = c == '-' ? p : (c == '+' || c == '|' || c == '\\') ? p + 1 : -1;
        if (q < 0 || q >= n || line.charAt(q) != '-') {
            return -1;
        }
        while (q < n && line.charAt(q) == '-') {
            q++;
        }
        return q < n && line.charAt(q) == '>' ? q + 1 : -1;
    }

    /**
     * Index just past a step arrow drawn with a longer shaft ({@code ==>}, {@code ===>}) at {@code from}, or -1.
     * Only where a bullet or a step already stands before it: alone at a line's start it is as often a tool's
     * progress mark ({@code ==> Downloading}), which {@link RepeatedMarkers} tells apart.
     */
    static int longStepArrowEnd(CharSequence line, int from, int to) {
        int head = from;
        while (head < to && head - from < 3 && line.charAt(head) == '=') {
            head++;
        }
        return head - from >= 2 && head < to && line.charAt(head) == '>' ? head + 1 : -1;
    }

    /** Index of the first character after indentation and bare {@code |} connectors. */
    static int leadingStructure(String line) {
        return leadingStructure(line, 0, line.length());
    }

    static int leadingStructure(CharSequence line, int from, int to) {
        int p = from;
        while (p < to) {
            char c = line.charAt(p);
            if (c == ' ' || c == '\t') {
                p++;
            } else if (Connectors.at(line, p, to)) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    static int indentOf(CharSequence line) {
        int w = 0;
        for (int p = 0; p < line.length(); p++) {
            char c = line.charAt(p);
            if (c == ' ') {
                w++;
            } else if (c == '\t') {
                w += 4 - (w % 4);
            } else {
                break;
            }
        }
        return w;
    }
}
