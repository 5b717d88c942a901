package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.CodeSpanLists;

/**
 * A column of function names, each alone in a code span with no arrow and no note, that opens the body of a
 * step in words (a message the kernel prints, a situation: {@code dmesg `Zone ranges:`}, {@code the boot
 * CPU}) is the path that leads there, caller first: each name is the callee of the one above it, as a
 * backtrace written top-down. Under a call the same column is that call's callees, in order; names with
 * words after them are steps of their own. The column ends at the first line at its column that is no
 * such name; lines deeper than a name move with it ({@link ChainLinks}).
 * <pre>
 * - `setup_x`
 *   - dmesg `Zone ranges:`
 *     - `bootmem_init_x`        called by setup_x
 *     - `zone_sizes_init_x`     called by bootmem_init_x
 *     - `free_area_init_x`      called by zone_sizes_init_x
 * </pre>
 */
final class PathsUnderWords {

    private PathsUnderWords() {
    }

    /** The block's lines with each such column's names moved under the name before them. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        int[] callers = null;
        TraceLine parent = null;   // the last step line read
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() == null) {
                continue;
            }
            if (parent != null && l.indent() > parent.indent() && bareName(l) && headsPath(parent)) {
                int column = l.indent();
                int names = 0;
                int j = i;
                int[] run = new int[lines.size()];
                for (; j < lines.size(); j++) {
                    TraceLine m = lines.get(j);
                    if (m.reading() == null || m.indent() > column) {
                        continue;   // blank, comment, or hanging deeper under a name: moves with it
                    }
                    if (m.indent() < column || !bareName(m)) {
                        break;
                    }
                    run[names++] = j;
                }
                if (names >= 2) {
                    if (callers == null) {
                        callers = new int[lines.size()];
                        java.util.Arrays.fill(callers, ChainLinks.NONE);
                    }
                    for (int k = 1; k < names; k++) {
                        callers[run[k]] = run[k - 1];   // the name above at the column, not a line hanging under it
                    }
                }
            }
            parent = l;
        }
        return callers == null ? lines : ChainLinks.apply(lines, callers);
    }

    /**
     * Whether step line {@code parent} can head a path: it stays words once read whole (not a call or an if
     * written in words, {@code 调用 `f` 初始化}, {@code 当…时}: {@link SentenceKinds}, {@link SentenceOpenings}),
     * and it does not end in a colon, which introduces a list of things or of alternatives.
     */
    private static boolean headsPath(TraceLine parent) {
        if (parent.reading().kind() != StepKind.PROSE) {
            return false;
        }
        String t = parent.reading().text().strip();
        if (t.endsWith(":") || t.endsWith("\uff1a")) {
            return false;
        }
        return SentenceOpenings.of(SentenceKinds.of(StepKind.PROSE, parent), parent) == StepKind.PROSE;
    }

    /** Whether the line is an arrowless function name alone in a code span (a comma after it at most), no note. */
    private static boolean bareName(TraceLine l) {
        String t = l.reading().text();
        if (l.arrow() != Arrow.NONE || t.length() < 3 || t.charAt(0) != '`' || !l.comments().isEmpty()) {
            return false;   // the cheap test: a code span first
        }
        int end = t.endsWith(",") ? t.length() - 1 : t.length();
        if (t.charAt(end - 1) != '`' || end < 3) {
            return false;
        }
        for (int p = 1; p < end - 1; p++) {
            char c = t.charAt(p);
            if (!(c == '_' || c < 0x80 && Character.isLetterOrDigit(c)) || p == 1 && Character.isDigit(c)) {
                return false;
            }
        }
        return CodeSpanLists.namesFunction(t.codePoints().toArray(), 0, end);   // a lower-case letter: `CONFIG_X` is no function
    }
}
