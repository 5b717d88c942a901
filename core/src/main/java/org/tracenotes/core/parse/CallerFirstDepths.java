package org.tracenotes.core.parse;

/**
 * The depths of a call stack written caller first in a fence (grammar's {@code CallerFirstStacks}): a flat
 * column of calls, each line called by the line above it, the top line the root, and the indented tree under its
 * last line, if any, kept as its author nested it under that line.
 * <pre>
 * start_kernel()
 * pump_setup()
 * pump_prime()
 *   pump_fill_valve()
 *     __pump_open()
 *   pump_check()
 * </pre>
 * reads {@code pump_setup} as the call of {@code start_kernel}, {@code pump_prime} as its call, and the indented
 * lines as {@code pump_prime}'s body ({@code pump_fill_valve} and {@code pump_check} its calls, {@code __pump_open}
 * called by {@code pump_fill_valve}).
 */
final class CallerFirstDepths {

    private CallerFirstDepths() {
    }

    /**
     * {@code lines} with each step of the leading flat run (the steps at the first step's column, up to the first
     * deeper step) after the first moved under the step before it ({@link ChainLinks}), what hangs deeper moving
     * with the last one; {@code lines} as they are when {@code stack} is false.
     */
    static java.util.List<TraceLine> apply(java.util.List<TraceLine> lines, boolean stack) {
        if (!stack) {
            return lines;
        }
        int[] callers = new int[lines.size()];
        java.util.Arrays.fill(callers, ChainLinks.NONE);
        int column = -1;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            if (column >= 0 && l.indent() != column) {
                break;   // the tree under the run's last step: it moves with that step
            }
            if (column >= 0) {
                callers[i] = ChainLinks.PREVIOUS;
            }
            column = l.indent();
        }
        return ChainLinks.apply(lines, callers);
    }
}
