package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Call trees written as Markdown dash lists in a fence, roots at column 0 and their items' bullets at that
 * same column (the layout's {@code DASH_LIST_TREE}, {@code org.tracenotes.grammar.DashListTrees}):
 * <pre>
 * widget_open
 * - widget_lookup
 *   - widget_hash(name)
 * - widget_attach
 * </pre>
 * Items stand at their bullet's column ({@link SkippedMargins#itemColumns}); here an item is one column
 * deeper than that, so that {@code - widget_lookup} is a call of the root above it, not a root of its own,
 * and {@code   - widget_hash(name)} a call of {@code widget_lookup}, as the author nests them.
 */
final class DashListDepths {

    private DashListDepths() {
    }

    /** The block's lines with each {@code - } item one column right of its bullet, when {@code dashList}. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean dashList) {
        if (!dashList) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.isBlank() || l.isCommentOnly() || !item(source.line(l.line()))) {
                continue;
            }
            out.set(i, new TraceLine(l.line(), l.indent() + 1, l.textIndent(), l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out;
    }

    /** Whether the line, past blanks, starts with a {@code -} and a blank: a dash item. */
    private static boolean item(String text) {
        String s = text.stripLeading();
        return s.length() > 1 && s.charAt(0) == '-' && s.charAt(1) == ' ';
    }
}
