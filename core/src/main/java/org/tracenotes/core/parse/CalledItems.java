package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.grammar.CodeSpanLists;

/**
 * A call chain written flat in words: an item says which function its function calls, and the next
 * item at its column starts with that function.
 * <pre>
 * - `dev_write` calls `dev_enable` to enable it
 * - `dev_enable` calls `ops-&gt;start`, which is `ring_start`
 * - `ring_start` calls `slot_alloc`
 *   - this allocates the slots
 * </pre>
 * The second item is the body of the call the first names, not its sibling, and so on down the chain:
 * each such item, and what hangs below it, is moved right to the text column of the item that calls
 * it. The callees are the code spans after {@code calls} (or {@code 调用}); the item's function is the
 * code span its text starts with. Steps whose text does not start with a code span are never moved.
 */
final class CalledItems {

    private CalledItems() {
    }

    /** The block's lines with each called item (and its subtree) moved under the item that calls it. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        int[] delta = null;
        List<int[]> regions = new ArrayList<>();   // {original column, delta}, innermost last
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            int caller = l.reading() == null ? -1 : caller(lines, i);
            while (!regions.isEmpty() && !(l.indent() > regions.get(regions.size() - 1)[0]
                    || caller >= 0 && l.indent() == regions.get(regions.size() - 1)[0])) {
                regions.remove(regions.size() - 1);
            }
            int d = regions.isEmpty() ? 0 : regions.get(regions.size() - 1)[1];
            if (caller >= 0) {
                if (delta == null) {
                    delta = new int[lines.size()];
                }
                TraceLine c = lines.get(caller);
                d = c.textIndent() + delta[caller] - l.indent();
                if (!regions.isEmpty() && regions.get(regions.size() - 1)[0] == l.indent()) {
                    regions.remove(regions.size() - 1);
                }
                regions.add(new int[] {l.indent(), d});
            }
            if (delta != null) {
                delta[i] = d;
            }
        }
        if (delta == null) {
            return lines;   // the usual case: no chain written flat
        }
        List<TraceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            out.add(delta[i] == 0 ? l : new TraceLine(l.line(), l.indent() + delta[i], l.textIndent() + delta[i],
                    l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out;
    }

    /** The item above at line {@code i}'s column that says it calls the function line {@code i} starts with, or -1. */
    private static int caller(List<TraceLine> lines, int i) {
        String text = lines.get(i).reading().text();
        if (text.isEmpty() || text.charAt(0) != '`') {
            return -1;   // the cheap test: most steps start with no code span
        }
        int close = text.indexOf('`', 1);
        if (close < 2) {
            return -1;
        }
        String name = text.substring(0, close + 1);
        int indent = lines.get(i).indent();
        for (int k = i - 1; k >= 0; k--) {
            TraceLine above = lines.get(k);
            if (above.isBlank() || above.indent() > indent) {
                continue;   // the subtree of the sibling above
            }
            if (above.indent() < indent || above.reading() == null) {
                return -1;
            }
            String said = above.reading().text();
            int calls = -1;
            for (String verb : CodeSpanLists.CALL_VERBS) {
                calls = Math.max(calls, said.indexOf(verb));
            }
            return calls > 0 && said.indexOf('`') == 0 && said.indexOf(name, calls) > 0 ? k : -1;
        }
        return -1;
    }
}
