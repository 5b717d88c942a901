package org.tracenotes.grammar;

/**
 * A call tree in a fence whose steps are list items, nested by indentation under a root line that is no
 * item:
 * <pre>
 * start_widget(w)
 *     - w-&gt;state = READY
 *     - widget_lock(w)
 *         - spin_lock(&amp;w-&gt;lock)
 *     |
 *     V
 *     - widget_run(w)
 *         - run_one(w)
 *     (back in start_widget)
 * </pre>
 * Each bullet is a marker the lexer skips, as a Markdown list item's is; the step is the item's text.
 * Between steps, a line holding only a connector ({@code |}, {@code V}, {@code v}, {@code ↓}, a
 * {@code //} comment after it) draws the flow from one step to the next, and a line wholly in
 * parentheses or double brackets with words in it is the author's remark: both are comments.
 *
 * <p>The root may be written as an item over the others ({@code - start_widget(w)}), or left out: items
 * at one column are then top-level steps of a root left implied; a title in words ending in a colon
 * ({@code call path:}) may stand over the root. With no root line, only items of code ({@code _} in the
 * name or {@code (} after it) count as calls, so that a nested list of words stays a list.
 *
 * <p>What tells it from a list in a fence: the root line is a call or a name, and at least
 * {@value #MIN_CALL_ITEMS} items are complete calls or statements, {@value #MIN_DESCENTS} of them with a
 * deeper complete call or statement right below them, the root call or a branch item ({@code - if (x)},
 * {@code - else}: their callees and bodies; items in words below an API's functions are a changelog's
 * notes, no callees).
 */
final class BulletedTrees {

    private static final int MIN_CALL_ITEMS = 3;
    private static final int MIN_DESCENTS = 2;

    private BulletedTrees() {
    }

