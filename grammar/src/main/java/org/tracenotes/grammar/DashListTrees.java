package org.tracenotes.grammar;

/**
 * Call trees written as Markdown dash lists inside a code fence: a bare function name or call at column 0
 * is a tree's root, each {@code - } item under it a step, one level deeper per two columns of the
 * bullet; a {@code #} line is a caption (a comment) and a trailing {@code # words} a remark on its step.
 * <pre>
 * # open a widget
 * widget_open
 * - widget_lookup
 *   - widget_hash(name)
 *   - w-&gt;state = W_OPEN # mark it open
 * - widget_attach
 *
 * widget_close
 * - widget_detach
 * </pre>
 * The bullets become margins the lexer skips, and core reads each item just right of its bullet
 * ({@code DashListDepths}): the items at column 0 are the root's calls, two columns deeper their callees. Unlike {@link BulletedTrees}, the
 * items come back to the root's own column, and a fence holds several trees.
 *
 * <p>What tells it from a list in a fence (a YAML list, options in sentences, lines of a diff, names of
 * things): every line is a {@code #} or {@code //} caption, a root at column 0 that is a complete call or
 * name of code ({@code _} in it or a {@code (} after it) with items right below it, or a {@code - } item
 * whose text, up to a trailing {@code # remark}, is a complete call, name, statement or assignment; more
 * than half the items are code ({@code _}, a {@code (}, an assignment), one at least is a call in
 * parentheses or an assignment, and the items either nest (an item deeper than the one above it) or are
 * {@value #MIN_FLAT_ITEMS} at least, flat, in a fence whose info string names C ({@code ```c}) or each tree
 * under a {@code #} or {@code //} caption: a name over a flat list of calls in a plain fence is as likely
 * an API's listing ({@code config_store} over {@code - load_config(path)}, {@code - save_config(path)} …),
 * so there the author's nesting must say it is a call tree.
 *
 * <p>An item is a line {@link ListItemMarkers} reads as a bullet ({@code - } or {@code -} and a tab), the
 * dash being its marker; its bullet becomes the line's margin, which core reads as the item's
 * ({@code DashListDepths}), so the two never read a bullet differently.
 */
final class DashListTrees {

    private static final int MIN_FLAT_ITEMS = 4;

    private DashListTrees() {
    }

