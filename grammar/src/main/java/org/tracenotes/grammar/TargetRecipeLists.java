package org.tracenotes.grammar;

/**
 * A name and a colon in a paragraph of the note's text over lines of bare names indented below it: a Makefile
 * target over its recipe, or a YAML key over its values, not a captioned call tree.
 * <pre>
 * build_all:
 *     compile_sources
 *     link_objects
 *       strip_symbols
 * </pre>
 * In Markdown the indented lines continue the paragraph the label opens (they are no code block: a paragraph
 * cannot be interrupted by one), so the author wrote no drawing there; and no line calls anything (no
 * {@code (}, no arrow, no {@code ;}): every line is a name or another {@code name:}. A captioned tree in a fence
 * or in an indented code block ({@code LabelCaptions}), or one whose lines call, stays a tree.
 */
final class TargetRecipeLists {

    /** The column from which an indented line after a blank one is a Markdown code block. */
    private static final int CODE_BLOCK_INDENT = 4;

    private TargetRecipeLists() {
    }

    /** Whether the note's text lines {@code first}..{@code last} are such a label over bare names. */
    static boolean isRecipe(int[] t, NoteLayout layout, int first, int last) {
        int s = layout.start(first);
        int e = LineScan.stripEnd(t, s, layout.contentEnd(first));
        int p = LineScan.stripStart(t, s, e);
        if (p == e || t[e - 1] != ':' || !CallTreeLine.bareLabel(t, p, e)) {
            return false;   // the cheap test: the tree opens with `name:`
        }
        boolean paragraph = p - s < CODE_BLOCK_INDENT || first > 0 && layout.role(first - 1) == NoteLayout.Role.TEXT
                && !layout.blank(first - 1);
        if (!paragraph) {
            return false;   // an indented code block: drawn on purpose
        }
        for (int j = first + 1; j <= last; j++) {
            int js = layout.start(j);
            int je = LineScan.stripEnd(t, js, layout.contentEnd(j));
            int jp = LineScan.stripStart(t, js, je);
            if (jp == je) {
                continue;
            }
            int end = LineScan.skipIdent(t, jp, je);
            if (end == jp || !(end == je || end == je - 1 && t[end] == ':')) {
                return false;   // a call, an arrow, a statement: a tree's line
            }
        }
        return true;
    }
}
