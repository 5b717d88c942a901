package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tracenotes.grammar.HandoffChains;

/**
 * A fence of hand-offs the layout found ({@link HandoffChains}): {@code f(next_ptr=g)} one a line, all at
 * one column, each line's function the one a line above hands on to, maybe ended by that function
 * written out with its braces and one name after them.
 * <pre>
 * pump_send(pump_top_filter=pump_gate_filter)
 * pump_gate_filter(pump_next_filter=pump_last_filter)
 * pump_last_filter() {
 *     out.len = n;
 *     return pump_write()
 * }
 * pump_write()
 * </pre>
 * reads {@code pump_send} as the root, each next line the callee of the nearest line above whose pointer
 * holds its function (a link restated after a gap stands beside the line it restates), the written-out
 * {@code pump_last_filter} the callee of the line handing on to it, its body its own, and {@code pump_write}
 * after its closing brace its callee ({@link ChainLinks}): handed to the tree builder before that brace, since
 * a closing brace ends its function's body.
 */
final class HandoffChainDepths {

    private HandoffChainDepths() {
    }

    /** The block's lines re-nested as a hand-off chain when {@code chain} (the layout's shape); else as they are. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean chain) {
        if (!chain) {
            return lines;
        }
        int[] callers = new int[lines.size()];
        Arrays.fill(callers, ChainLinks.NONE);
        String[] targets = new String[lines.size()];   // what each hand-off line hands on to
        int previous = -1;   // the last step line
        int written = -1;    // the function written out, once its line is read
        int close = -1;      // its closing brace
        int tail = -1;       // the name after it
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            String text = source.line(l.line());
            String[] h = written < 0 ? HandoffChains.handoff(text) : null;
            if (h != null || written < 0 && previous >= 0) {
                String name = h != null ? h[0] : HandoffChains.named(text);
                int caller = callerOf(targets, i, name);
                callers[i] = previous < 0 ? ChainLinks.NONE : caller == previous || caller < 0 ? ChainLinks.PREVIOUS : caller;
                if (h != null) {
                    targets[i] = h[1];
                } else {
                    written = i;   // the function written out, or the last name alone
                }
            } else if (close >= 0 && tail < 0 && l.reading() != null) {
                callers[i] = written;   // the name after the closing brace: what the written-out function hands on to
                tail = i;
            } else if (written >= 0 && close < 0 && l.indent() == lines.get(written).indent() && text.strip().startsWith("}")) {
                close = i;
            }
            if (l.reading() != null) {
                previous = i;
            }
        }
        List<TraceLine> out = ChainLinks.apply(lines, callers);
        if (close >= 0) {
            out = new ArrayList<>(out);
            out.set(close, moved(out.get(close), out.get(written).indent()));   // the closing brace at its opening line's column
            if (tail >= 0) {
                lastStep(out, written, close, tail);
            }
        }
        return out;
    }

    /**
     * Hands the name after the written-out function's closing brace to the tree builder just before that
     * brace, at its body's column: the brace ends the body, and the name is the function's last step, what
     * it hands on to.
     */
    private static void lastStep(List<TraceLine> lines, int written, int close, int tail) {
        int column = lines.get(written).indent() + 1;
        for (int k = written + 1; k < close; k++) {
            if (lines.get(k).reading() != null) {
                column = lines.get(k).indent();
                break;
            }
        }
        TraceLine l = lines.remove(tail);
        lines.add(close, moved(l, column));
    }

    /** Line {@code l} moved to column {@code column}. */
    private static TraceLine moved(TraceLine l, int column) {
        int d = column - l.indent();
        return d == 0 ? l : new TraceLine(l.line(), column, l.textIndent() + d, l.arrow(), l.reading(), l.range(), l.comments());
    }

    /** The nearest line above {@code i} handing on to {@code name}; -1 if none. */
    private static int callerOf(String[] targets, int i, String name) {
        for (int k = i - 1; k >= 0; k--) {
            if (targets[k] != null && targets[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