    /**
     * Whether lines {@code first}..{@code last} of {@code layout} are such a tree; when they are, their
     * bullets become margins and their connector and remark lines remarks, and trace block {@code blockId}
     * is a flow in words ({@link BlockShape#WORDED_FLOW}) when a flow's title stands over it.
     */
    static boolean isTree(NoteLayout layout, int first, int last, int blockId) {
        int[] t = layout.codePoints();
        int root = nextNonBlank(layout, first, last);
        boolean flow = root >= 0 && FlowTitledItems.flowTitle(t, LineScan.stripStart(t, layout.start(root), layout.contentEnd(root)), layout.contentEnd(root));   // `# open 流程`
        if (root >= 0 && (flow || CaptionLines.isTitle(layout.lineText(root)))) {
            root = nextNonBlank(layout, root + 1, last);   // `call path:` over the root: the fence's title
        }
        if (root < 0) {
            return false;
        }
        int rootBullet = ListItemMarkers.bulletEnd(layout, root);
        int rootIndent = layout.indentOf(root);
        // items at the first item's column further down: top-level steps of a root left implied; else the
        // first item, alone at its column, is the root written as an item (`- start(x)` over its items)
        boolean rootless = rootBullet >= 0 && itemAtColumn(layout, root, last, rootIndent);
        if (!rootless && !(rootBullet < 0 ? rootLine(t, layout, root) || flow && FlowTitledItems.glossedCall(t, layout.start(root), layout.contentEnd(root)) : itemCall(t, layout, root, rootBullet))) {
            return false;
        }
        int top = rootless ? rootIndent - 1 : rootIndent;   // the column items must stand right of
        int callItems = 0;
        int descents = 0;
        int items = 0;
        // the indent of the last complete call, while no other step at or left of it followed: the root's
        // when it is a call (`f(x)`, whose items are its callees), not when it is a bare name (an API's)
        int previousIndent = !rootless && LineScan.indexOf(t, layout.start(root), layout.contentEnd(root), "(") >= 0 ? rootIndent : -1;
        for (int j = rootless ? root : root + 1; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            int indent = layout.indentOf(j);
            int bullet = ListItemMarkers.bulletEnd(layout, j);   // once a line: it reads the line's marker
            if (indent <= top && j > root + 1 && bullet >= 0) {
                return false;   // an item back at the root's column: a list, not the root's body
            }
            if (connector(t, p, e) || remark(t, p, LineScan.stripEnd(t, p, e)) || closingBrace(t, p, e)) {
                continue;
            }
            if (bullet < 0) {
                // `else` at its `- if`'s column, no bullet: a branch whose items are its body; other lines end the run
                previousIndent = indent > rootIndent && branchHead(t, p, e) ? indent : -1;
                continue;
            }
            items++;
            int text = LineScan.stripStart(t, s + bullet, e);
            boolean call = text < e && CallTreeLine.classify(t, text, LineScan.stripEnd(t, text, e)).complete()
                    && (rootBullet < 0 || NameShapes.codeName(t, text, e)) || flow && FlowTitledItems.glossedCall(t, text, e);   // no root line: only code tells items from words
            if (call && previousIndent >= 0 && indent > previousIndent) {
                descents++;   // a callee: a call or statement right under a call item, not words about it
            }
            callItems += call ? 1 : 0;
            if (call || text < e && branchHead(t, text, e)) {
                previousIndent = indent;   // a branch's items are its body, as a call's are its callees
            } else if (indent <= previousIndent) {
                previousIndent = -1;   // words in the call's place; words deeper are a note under it
            }
        }
        if (callItems < MIN_CALL_ITEMS || descents < MIN_DESCENTS || items < MIN_CALL_ITEMS) {
            return false;
        }
        for (int j = rootBullet >= 0 ? root : root + 1; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet >= 0) {
                layout.margins().setEnd(j, bullet);
            } else if (connector(t, p, e) || remark(t, p, LineScan.stripEnd(t, p, e)) || p < e && LineScan.isCjk(t[p])) {
                layout.margins().setRemark(j);   // a line in CJK words among the items: a remark, as no item's text is
            }
        }
        if (flow) {
            layout.mark(BlockShape.WORDED_FLOW, blockId);
        }
        return true;
    }

    /**
     * Whether the item's text [p, e) opens a branch or loop as C writes it ({@code if (…)}, {@code else},
     * {@code else if (…)}, {@code while (…)}, {@code for (…)}, {@code switch (…)}): a statement word, then
     * the end, a parenthesis or a brace ({@code if you …} is words). Statements right under it are its body.
     */
    static boolean branchHead(int[] t, int p, int e) {
        int q = LineScan.skipIdent(t, p, e);
        if (!CallTreeLine.cStatementWord(t, p, q)) {
            return false;
        }
        int r = LineScan.skipBlanks(t, q, e);
        if (q - p == 4 && LineScan.startsWith(t, p, q, "else") && r + 2 <= e && LineScan.startsWith(t, r, e, "if")
                && LineScan.skipIdent(t, r, e) == r + 2) {
            r = LineScan.skipBlanks(t, r + 2, e);   // `else if (…)`
        }
        return r == e || t[r] == '(' || t[r] == '{';
    }

    /**
     * Marks such trees in the note's own text (a plain-text file's, or Markdown's outside fences), from
     * {@code blockId} on, and gives the next free block id. There a nested bullet list is far more often
     * a list of words, so a paragraph qualifies only when its first line is a root that is code and every
     * other line is an item deeper than it whose text is a complete call or statement of code (an
     * {@code _} in its name or a {@code (} after it): a list of words or sentences stays text. A root
     * written bare has its items written bare: a bare name over calls with their parentheses
     * ({@code string_utils} over {@code - split(s, sep)}) is an API's functions listed under their module.
     */
    static int unfencedTrees(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int id = blockId;
        int j = 0;
        while (j < n) {
            if (layout.role(j) != NoteLayout.Role.TEXT || j + 1 >= n || layout.role(j + 1) != NoteLayout.Role.TEXT
                    || ListItemMarkers.bulletEnd(layout, j + 1) < 0) {
                j++;   // the cheap test: a text line over an item
                continue;
            }
            int last = j + 1;
            while (last + 1 < n && (layout.role(last + 1) == NoteLayout.Role.TEXT || itemAfterBlank(layout, j, last + 1))) {
                last++;
            }
            if (allCodeItems(layout, j, last) && isTree(layout, j, last, id)) {
                layout.markTrace(j, last, id++);
            }
            j = last + 1;
        }
        return id;
    }

    /**
     * Whether line {@code j} is blank and the next is a text line holding an item deeper than the root at
     * {@code root}: a blank line between the tree's groups of steps, the tree going on after it.
     */
    private static boolean itemAfterBlank(NoteLayout layout, int root, int j) {
        return layout.blank(j) && j + 1 < layout.lineCount() && layout.role(j + 1) == NoteLayout.Role.TEXT
                && layout.indentOf(j + 1) > layout.indentOf(root) && ListItemMarkers.bulletEnd(layout, j + 1) >= 0;
    }

    /**
     * Whether line {@code root} is code and lines after it up to {@code last} are items of code deeper than it,
     * written as it is; between them may stand a blank line, a brace closing a body ({@code }}) and, deeper
     * than the root, the author's remarks on the step above (a comment or words, no item), fewer than the items.
     */
    private static boolean allCodeItems(NoteLayout layout, int root, int last) {
        int[] t = layout.codePoints();
        int e0 = layout.contentEnd(root);
        int name = LineScan.stripStart(t, layout.start(root), e0);
        if (ListItemMarkers.bulletEnd(layout, root) >= 0 || !NameShapes.codeName(t, name, e0)) {
            return false;
        }
        boolean bareRoot = !called(t, name, e0);
        int rootIndent = layout.indentOf(root);
        int items = 0;
        int others = 0;
        for (int j = root + 1; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (bullet < 0 && layout.indentOf(j) >= rootIndent && closingBrace(t, p, e)) {
                continue;   // `}`: a body's end, as the root's `{` opened it
            }
            if (bullet < 0 && layout.indentOf(j) > rootIndent && j > root + 1) {
                if (branchHead(t, p, LineScan.stripEnd(t, p, e))) {
                    items++;   // `else` at its `- if`'s column: a step written without the bullet
                } else {
                    others++;   // `// then flush`, words: a remark on the step above
                }
                continue;
            }
            if (bullet < 0 || layout.indentOf(j) <= rootIndent) {
                return false;
            }
            items++;
            int text = LineScan.stripStart(t, layout.start(j) + bullet, e);
            if (text >= e || !codeItem(t, text, LineScan.stripEnd(t, text, e)) || bareRoot && called(t, text, e)) {
                return false;   // `string_utils` over `- split(s, sep)`: a module's functions, not its calls
            }
        }
        return 2 * others < items;
    }

    /**
     * Whether an item's text [p, e) is a step of code: a call or statement of code ({@code f(x)},
     * {@code f(x) {}), a branch's head ({@code if (x)}, {@code else}), a {@code return}, an assignment or
     * an elided body ({@code ...}).
     */
    private static boolean codeItem(int[] t, int p, int e) {
        if (flowStatement(t, p, e)) {
            return true;
        }
        CallTreeLine.Kind k = CallTreeLine.classify(t, p, e);
        return NameShapes.codeName(t, p, e) && (k.complete() || k == CallTreeLine.Kind.OPEN);
    }

    /**
     * Whether the stripped text [p, e) is a control-flow step of code, whatever its names: a branch's head
     * ({@link #branchHead}), a {@code return}, an assignment ({@link CodeAssignments}) or an elided body
     * ({@code ...}). Trees of runs ({@link DashRunDepths}) count them as code as this one does.
     */
    static boolean flowStatement(int[] t, int p, int e) {
        if (LineScan.isElision(t, p, e) || branchHead(t, p, e) || CodeAssignments.isAssignment(t, p, e)) {
            return true;
        }
        int q = LineScan.skipIdent(t, p, e);
        return q - p == 6 && LineScan.startsWith(t, p, q, "return") && (q == e || t[q] == ' ' || t[q] == ';');
    }

    /** Whether the stripped line [p, e) is a closing brace alone ({@code }}, {@code };}). */
    private static boolean closingBrace(int[] t, int p, int e) {
        int q = LineScan.stripEnd(t, p, e);
        return q > p && t[p] == '}' && (q == p + 1 || q == p + 2 && t[p + 1] == ';');
    }

    /** Whether the name at {@code p} is written as a call, its {@code (} right after it. */
    private static boolean called(int[] t, int p, int e) {
        int q = LineScan.skipIdent(t, p, e);
        return q > p && q < e && t[q] == '(';
    }

    /** Whether an item after line {@code root} up to {@code last} stands at {@code column}. */
    private static boolean itemAtColumn(NoteLayout layout, int root, int last, int column) {
        for (int j = root + 1; j <= last; j++) {
            if (!layout.blank(j) && layout.indentOf(j) == column && ListItemMarkers.bulletEnd(layout, j) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether item {@code j}'s text, past its marker ending at {@code bullet}, is a complete call or name. */
    private static boolean itemCall(int[] t, NoteLayout layout, int j, int bullet) {
        int e = layout.contentEnd(j);
        int text = LineScan.stripStart(t, layout.start(j) + bullet, e);
        return text < e && NameShapes.codeName(t, text, e) && CallTreeLine.classify(t, text, LineScan.stripEnd(t, text, e)).complete();
    }

    private static int nextNonBlank(NoteLayout layout, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (!layout.blank(j)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether line {@code j} is a root: a complete call or name ({@code start_widget(w)}, {@code do_fork(*args: T)}). */
    private static boolean rootLine(int[] t, NoteLayout layout, int j) {
        CallTreeLine.Kind k = CallTreeLine.classify(t, layout, j);
        return k.complete() || k == CallTreeLine.Kind.OPEN;   // `start_widget(w) {`: its body in braces
    }

    /**
     * Whether the stripped line at [p, e) is a connector alone: {@code |} or a flowchart's arrow head
     * ({@link DownConnectors#isArrowHead}: {@code V}, {@code v}, {@code ↓}, {@code ⬇}, {@code ⇓}), then
     * nothing or a {@code //} comment. The first test: its first character is one of them.
     */
    static boolean connector(int[] t, int p, int e) {
        if (p >= e || t[p] != '|' && !DownConnectors.isArrowHead(t[p])) {
            return false;
        }
        int q = LineScan.skipBlanks(t, p + 1, e);
        return q == e || q > p + 1 && LineScan.startsWith(t, q, e, "//");
    }

    /**
     * Whether the stripped line [p, e) is a remark: wholly in parentheses or in double brackets, with a
     * blank inside ({@code (long jump to the scheduler)}, {@code [[it sleeps here]]}); a name alone in
     * parentheses, {@code (real_handler)}, is where a call lands, no remark.
     */
    static boolean remark(int[] t, int p, int e) {
        if (e - p < 3 || t[p] != '(' && t[p] != '[') {
            return false;
        }
        boolean parens = t[p] == '(' && t[e - 1] == ')';
        boolean brackets = e - p >= 4 && t[p] == '[' && t[p + 1] == '[' && t[e - 1] == ']' && t[e - 2] == ']';
        return (parens || brackets) && LineScan.indexOf(t, p, e, " ") >= 0;
    }
}
