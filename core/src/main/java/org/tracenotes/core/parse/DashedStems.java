package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * Tree edges drawn right against a name, {@code |--name} and {@code |---name}: the level is where the
 * edge stands, not where the name starts, so the two are siblings at the same column. Such a line
 * stands where {@code |--} would put its name: the edge's column plus three. Lines drawn
 * {@code |-- name} (a blank after the edge) keep their text column.
 * <pre>
 *     boot_core
 *         |--set_magic
 *         |---cpu_init        # set_magic's sibling, though its name starts one column later
 *             |--cpu_online
 * </pre>
 */
final class DashedStems {

    private DashedStems() {
    }

    /** The block's lines with each {@code |--name} line at its edge's column plus three. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.arrow() != Arrow.NONE || l.reading() == null) {
                continue;
            }
            int edge = edgeColumn(source.line(l.line()), tabWidth);
            if (edge < 0) {
                continue;
            }
            int indent = Math.max(0, edge + 3 - fenceIndent);
            if (indent == l.indent()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), indent, indent, l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return dashDepths(out == null ? lines : out, source, tabWidth, fenceIndent);
    }

    /**
     * The block's dash-depth steps re-measured on the scale of its steps indented by blanks (see the class);
     * unchanged when every step has as many dashes and they stand at columns a regular indentation apart
     * ({@code --f()} with {@code     --g()} under it, 4 a level): there the blanks draw the depth and the
     * dashes only lead each step.
     */
    private static List<TraceLine> dashDepths(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent) {
        int fewest = Integer.MAX_VALUE;
        int unit = Integer.MAX_VALUE;
        int[] dashes = null;
        int first = -1;   // where the first dashes start
        int step = 0;   // the greatest common divisor of the other dashes' columns' distances from there
        int most = 0;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            String text = source.line(l.line());
            int p = SourceText.firstNonBlank(text);
            int n = dashRun(text, p);
            if (n >= 2 && l.textIndent() == SourceText.columnOf(text, p, tabWidth) + n - fenceIndent) {
                if (dashes == null) {
                    dashes = new int[lines.size()];
                }
                dashes[i] = n;
                fewest = Math.min(fewest, n);
                most = Math.max(most, n);
                int at = SourceText.columnOf(text, p, tabWidth);
                first = first < 0 ? at : first;
                step = gcd(step, Math.abs(at - first));
            } else if (n == 0 && l.indent() > 0) {
                unit = Math.min(unit, l.indent());
            }
        }
        if (dashes == null || unit == Integer.MAX_VALUE || unit == fewest || step >= 2 && most == fewest) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (dashes[i] > 0) {
                TraceLine l = lines.get(i);
                int indent = l.indent() - dashes[i] + dashes[i] * unit / fewest;
                out.set(i, new TraceLine(l.line(), indent, indent, l.arrow(), l.reading(), l.range(), l.comments()));
            }
        }
        return out;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** How many dashes stand at {@code p}, right against what follows them; 0 when a blank or nothing follows. */
    private static int dashRun(String line, int p) {
        int q = p;
        while (q < line.length() && line.charAt(q) == '-') {
            q++;
        }
        return q < line.length() && line.charAt(q) != ' ' && line.charAt(q) != '\t' ? q - p : 0;
    }

    /**
     * The column of a leading {@code |--}, {@code +--}, {@code `--} or a last child's {@code \--} drawn against a name,
     * tabs expanded; else -1.
     */
    static int edgeColumn(String line, int tabWidth) {
        int i = SourceText.firstNonBlank(line);
        int n = line.length();
        if (i + 3 >= n || "|+`\\".indexOf(line.charAt(i)) < 0 || line.charAt(i + 1) != '-' || line.charAt(i + 2) != '-') {
            return -1;
        }
        int q = i + 1;
        while (q < n && line.charAt(q) == '-') {
            q++;
        }
        char c = q < n ? line.charAt(q) : ' ';
        return c < 0x80 && (Character.isLetter(c) || c == '_') ? SourceText.columnOf(line, i, tabWidth) : -1;
    }
}
