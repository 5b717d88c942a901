package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * How deep the lines of a call path written as a flat Markdown list stand (the layout's {@code CALL_PATH_LIST},
 * {@code org.tracenotes.grammar.CallPathLists}): each item is called by the item above it, and the caption over
 * the list, when there is one, is the path's root.
 * <pre>
 * Call chain:                       caption: the root
 * 1. `widget_main()` in src/main.c  called by the caption's path
 * 2. `widget_run()` in src/run.c    called by widget_main
 * 3. `widget_step()` in src/step.c  called by widget_run
 * </pre>
 * The first line that is a step keeps its column and is the root (no arrow); every next step stands
 * {@link #STEP} columns deeper than the step above it. Remarks (an empty quote line) and blank lines stay as they are.
 */
final class CallPathDepths {

    /** How much deeper each step of the path is drawn. */
    private static final int STEP = 2;

    private CallPathDepths() {
    }

    /** The block's lines with each step one level under the step above, when {@code path}; {@code lines} itself otherwise. */
    static List<TraceLine> apply(List<TraceLine> lines, boolean path) {
        if (!path) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int depth = -1;
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.reading() == null) {
                continue;   // a blank line, a remark
            }
            if (depth < 0) {
                depth = l.indent();   // the root: the caption, or the first item of a list without one
                out.set(i, new TraceLine(l.line(), depth, depth, Arrow.NONE, l.reading(), l.range(), l.comments()));
                continue;
            }
            int at = depth + STEP;
            out.set(i, new TraceLine(l.line(), at, l.textIndent() + at - l.indent(), Arrow.TREE, l.reading(), l.range(), l.comments()));
            depth = at;
        }
        return out;
    }
}