    /**
     * Whether the lines after fence line {@code open} up to {@code last} of {@code layout} are such trees; when
     * they are, their bullets become margins and the block, trace block {@code blockId}, is marked
     * {@link BlockShape#DASH_LIST_TREE}.
     */
    static boolean isTree(NoteLayout layout, int open, int last, int blockId) {
        int[] t = layout.codePoints();
        int first = open + 1;
        int items = 0;
        int codeItems = 0;   // items of code: a call, a name with an `_`, an assignment
        int calls = 0;   // items written as a call, `f(x)`, or an assignment
        boolean nested = false;   // an item deeper than the item above it: a callee
        int previous = -1;   // the indent of the item above in this tree; -1 under its root
        boolean pending = false;   // a root whose first item is still to come
        boolean inTree = false;
        boolean captioned = true;   // every root right under a caption
        boolean afterCaption = false;   // the line above is a caption
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (t[p] == '#' || LineScan.startsWith(t, p, e, "//")) {
                if (t[p] == '#' && !caption(t, p, e)) {
                    return false;   // `#include`, `#define`: C's own lines, a listing
                }
                afterCaption = true;
                continue;
            }
            int indent = layout.indentOf(j);
            boolean under = afterCaption;
            afterCaption = false;
            if (item(layout, j, t, p)) {
                int text = LineScan.skipBlanks(t, p + 1, e);
                int end = stepEnd(t, text, e);
                if (!inTree || !codeStep(t, text, end)) {
                    return false;   // an item before any root, or words, a YAML key, a diff's line: a list
                }
                items++;
                pending = false;
                nested |= previous >= 0 && indent > previous;
                previous = indent;
                boolean called = called(t, text, end) || CodeAssignments.isAssignment(t, text, end);
                calls += called ? 1 : 0;
                codeItems += called || NameShapes.codeName(t, text, end) ? 1 : 0;
                continue;
            }
            if (indent != 0 || pending || !root(t, p, stepEnd(t, p, e))) {
                return false;   // a line deeper that is no item, a root with no item under it, words, a command
            }
            pending = true;
            inTree = true;
            captioned &= under;
            previous = -1;
        }
        if (!inTree || pending || calls == 0 || 2 * codeItems <= items
                || !nested && (items < MIN_FLAT_ITEMS || !captioned && !namesC(layout, open))) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p < e && item(layout, j, t, p)) {
                layout.margins().setEnd(j, ListItemMarkers.bulletEnd(layout, j));
            }
        }
        layout.mark(BlockShape.DASH_LIST_TREE, blockId);
        return true;
    }

    /** Whether line {@code j}, its first non-blank at {@code p}, is a dash item: a {@link ListItemMarkers} bullet {@code -}. */
    private static boolean item(NoteLayout layout, int j, int[] t, int p) {
        return t[p] == '-' && ListItemMarkers.bulletEnd(layout, j) >= 0;
    }

    /** Whether the info string of fence line {@code open} names C ({@code ```c}, {@code ```cpp}, {@code {% highlight c %}}). */
    private static boolean namesC(NoteLayout layout, int open) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(open);
        String info = FenceLanguages.infoWord(t, FenceLines.infoStart(t, layout.start(open), e), e);
        return info.equals("c") || info.equals("cpp") || info.equals("c++");
    }

    /**
     * Whether [p, end) is a root: a bare name of code ({@code widget_open}) or a complete call
     * ({@code widget_open(w)}), no assignment.
     */
    private static boolean root(int[] t, int p, int end) {
        if (!LineScan.isIdentStart(t[p]) || !NameShapes.codeName(t, p, end)) {
            return false;
        }
        if (LineScan.skipIdent(t, p, end) == end) {
            return true;
        }
        return called(t, p, end) && !CodeAssignments.isAssignment(t, p, end) && CallTreeLine.classify(t, p, end).complete();
    }

    /** Whether the stripped line at [p, e), led by {@code #}, is a caption: {@code #} then a blank or more {@code #}, no directive. */
    private static boolean caption(int[] t, int p, int e) {
        return p + 1 == e || t[p + 1] == ' ' || t[p + 1] == '#';
    }

    /**
     * Where the step that starts at {@code p} ends: before a trailing remark ({@code  # words}, a blank
     * before the {@code #} and after it, outside quotes and parentheses), else at the line's stripped end.
     */
    static int stepEnd(int[] t, int p, int e) {
        int depth = 0;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == '"' || c == '\'') {
                k = LineScan.literalEnd(t, k, e);   // a quoted `(` or `#` opens nothing
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '#' && depth <= 0 && k > p && t[k - 1] == ' ' && (k + 1 == e || t[k + 1] == ' ')) {
                return LineScan.stripEnd(t, p, k);
            }
        }
        return LineScan.stripEnd(t, p, e);
    }

    /**
     * Whether [p, end) is a step of code: a complete call, name or statement ({@code f(x);}, {@code f}),
     * an assignment, or a branch's head, a {@code return} or an elision ({@link BulletedTrees#flowStatement}).
     */
    private static boolean codeStep(int[] t, int p, int end) {
        if (p >= end || LineScan.isElision(t, p, end)) {
            return p < end;
        }
        if (!LineScan.isIdentStart(t[p])) {
            return false;
        }
        return BulletedTrees.flowStatement(t, p, end) || CallTreeLine.classify(t, p, end).complete();
    }

    /** Whether the name at {@code p} is written as a call, its {@code (} right after it. */
    private static boolean called(int[] t, int p, int e) {
        int q = LineScan.skipIdent(t, p, e);
        while (q + 2 < e && (t[q] == '-' && t[q + 1] == '>' || t[q] == '.') ) {
            q = LineScan.skipIdent(t, q + (t[q] == '.' ? 1 : 2), e);   // `ops->open(x)`, `dev.probe(x)`
        }
        return q > p && q < e && t[q] == '(';
    }
}
