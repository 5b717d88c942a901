package org.tracenotes.core.parse;

import java.util.List;
import java.util.function.ToIntFunction;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * A drawn tree written without its root line: the block's first step is led by a branch's connector
 * ({@code +- f()}, {@code |- f}, {@code `- f}, {@code ├─ f()}, {@code └── f()}), which says it hangs from
 * a caller the block leaves implied. It and every branch drawn at its column are top-level steps of
 * that implied root, not roots of the lines under them.
 * <pre>
 * +- prepare()          # a top-level step, the root implied
 * |  `- lock()
 * `- finish()           # its sibling
 * </pre>
 * A root drawn as a name ({@code src} over {@code |-- main}) is still the root of its branches. List items
 * ({@code - f()}, {@code * f()}) at the block's margin are top-level steps the same way when another item
 * stands at their column (siblings with no root over them); a single item over the others is the root
 * written as an item.
 */
final class RootlessForests {

    private RootlessForests() {
    }

    /** What leads a line: {@link #BRANCH}, {@link #ITEM} or {@link #OTHER}. */
    static final int OTHER = 0;
    static final int BRANCH = 1;
    static final int ITEM = 2;

    /**
     * Whether line {@code index} of {@code lines}, at the margin of a block with no root line yet, is a
     * top-level step of an implied root: a call or a name on a branch, or on an item with another item at
     * its column.
     */
    static boolean topStep(List<TraceLine> lines, int index, ToIntFunction<TraceLine> lead) {
        TraceLine l = lines.get(index);
        StepReader.Reading r = l.reading();
        if (r == null || !(r.kind() == StepKind.CALL || r.kind() == StepKind.EXPRESSION && r.expression() instanceof Expr.Name)) {
            return false;   // a step is a call or a name: `├── app/`, `* Upstream insists on …` stay as they were
        }
        int kind = lead.applyAsInt(l);
        if (kind != ITEM) {
            return kind == BRANCH;
        }
        return sibling(lines, index, -1, lead) || sibling(lines, index, 1, lead);
    }

    /** Whether an item stands at line {@code index}'s column before a line left of it, looking in direction {@code d}. */
    private static boolean sibling(List<TraceLine> lines, int index, int d, ToIntFunction<TraceLine> lead) {
        int indent = lines.get(index).indent();
        for (int k = index + d; k >= 0 && k < lines.size(); k += d) {
            TraceLine o = lines.get(k);
            if (o.isBlank() || o.isCommentOnly() || o.indent() > indent) {
                continue;
            }
            return o.indent() == indent && lead.applyAsInt(o) == ITEM;
        }
        return false;
    }

    /** What leads line {@code line} of the source after its blanks: a branch's connector, a list item's bullet, or other. */
    static int lead(SourceText source, int line) {
        String text = source.text();
        int i = source.lineStart(line);
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 < n && (text.charAt(i) == '-' || text.charAt(i) == '*') && text.charAt(i + 1) == ' ') {
            return ITEM;
        }
        return ledByBranch(text, i, n) ? BRANCH : OTHER;
    }

    /** Whether the text at {@code i} starts with a branch's connector. */
    private static boolean ledByBranch(String text, int i, int n) {
        if (i + 1 >= n) {
            return false;
        }
        char c = text.charAt(i);
        char d = text.charAt(i + 1);
        return c == '├' || c == '└' || c == '┣' || c == '┗'
                || (c == '+' || c == '|' || c == '`' || c == '\\') && (d == '-' || d == '─');
    }
}
