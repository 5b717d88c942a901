package org.tracenotes.core.parse;

import org.tracenotes.grammar.BoxDrawnTree;

/**
 * The rails before an arm of a tree drawn with box edges: {@code │} stems that carry a parent's line down past
 * its children, each followed by blanks, before the arm's own edge ({@code ├─}, {@code └─}).
 * <pre>
 * run_tool
 *  ├─ set up the context
 *  │    ├─ make the engine and every consumer it reports to, in the order they are needed
 *  │    └─ register the formats        (an arm of its own: never the wrapped rest of the long line above)
 *  └─ run it
 * </pre>
 * {@link RootlessForests#lead} looks past them, so that such an arm is led by a branch as an arm at the
 * margin is, and no arm is read as the wrapped rest of a long step in words above it.
 */
final class BoxArmLines {

    private static final char RAIL = '\u2502';   // │

    private BoxArmLines() {
    }

    /**
     * Where the edge stands when the text from {@code i} (up to {@code n}, a line's first non-blank) is one or
     * more {@code │} rails with blanks after each, then a box edge ({@code ├}, {@code └}); else {@code i}.
     */
    static int pastRails(String text, int i, int n) {
        if (i >= n || text.charAt(i) != RAIL) {
            return i;   // the cheap test: most lines start with no rail
        }
        int k = i;
        while (k < n && text.charAt(k) == RAIL && k + 1 < n && (text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\t')) {
            k++;
            while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
        }
        return k < n && BoxDrawnTree.isEdgeLead(text.charAt(k)) ? k : i;
    }
}
