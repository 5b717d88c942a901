package org.tracenotes.grammar;

/**
 * A numbered Markdown list of function names under a heading (or a caption) that names a chain of calls, each item only the
 * name, with bullets deeper than it saying what the function does, outside fences:
 * <pre>
 * ### Dispatch Chain
 *
 * 1. **`FrontConsumer::HandleDecl`**
 *
 *    * Entry point from the front end to the back end
 * 2. **`GeneratorImpl::HandleDecl`**
 *
 *    * Iterates over each `Decl`, passing them on
 * 3. **`CodeGen::Module::EmitDecl`**
 * </pre>
 * The heading's (or caption's) words end in words that name calls, caller first ({@link CallPathLists#caption},
 * the one list {@link FlatChainRuns#CHAIN_WORDS}: {@code Dispatch Chain}, {@code Call chains}, {@code call path},
 * {@code 调用链}); a caption is a line of its own with a colon at most after the words. A bare {@code chain} or
 * {@code flow} names no calls ({@code Promise chain}, {@code Certificate chain}, {@code Execution flow} over
 * {@code setup()}, {@code loop()}, {@code teardown()}): a numbered list under it is a sequence, each item after the
 * one above, not inside it. The list follows it, one blank line at most between; its items are
 * numbered from 1 up by one at one column, {@link #MIN_ITEMS} at least, each item's text one name of code and
 * nothing else ({@link NameShapes#codeOrMember}: {@code A::f}, {@code f_x}, {@code f()}), bare, in a code span, in
 * bold or both. Under an item (blank lines between allowed) stand only bullets ({@code *}, {@code -}, {@code +})
 * deeper than the item's number, words about it: remarks. The list ends at a blank line followed by a line that is
 * neither such an item nor such a bullet (a heading, a paragraph), or at the note's end; any other line inside it
 * (an item in words, an item numbered out of turn, a line right under an item that is no bullet) is another list,
 * left alone. So is a numbered list of names under a neutral heading ({@code Functions}, {@code API}): nothing says
 * the items call each other.
 *
 * <p>The heading is no line of the block. The numbers are margins; core's {@code CallPathDepths} makes item 1
 * the root and each next item one level under the one above ({@link BlockShape#CALL_PATH_LIST}); the bullets are
 * remarks, comments of the item above.
 */
final class HeadedChainLists {

    /** The fewest items of such a list. */
    static final int MIN_ITEMS = 3;
    /** The most items: a longer list is an index of names. */
    static final int MAX_ITEMS = FlatChainRuns.MAX_LINKS;

    private HeadedChainLists() {
    }

    /** Marks every such list as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int id = blockId;
        for (int i = 0; i + 1 < n; i++) {
            if (!title(layout, i)) {
                continue;
            }
            int first = i + 1 < n && layout.role(i + 1) == NoteLayout.Role.BLANK ? i + 2 : i + 1;
            int last = first < n ? list(layout, first) : -1;
            if (last < 0) {
                continue;
            }
            CallItemLists.markTraceKeepingRoles(layout, first, last, id);
            for (int j = first; j <= last; j++) {
                if (layout.blank(j)) {
                    continue;
                }
                int name = nameStart(layout, j);
                if (name > 0) {
                    layout.margins().setEnd(j, name - layout.start(j));
                } else {
                    layout.margins().setRemark(j);
                }
            }
            layout.mark(BlockShape.CALL_PATH_LIST, id++);
            i = last;
        }
        return id;
    }

    /** Whether line {@code i} is a heading, or a caption line first of its paragraph, that names a chain. */
    private static boolean title(NoteLayout layout, int i) {
        int[] t = layout.codePoints();
        int s = layout.start(i);
        int e = LineScan.stripEnd(t, s, layout.contentEnd(i));
        int p = LineScan.stripStart(t, s, e);
        if (layout.role(i) == NoteLayout.Role.HEADING) {
            while (p < e && t[p] == '#') {
                p++;
            }
            while (e > p && t[e - 1] == '#') {
                e--;
            }
        } else if (layout.role(i) != NoteLayout.Role.TEXT || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT
                || p >= e || t[p] == '-' || t[p] == '*' && p + 1 < e && t[p + 1] == ' ' || LineScan.isDigit(t[p])) {
            return false;   // a caption opens its paragraph and is no item
        }
        return CallPathLists.caption(t, p, LineScan.stripEnd(t, p, e));   // its words end in a call chain's: see the class comment
    }

    /** The last line of the list whose item 1 is line {@code first}, or -1 when no such list starts there. */
    private static int list(NoteLayout layout, int first) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        int column = -1;
        int items = 0;
        int last = -1;
        boolean underItem = false;   // the line above (blanks aside) is an item or a bullet of one
        int j = first;
        for (; j < n; j++) {
            NoteLayout.Role r = layout.role(j);
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            if (r != NoteLayout.Role.TEXT) {
                break;
            }
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            int col = LineScan.blanks(t, s, e);
            int name = nameStart(layout, j);
            if (name > 0) {
                if (column >= 0 && col != column || ListNumbers.value(t, s, name) != items + 1) {
                    return -1;   // items at two columns, or numbered out of turn
                }
                if (!nameOnly(t, name, e)) {
                    return -1;   // an item in words: a list of things
                }
                column = col;
                items++;
                last = j;
                underItem = true;
                continue;
            }
            boolean bullet = col > column && col + 1 < e - s && (t[s + col] == '*' || t[s + col] == '-' || t[s + col] == '+')
                    && t[s + col + 1] == ' ';
            if (column >= 0 && bullet && underItem) {
                last = j;
                continue;
            }
            if (j > 0 && layout.role(j - 1) != NoteLayout.Role.BLANK) {
                return -1;   // a line right under the list that is none of it: the list goes on in another shape
            }
            break;
        }
        return items >= MIN_ITEMS && items <= MAX_ITEMS ? last : -1;
    }

    /**
     * Where the text of numbered item {@code line} ({@code 1. }, {@code 1) }: {@link SentenceItemLists#numberEnd})
     * starts, past the blanks after its number, or -1 when the line is none.
     */
    private static int nameStart(NoteLayout layout, int line) {
        int end = SentenceItemLists.numberEnd(layout, line);
        return end < 0 ? -1 : LineScan.stripStart(layout.codePoints(), layout.start(line) + end, layout.contentEnd(line));
    }

    /** Whether [p, e) is one name of code and nothing else, in {@code **}, a code span, both or neither. */
    private static boolean nameOnly(int[] t, int p, int e) {
        int bold = 0;
        while (bold < 2 && p < e - 1 && t[p] == '*' && t[e - 1] == '*') {
            p++;
            e--;
            bold++;
        }
        if (bold == 1) {
            return false;   // `*f*`: an emphasis, no name of code
        }
        if (p < e - 1 && t[p] == '`' && t[e - 1] == '`') {
            p++;
            e--;
        }
        if (p >= e || !LineScan.isIdentStart(t[p]) || !NameShapes.codeOrMember(t, p, e)) {
            return false;
        }
        int k = LineScan.skipIdent(t, p, e);
        while (k + 1 < e && (t[k] == ':' && t[k + 1] == ':' || t[k] == '-' && t[k + 1] == '>' || t[k] == '.')) {
            k = LineScan.skipIdent(t, k + (t[k] == '.' ? 1 : 2), e);
        }
        if (k < e && t[k] == '(') {
            int close = LineScan.closeParen(t, k, e);
            k = close < 0 ? -1 : close + 1;
        }
        return k == e && !NameShapes.dataShaped(t, p, LineScan.skipIdent(t, p, e));
    }
}
