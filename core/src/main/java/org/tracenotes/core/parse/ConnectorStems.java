package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The stems of an ASCII call tree: a line holding only {@code |} connectors carries a stem down from
 * the name above it, and an arrowless line right under the stem is that name's callee.
 * <pre>
 * vfs_read
 *  |
 * rw_verify_area          # vfs_read's callee, though at vfs_read's column
 *  |
 *  +-> security_file_permission
 *  |   |
 *  |   fsnotify_perm       # security_file_permission's callee, though at its text column
 * </pre>
 * The stem is the connector line's last {@code |}, at column {@code s}; it hangs from the nearest line
 * above whose text starts at {@code s} or {@code s - 1} (a {@code |} one column right of a name at the
 * margin). An arrowless step right under the connector line, its text at {@code s} or {@code s - 1},
 * is the stem child. Indentation alone would make it the owner's sibling (or, at an arrow's text
 * column, the caller's next statement), so the child and every line after it that is deeper, or stands
 * at its column right under the stem continued ({@code |} above, {@code +-> c} or a stem child), are moved right until the child stands one column deeper than
 * its owner's text: the tree builder then reads it, and what hangs below it, as the owner's body.
 * Lines that continue no stem keep their columns.
 */
final class ConnectorStems {

    private ConnectorStems() {
    }

    /** The block's lines with stem children (and what hangs below them) moved under their owners. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent) {
        int[] owners = null;   // per line: the line its stem hangs from, or -1
        int margin = -1;       // the block's margin, found when a wrap-around stem first needs it
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.arrow() != org.tracenotes.core.model.Arrow.NONE || l.reading() == null || l.line() < 2) {
                continue;
            }
            int s = stemAbove(l, source, tabWidth, fenceIndent);
            int owner = s < 0 ? -1
                    : l.indent() == s || l.indent() == s - 1 ? owner(lines, i, s)
                    : l.indent() < s - 1 ? WrapAroundStems.owner(lines, i, s,
                            margin < 0 ? (margin = WrapAroundStems.margin(lines)) : margin, source, tabWidth, fenceIndent)
                    : -1;
            if (owner >= 0) {
                if (owners == null) {
                    owners = new int[lines.size()];
                    java.util.Arrays.fill(owners, -1);
                }
                owners[i] = owner;
            }
        }
        if (owners == null) {
            return lines;   // the usual case: no stem child, nothing to move
        }
        int[] delta = new int[lines.size()];
        List<int[]> regions = new ArrayList<>();   // {column, delta}, innermost last
        List<TraceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                out.add(l);
                continue;
            }
            int owner = owners[i];
            if (l.isCommentOnly()) {
                delta[i] = containing(regions, l.indent(), false);   // a comment moves with its region, closes none
            } else {
                // a line right under a stem at its own column continues that stem: it stays in the region
                boolean onStem = owner >= 0 || !regions.isEmpty() && stemAbove(l, source, tabWidth, fenceIndent) == l.indent();
                while (!regions.isEmpty() && !contains(regions.get(regions.size() - 1), l.indent(), onStem)) {
                    regions.remove(regions.size() - 1);
                }
                int d = regions.isEmpty() ? 0 : regions.get(regions.size() - 1)[1];
                if (owner >= 0) {
                    int ownerText = lines.get(owner).textIndent() + delta[owner];
                    d = Math.max(d, ownerText + 1 - l.indent());
                    regions.add(new int[] {l.indent(), d});
                }
                delta[i] = d;
            }
            out.add(delta[i] == 0 ? l : new TraceLine(l.line(), l.indent() + delta[i], l.textIndent() + delta[i],
                    l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out;
    }

    /** The stem column of the connector-only line right above {@code l}, relative to the fence; negative if none. */
    private static int stemAbove(TraceLine l, SourceText source, int tabWidth, int fenceIndent) {
        if (l.line() < 2) {
            return -1;
        }
        int s = stemColumn(source.text(), source.lineStart(l.line() - 1), source.lineStart(l.line()), tabWidth);
        return s < 0 ? -1 : s - fenceIndent;
    }

    private static boolean contains(int[] region, int indent, boolean stemChild) {
        return indent > region[0] || indent == region[0] && stemChild;
    }

    private static int containing(List<int[]> regions, int indent, boolean stemChild) {
        for (int k = regions.size() - 1; k >= 0; k--) {
            if (contains(regions.get(k), indent, stemChild)) {
                return regions.get(k)[1];
            }
        }
        return 0;
    }

    /**
     * The line the stem at column {@code s} above line {@code i} hangs from: the nearest step line above
     * whose text starts at {@code s} or {@code s - 1}, passing only lines that stand right of the stem; or -1.
     */
    private static int owner(List<TraceLine> lines, int i, int s) {
        for (int k = i - 1; k >= 0; k--) {
            TraceLine above = lines.get(k);
            if (above.isBlank() || above.isCommentOnly()) {
                continue;
            }
            if (above.textIndent() == s || above.textIndent() == s - 1) {
                return k;
            }
            if (above.indent() < s - 1) {
                return -1;   // a line left of the stem: the stem cannot pass it
            }
        }
        return -1;
    }

    /** Whether line {@code line} of the source starts, after blanks, with a {@code |} stem followed by a blank ({@code |   f}). */
    static boolean ledByStem(SourceText source, int line) {
        String text = source.text();
        int i = source.lineStart(line);
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i + 1 < text.length() && text.charAt(i) == '|' && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
    }

    /**
     * The column of the last {@code |} of the line at {@code [from, to)} of {@code text} when it holds only
     * {@code |} connectors and blanks, tabs expanded; -1 for any other line.
     */
    static int stemColumn(String text, int from, int to, int tabWidth) {
        int w = 0;
        int last = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '|') {
                last = w;
                w++;
            } else if (c == ' ') {
                w++;
            } else if (c == '\t') {
                w += tabWidth - (w % tabWidth);
            } else if (c != '\r' && c != '\n') {
                return -1;   // most lines: their first character is neither a blank nor a connector
            }
        }
        return last;
    }
}
