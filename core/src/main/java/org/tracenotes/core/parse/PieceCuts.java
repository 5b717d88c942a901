package org.tracenotes.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.grammar.FenceLines;
import org.tracenotes.grammar.LiquidCodeBlocks;

/**
 * Where a long note is cut into pieces ({@link SectionedParse}): {UTF-16 offset, lines before it}, the
 * first at {0, 0}, each next one at the first heading at least {@code pieceChars} past the last cut that is
 * outside fences, {@code <pre>} blocks and Liquid code blocks ({@link FenceLines}) and before any possible gdb frame. Found by
 * one scan of the lines, as far as asked, which
 * also notes whether the text holds a tab or a carriage return (the note is then parsed whole): each
 * character is read once, the line's end, a tab, a CR and a gdb frame's {@code #digit} looked for at once.
 */
final class PieceCuts {

    // the layout pass's fence and heading lines (NoteLayout)
    private static final Pattern FENCE_OPEN = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");

    private final String text;
    private final int pieceChars;
    private int[] offsets = new int[64];
    private int[] lines = new int[64];
    private int found;
    private int start;         // the next line's first character
    private int line;          // 0-based line of `start`
    private int last;          // the last cut
    private char fence;        // the open fence's character, 0 outside fences
    private int fenceLength;
    private int preCloserEnd = -1;   // the end of the open <pre> block's closer line, -1 outside one
    private int liquidCloserEnd = -1;   // where the Liquid code block's closing line ends ({% endhighlight %}), inside one
    private boolean noMoreCuts;   // after a possible gdb frame, or a fence line in a <pre> block
    private boolean tabOrCr;

    PieceCuts(String text, int pieceChars) {
        this.text = text;
        this.pieceChars = pieceChars;
        add(0, 0);
    }

    int found() {
        return found;
    }

    int offset(int i) {
        return offsets[i];
    }

    int line(int i) {
        return lines[i];
    }

    /** Whether the text holds a tab or a carriage return (as far as it was scanned): it is then parsed whole. */
    boolean keepsWhole() {
        return tabOrCr;
    }

    /** Scans to the end of the text. */
    void findAll() {
        findPast(Integer.MAX_VALUE);
    }

    /**
     * Scans until more than {@code n} cuts are found (the end of the n-th piece is known), the text ends,
     * or a tab or CR is met; whether more than {@code n} were found.
     */
    boolean findPast(int n) {
        String t = text;
        int length = t.length();
        while (found <= n && start < length && !tabOrCr) {
            int end = start;
            boolean hashDigit = false;
            for (; end < length; end++) {
                char c = t.charAt(end);
                if (c == '\n') {
                    break;
                } else if (c == '\t' || c == '\r') {
                    tabOrCr = true;
                } else if (c == '#' && end + 1 < length) {
                    char next = t.charAt(end + 1);
                    hashDigit |= next >= '0' && next <= '9';
                }
            }
            readLine(start, end);
            if (hashDigit) {
                noMoreCuts = true;   // for good: which later line ends the lexer's gdb frame is the lexer's to know
            }
            start = end + 1;
            line++;
        }
        return found > n;
    }

    /** The line [{@code from}, {@code to}): a fence opened or closed, or a heading to cut at. */
    private void readLine(int from, int to) {
        // each pattern only on a line whose first characters can start it (a line is copied out for those alone)
        if (fence != 0) {
            if (firstNonWhitespace(text, from, to) == fence) {
                String l = text.substring(from, to).strip();
                if (l.length() >= fenceLength && closes(l, fence)) {
                    fence = 0;
                }
            }
            return;
        }
        if (from < liquidCloserEnd) {
            return;   // a Liquid code block's lines are literal down to its tag's closer
        }
        if (from < preCloserEnd) {
            char c = firstNot(text, from, to, " \t");
            if ((c == '`' || c == '~') && FENCE_OPEN.matcher(text.substring(from, to)).matches()) {
                noMoreCuts = true;   // a fence line in a <pre>: live only if the <pre> holds no trace, which a scan cannot tell
            }
            return;   // no cut inside a <pre> block: its `#` lines are its text when it holds a trace
        }
        char first = firstNot(text, from, to, " \t");
        int tag = first == '{' ? LiquidCodeBlocks.tag(text.subSequence(from, to)) : -1;
        if (tag >= 0) {
            liquidCloserEnd = LiquidCodeBlocks.closerEnd(text, to, tag);   // an opener without its closer opens nothing
            return;
        }
        if (first == '<' && FenceLines.preOpener(text.substring(from, to))) {
            preCloserEnd = FenceLines.preCloserEnd(text, to);
            return;
        }
        Matcher f = first == '`' || first == '~' ? FENCE_OPEN.matcher(text.substring(from, to)) : null;
        if (f != null && f.matches() && !(f.group(2).charAt(0) == '`' && f.group(3).indexOf('`') >= 0)) {
            fence = f.group(2).charAt(0);
            fenceLength = f.group(2).length();
        } else if (!noMoreCuts && from - last >= pieceChars && firstNot(text, from, Math.min(to, from + 4), " ") == '#'
                && HEADING.matcher(text.substring(from, to)).matches()) {
            add(from, line);
            last = from;
        }
    }

    private void add(int offset, int lineBefore) {
        if (found == offsets.length) {
            offsets = java.util.Arrays.copyOf(offsets, found * 2);
            lines = java.util.Arrays.copyOf(lines, found * 2);
        }
        offsets[found] = offset;
        lines[found] = lineBefore;
        found++;
    }

    /** The first character of [{@code from}, {@code to}) that is not whitespace ({@link String#strip}'s), or 0. */
    private static char firstNonWhitespace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** The first character of [{@code from}, {@code to}) that is none of {@code skipped}, or 0. */
    private static char firstNot(String text, int from, int to, String skipped) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (skipped.indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    private static boolean closes(String line, char fence) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != fence) {
                return false;
            }
        }
        return true;
    }
}
