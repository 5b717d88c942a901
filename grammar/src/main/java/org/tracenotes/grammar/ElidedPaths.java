package org.tracenotes.grammar;

import java.util.List;

/**
 * A call path written flat in a fence: a column of three or more function names, one a line, at one
 * column, closed by an elision indented deeper than them ({@code ...}: the path goes on below the last
 * name), right under words that speak of a call ({@code call}, {@code 调用}, {@code 呼}: "f is called from
 * here too"). Each name is the callee of the one above it, the elision the rest of the path below the
 * last. A column of names without that deeper elision, or under words that say nothing of calls, stays a
 * listing: it may be a list of siblings.
 * <pre>
 * Pages for buffers may call shrink_x too:
 * ```
 * alloc_buffers_x
 * free_more_x
 * try_free_x
 *  ...
 * ```
 * </pre>
 */
public final class ElidedPaths {

    private ElidedPaths() {
    }

    /**
     * Whether {@code lines}, a fence's content lines, are such a path under {@code above}, the nearest
     * non-blank line above the fence (null when none).
     */
    public static boolean isPath(List<String> lines, String above) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last < FlatChainRuns.MIN_LINKS || !isElision(lines.get(last))) {
            return false;   // the cheap test: the fence ends with an elision after three lines at least
        }
        int column = -1;
        int names = 0;
        for (int j = 0; j < last; j++) {
            String t = lines.get(j);
            if (t.isBlank()) {
                continue;
            }
            int indent = indent(t);
            if (column >= 0 && indent != column || !isName(t.strip())) {
                return false;
            }
            column = indent;
            names++;
        }
        return names >= FlatChainRuns.MIN_LINKS && names <= FlatChainRuns.MAX_LINKS && indent(lines.get(last)) > column
                && above != null && saysCall(above);
    }

    /** {@link #isPath} of the fence's content lines {@code first}..{@code last} in {@code layout}, {@code open} its opening line. */
    static boolean isFencedPath(NoteLayout layout, int open, int first, int last) {
        int end = last;
        while (end >= first && layout.blank(end)) {
            end--;
        }
        if (end - first < FlatChainRuns.MIN_LINKS || !LineScan.isElision(layout.codePoints(), layout.start(end), layout.contentEnd(end))) {
            return false;   // the cheap test: the last line an elision, three lines above it at least
        }
        int above = open - 1;
        while (above >= 0 && layout.blank(above)) {
            above--;
        }
        List<String> lines = new java.util.ArrayList<>(end - first + 1);
        for (int j = first; j <= end; j++) {
            lines.add(layout.lineText(j));
        }
        return isPath(lines, above < 0 ? null : layout.lineText(above));
    }

    /**
     * Whether {@code s} is an elision, {@code ...}, {@code ....}, {@code …}, also in brackets ({@code [...]}),
     * blanks around: {@link LineScan#isElision}, the one rule, for a line held as a string (core's chains too).
     */
    public static boolean isElision(CharSequence s) {
        int[] t = s.codePoints().toArray();
        return LineScan.isElision(t, 0, t.length);
    }

    /** A function name alone: an identifier with an underscore (or parentheses after it). */
    private static boolean isName(String s) {
        int end = s.endsWith("()") ? s.length() - 2 : s.length();
        if (end == 0 || !LineScan.isIdentStart(s.charAt(0))) {
            return false;
        }
        for (int k = 1; k < end; k++) {
            if (!LineScan.isIdentPart(s.charAt(k))) {
                return false;
            }
        }
        return end < s.length() || s.indexOf('_') >= 0;
    }

    private static int indent(String t) {
        return LineMargin.indentOf(t);
    }

    /** Whether words speak of a call, by {@link NameItemLists#saysCall}'s rule (not {@code The callers of …:}). */
    private static boolean saysCall(String s) {
        int[] t = s.codePoints().toArray();
        return NameItemLists.saysCall(t, 0, t.length);
    }
}
