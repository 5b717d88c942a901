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
 * and {@code   - widget_hash(name)} a call of {@code widget_lookup}, as the author nests them. An item is
 * a line whose bullet the layout made a margin ({@code -} and a blank or a tab): the lexer's first token
 * stands past it, so {@code itemColumns} moved the line left, to its bullet. The bullet is not read again here.
 */
final class DashListDepths {

    private DashListDepths() {
    }

    /**
     * The block's lines {@code items} ({@code lexed} with items at their bullets' columns) with each item one
     * column right of its bullet, when {@code dashList}: an item is a line {@code items} holds left of
     * where the lexer read it in {@code lexed}, its bullet skipped.
     */
    static List<TraceLine> apply(List<TraceLine> lexed, List<TraceLine> items, boolean dashList) {
        if (!dashList) {
            return items;
        }
        List<TraceLine> out = new ArrayList<>(items);
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.indent() >= lexed.get(i).indent()) {
                continue;
            }
            out.set(i, new TraceLine(l.line(), l.indent() + 1, l.textIndent(), l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out;
    }
}
