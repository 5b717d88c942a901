package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.FenceLines;

/**
 * The code of a fence inside a list item is the body of that item's call ({@code org.tracenotes.grammar.CallItemLists}),
 * deeper than the item: a lone {@code {} opening the fence's code and the {@code }} closing it at its column
 * only wrap that body, they open no level of their own, and the items after the fence, deeper than the
 * item, are still its children.
 * <pre>
 * - dev_setup(dev)
 * 	```c
 * 	{
 * 		slot = slot_alloc(dev);
 * 	}
 * 	```
 * </pre>
 */
final class FencedItemBodies {

    private FencedItemBodies() {
    }

    /** The block's lines (items at their bullets' columns) with each such pair of braces made blank lines. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = null;
        for (int i = 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (r == null || r.kind() != StepKind.BRACE || !r.text().equals("{") || !fenceAbove(source, l.line())) {
                continue;   // the cheap test: a `{` step right under a fence line
            }
            int k = i - 1;
            while (k >= 0 && lines.get(k).reading() == null) {
                k--;   // the fence line (a remark), blank lines
            }
            if (k < 0 || lines.get(k).indent() >= l.indent() || !itemLine(source, lines.get(k).line())) {
                continue;
            }
            int close = closingBrace(lines, i);
            if (close < 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, blank(l));
            out.set(close, blank(lines.get(close)));
        }
        return out == null ? lines : out;
    }

    /** The {@code }} at the column of the {@code {} on {@code open}, before any step left of it; -1 when none. */
    private static int closingBrace(List<TraceLine> lines, int open) {
        int column = lines.get(open).indent();
        for (int j = open + 1; j < lines.size(); j++) {
            TraceLine l = lines.get(j);
            if (l.reading() == null) {
                continue;
            }
            if (l.indent() < column) {
                return -1;
            }
            if (l.indent() == column) {
                String t = l.reading().text();
                return t.equals("}") || t.equals("};") ? j : -1;
            }
        }
        return -1;
    }

    private static TraceLine blank(TraceLine l) {
        return new TraceLine(l.line(), l.indent(), l.indent(), org.tracenotes.core.model.Arrow.NONE, null, l.range(), List.of());
    }

    /** Whether the line above 1-based {@code line} is a fence line ({@code ```c}) or a {@code <pre>} one. */
    private static boolean fenceAbove(SourceText source, int line) {
        if (line < 2) {
            return false;
        }
        return FenceLines.fenceOrPreLine(source.line(line - 1));
    }

    /** Whether 1-based {@code line} is a list item ({@code - f(x)}). */
    private static boolean itemLine(SourceText source, int line) {
        String text = source.line(line);
        int p = SourceText.firstNonBlank(text);
        return org.tracenotes.grammar.ListItemMarkers.textStart(text, p, text.length()) >= 0;
    }
}
