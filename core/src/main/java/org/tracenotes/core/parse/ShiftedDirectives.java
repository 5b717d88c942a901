package org.tracenotes.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * Conditional directives written left of the code they guard, as C's style has them: {@code #ifdef},
 * {@code #else}, {@code #endif} at the margin or shifted left of a {@code switch}'s cases, between
 * lines both deeper than it. The column of such a line says nothing of nesting (the preprocessor is
 * not C's block structure): it closes no body, and stands at the column of the code line after it.
 * <pre>
 *     switch (kind) {
 *     case A:
 *         run_a();
 *         break;
 * #ifdef CONFIG_B          -- read at the column of `case B:`, a line of the switch's body
 *     case B:
 *         run_b();
 * #endif
 *     }
 * </pre>
 * Whether an {@code #if} is shifted is judged from the code line before it, a whole
 * {@code #if … #endif} group before it passed over, and the code line after it: left of both, it is.
 * Its {@code #else}, {@code #elif} and {@code #endif} go with it, to the column it went to (the code
 * after an {@code #endif} may stand at another level: the group stays in one body). An {@code #if} at the column of the code
 * before it (a {@code #ifdef} with the calls it guards indented under it) is left where it stands, and so
 * are the lines of its group.
 */
final class ShiftedDirectives {

    private static final int NOT_MOVED = -1;
    private static final int NONE = 0;
    private static final int OPENS = 1;
    private static final int GOES_ON = 2;
    private static final int CLOSES = 3;

    private ShiftedDirectives() {
    }

    /**
     * The block's lines with each conditional directive left of the code around it moved to the next code
     * line's column, and each {@code #elif}, {@code #else} and {@code #endif} of it to the column its
     * {@code #if} was moved to.
     */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        ArrayDeque<Integer> groups = null;   // per open #if, the column it was moved to, NOT_MOVED if none
        for (int i = 0; i < lines.size(); i++) {
            TraceLine d = lines.get(i);
            int kind = conditional(d);
            if (kind == NONE) {
                continue;
            }
            if (groups == null) {
                groups = new ArrayDeque<>();
            }
            int column;
            if (kind == OPENS) {
                TraceLine before = codeBefore(lines, i);
                TraceLine after = codeLine(lines, i);
                boolean shifted = before != null && after != null && d.indent() < before.indent() && d.indent() < after.indent();
                column = shifted ? after.indent() : NOT_MOVED;
                groups.push(column);
            } else if (groups.isEmpty()) {
                continue;   // an #else or #endif whose #if is not in the block
            } else {
                column = kind == CLOSES ? groups.pop() : groups.peek();
            }
            if (column > d.indent()) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, new TraceLine(d.line(), column, column, d.arrow(), d.reading(), d.range(), d.comments()));
            }
        }
        return out == null ? lines : out;
    }

    /** Whether {@code line} is an arrowless {@code #if…} (opens), {@code #elif}/{@code #else} (goes on) or {@code #endif} (closes). */
    private static int conditional(TraceLine line) {
        if (line.arrow() != Arrow.NONE || line.reading() == null || line.reading().kind() != StepKind.DIRECTIVE) {
            return NONE;
        }
        String text = line.reading().text();
        return text.startsWith("#if") ? OPENS : text.startsWith("#el") ? GOES_ON : text.startsWith("#endif") ? CLOSES : NONE;
    }

    /** The first line after {@code i} that is a step but no directive, or null. */
    private static TraceLine codeLine(List<TraceLine> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (l.reading() != null && l.reading().kind() != StepKind.DIRECTIVE) {
                return l;
            }
        }
        return null;
    }

    /** The last step line before {@code i} that is no directive, whole {@code #if … #endif} groups passed over, or null. */
    private static TraceLine codeBefore(List<TraceLine> lines, int i) {
        int depth = 0;
        for (int k = i - 1; k >= 0; k--) {
            TraceLine l = lines.get(k);
            int kind = conditional(l);
            if (kind == CLOSES) {
                depth++;
            } else if (kind == OPENS) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && l.reading() != null && l.reading().kind() != StepKind.DIRECTIVE) {
                return l;
            }
        }
        return null;
    }
}
