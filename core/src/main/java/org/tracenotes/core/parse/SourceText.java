package org.tracenotes.core.parse;

import java.util.Arrays;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.grammar.Connectors;

/**
 * A note's text with the maps the model needs: ANTLR's code-point indices to UTF-16 offsets, and
 * offsets to 1-based lines and code-point columns.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;    // UTF-16 offsets
    private final int[] cpToChar;      // null when the text has no supplementary characters

    SourceText(String text) {
        this.text = text;
        // the line starts, a tab and the surrogate pairs each found by String's own scans (indexOf and,
        // for a text of Latin-1 chars, codePointCount answer without a loop of their own over the chars)
        int[] starts = new int[16 + text.length() / 32];
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, 2 * lines);
            }
            starts[lines++] = i + 1;
        }
        boolean tab = text.indexOf('\t') >= 0;
        boolean pairs = text.codePointCount(0, text.length()) != text.length();
        lineStarts = Arrays.copyOf(starts, lines);
        hasTab = tab;
        if (!pairs) {
            cpToChar = null;
        } else {
            int cps = text.codePointCount(0, text.length());
            cpToChar = new int[cps + 1];
            int c = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                cpToChar[c++] = i;
            }
            cpToChar[cps] = text.length();
        }
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** UTF-16 offset of a code-point index. */
    int charOffset(int codePointIndex) {
        if (cpToChar == null) {
            return Math.min(codePointIndex, text.length());
        }
        return cpToChar[Math.min(codePointIndex, cpToChar.length - 1)];
    }

    /** The 0-based line {@link #lineOf} found last: ranges are mostly asked for in the text's order. */
    private int lastLine;

    /** 1-based line of a UTF-16 offset. */
    int lineOf(int offset) {
        int hint = lastLine;   // a racy read is fine: the hint is checked before it is used
        if (hint < lineStarts.length && lineStarts[hint] <= offset) {
            if (hint + 1 == lineStarts.length || offset < lineStarts[hint + 1]) {
                return hint + 1;
            }
            if (hint + 2 == lineStarts.length || hint + 2 < lineStarts.length && offset < lineStarts[hint + 2]) {
                lastLine = hint + 1;
                return hint + 2;
            }
        }
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastLine = lo;
        return lo + 1;
    }

    /** 1-based code-point column of a UTF-16 offset. */
    int columnOf(int offset) {
        int start = lineStarts[lineOf(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** UTF-16 offset where 1-based {@code line} starts. */
    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The text of 1-based {@code line}, without its line break. */
    String line(int line) {
        int s = lineStarts[line - 1];
        int e = line < lineStarts.length ? lineStarts[line] : text.length();
        while (e > s && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
            e--;
        }
        return text.substring(s, e);
    }

    /** The range over UTF-16 offsets [from, to). */
    SourceRange range(int from, int to) {
        int end = Math.max(from, to);
        int line = lineOf(from);
        int endLine = end == from ? line : lineOf(end);
        int column = codePoints(lineStarts[line - 1], from) + 1;
        int endColumn = endLine == line ? column + codePoints(from, end)
                : codePoints(lineStarts[endLine - 1], end) + 1;
        return new SourceRange(line, column, endLine, endColumn, from, end);
    }

    /** Code points in [from, to): the UTF-16 units, when the text has no supplementary characters. */
    private int codePoints(int from, int to) {
        return cpToChar == null ? to - from : text.codePointCount(from, to);
    }

    /** The range over ANTLR code-point indices [from, to). */
    SourceRange rangeOfCodePoints(int from, int to) {
        return range(charOffset(from), charOffset(to));
    }

    private int halfTabLines = -1;
    /** Whether the text holds a tab anywhere, found in the constructor's pass over the chars. */
    private final boolean hasTab;

    /** Whether the text holds a tab anywhere. */
    boolean hasTab() {
        return hasTab;
    }

    /** A per-note fact about tabs, computed once ({@link HalfTabEvidence#lines}). */
    int halfTabLines(java.util.function.IntSupplier compute) {
        if (halfTabLines < 0) {
            halfTabLines = compute.getAsInt();
        }
        return halfTabLines;
    }

    /** The display column of char {@code index} of {@code line}: the chars before it one column each, tabs expanded. */
    static int columnOf(String line, int index, int tabWidth) {
        int w = 0;
        for (int k = 0; k < index; k++) {
            w = line.charAt(k) == '\t' ? w + tabWidth - w % tabWidth : w + 1;
        }
        return w;
    }

    /**
     * The display column where the text after an arrow token ends at code point {@code arrowEnd} of
     * {@code line} starts (past the blanks after it), tabs expanded: the text column of an arrow that
     * {@link #payloadColumn} does not know ({@code →}, a marker the author repeats).
     */
    static int columnPast(String line, int arrowEnd, int tabWidth) {
        int i = Math.min(line.length(), line.offsetByCodePoints(0, Math.min(arrowEnd, line.codePointCount(0, line.length()))));
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return columnOf(line, i, tabWidth);
    }

    /** The index of {@code line}'s first char that is neither a blank nor a tab (its length when none is). */
    static int firstNonBlank(String line) {
        int p = 0;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /** Whether {@code line}'s leading blanks (spaces and tabs, up to its first other char) hold a tab. */
    static boolean indentHoldsTab(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    /** Display width of a line's leading blanks and {@code |} connectors, tabs expanded. */
    static int indentWidth(String line, int tabWidth) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                w++;
            } else if (c == '\t') {
                w += tabWidth - (w % tabWidth);
            } else if (Connectors.at(line, i)) {
                w++;
            } else {
                break;
            }
        }
        return w;
    }

    /**
     * The column where a step line's payload starts, tabs expanded: after the indentation, the leading
     * arrow ({@code =>}, {@code ->}, {@code -->}, {@code +->}, {@code |->}, {@code \->}) and the blanks
     * after it.
     */
    static int payloadColumn(String line, int tabWidth) {
        int w = 0;
        int i = 0;
        int n = line.length();
        boolean arrow = false;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ') {
                w++;
                i++;
            } else if (c == '\t') {
                w += tabWidth - (w % tabWidth);
                i++;
            } else if (!arrow && Connectors.at(line, i)) {
                w++;
                i++;
            } else if (!arrow && (c == '=' || c == '-' || c == '+' || c == '|' || c == '\\')) {
                int j = i + 1;
                if (c == '-') {
                    int k = i;
                    while (k < n && line.charAt(k) == '-') {
                        k++;
                    }
                    if (k < n && line.charAt(k) == '+') {
                        j = k + 1;   // `--+->`
                        c = '+';
                    }
                }
                while (j < n && line.charAt(j) == '-') {
                    j++;
                }
                if (j < n && line.charAt(j) == '>' && (c == '=' ? j == i + 1 : c == '-' || j > i + 1)) {
                    w += j + 1 - i;
                    i = j + 1;
                    arrow = true;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return w;
    }
}
