package org.tracenotes.core.parse;

import java.util.List;

/**
 * A stem drawn back around a call tree: the line above a connector line ends in an inline chain, the
 * connector's last {@code |} hangs under a later part of that line, and the next line lands left of the
 * {@code |} (often back at the arrow's column). The landing line is where that chain leads, a callee of
 * the line above, not its sibling.
 * <pre>
 *  |   +-> read_block -> get_block
 *  |   |                  |
 *  |   map_block  &lt;-------+        # get_block's callee, though at read_block's arrow column
 *  +-> tidy
 *  |   |
 *  flush                           # tidy's callee: the | under tidy's name leads here
 * </pre>
 * Only the step line right above the connector line can own such a stem, and only when it reaches the
 * {@code |}'s column; a line back at the block's margin starts a new root instead; {@link ConnectorStems} then moves the landing line (and what hangs below it) under
 * its owner.
 */
final class WrapAroundStems {

    private WrapAroundStems() {
    }

    /**
     * The step line the stem at column {@code s} above line {@code i} wraps back from: the step on the
     * line right above the connector line, starting at or left of {@code s} and reaching it; or -1.
     * {@code margin} is the block's {@link #margin}, computed once by the caller.
     */
    static int owner(List<TraceLine> lines, int i, int s, int margin, SourceText source, int tabWidth, int fenceIndent) {
        int want = lines.get(i).line() - 2;
        if (want < 1 || lines.get(i).indent() <= margin) {
            return -1;   // a line back at the block's margin starts a new root, whatever hangs above it
        }
        for (int k = i - 1; k >= 0; k--) {
            TraceLine above = lines.get(k);
            if (above.line() < want) {
                return -1;
            }
            if (above.line() == want) {
                return above.reading() != null && above.indent() <= s
                        && width(source, want, tabWidth) - fenceIndent > s ? k : -1;
            }
        }
        return -1;
    }

    /** The column of the block's first line: its roots' margin. */
    static int margin(List<TraceLine> lines) {
        for (TraceLine l : lines) {
            if (!l.isBlank()) {
                return l.indent();
            }
        }
        return 0;
    }

    /** The column just past the last non-blank character of line {@code n}, tabs expanded. */
    private static int width(SourceText source, int n, int tabWidth) {
        String text = source.text();
        int to = n < source.lineCount() ? source.lineStart(n + 1) : text.length();
        int w = 0;
        int end = 0;
        for (int c = source.lineStart(n); c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '\t') {
                w += tabWidth - (w % tabWidth);
            } else if (ch == '\r' || ch == '\n') {
                break;
            } else {
                w++;
                if (ch != ' ') {
                    end = w;
                }
            }
        }
        return end;
    }
}
