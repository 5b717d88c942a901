package org.tracenotes.grammar;

/**
 * A function's name as a caption over a Markdown list of what it calls, outside a fence:
 * <pre>
 * widget_handle_request          ### widget_handle_request
 * - widget_read_header
 * - widget_parse_line            - widget_read_header()
 *   - widget_parse_token         - widget_parse_line()
 * - widget_finish
 * </pre>
 * The caption is a line of its own, first of its paragraph, or a heading: one C name with an {@code _} or
 * a call's parentheses ({@code widget_open}, {@code open()}, in {@code **} or a code span, maybe a colon
 * after it), no type's or unit's name ({@link NameShapes#dataShaped}). The list follows at once, or after
 * one blank line; its items are at the caption's column or deeper, nested items deeper calls. It is a
 * list of calls when two of its items at least, and two in three, name a function by their text alone
 * ({@link ItemNames#nameStart}, a name with an {@code _} or parentheses), none of them data. A bare caption
 * over calls written with arguments is a module over its API ({@code string_util} over
 * {@code - split(s, sep)}): no trace. A caption in words, or a list of words, stays text.
 *
 * <p>A caption line over items deeper than it becomes the block's root, and so does a bare name at its items'
 * column ({@link #plainNameLine}) over a list that nests; a heading, or a caption in bold or code at its items' column,
 * stays text, and the items at the margin are roots, as a list's outside a fence are
 * ({@code RootlessForests}), each over the calls nested under it; such a list must nest (an item deeper
 * than the first), since a flat list of functions under a heading or a bold name is how a README lists a
 * module's API. Bullets are margins; items in words are remarks.
 */
final class CaptionedCallLists {

    private CaptionedCallLists() {
    }

    /**
     * Whether line {@code line}, a caption naming one function over a list at its own column, is that name written bare ({@code widget_send}, {@code widget_send()}), not set off as a title
     * in bold, in a code span or as a label with a colon: the list under it is that function's calls, the name their root.
     */
    private static boolean plainNameLine(NoteLayout layout, int line) {
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(line), layout.contentEnd(line));
        int p = LineScan.stripStart(t, layout.start(line), e);
        return p < e && LineScan.isIdentStart(t[p]) && t[e - 1] != ':' && t[e - 1] != '*';
    }

    /** Marks every such list (with its caption line) as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int id = blockId;
        for (int i = 0; i + 1 < n; i++) {
            NoteLayout.Role r = layout.role(i);
            boolean heading = r == NoteLayout.Role.HEADING;
            if (!heading && (r != NoteLayout.Role.TEXT || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT)) {
                continue;   // the cheap test: a heading, or a text line that starts its paragraph
            }
            int first = i + 1;
            if (first < n && layout.role(first) == NoteLayout.Role.BLANK) {
                first++;
            }
            if (first >= n || layout.role(first) != NoteLayout.Role.TEXT || ListItemMarkers.bulletEnd(layout, first) < 0
                    || !heading && layout.indentOf(first) < layout.indentOf(i)) {
                continue;
            }
            int name = captionName(layout, i, heading);
            if (name < 0) {
                continue;
            }
            int last = CallItemLists.listEnd(layout, first);
            if (!callList(layout, first, last, bareName(layout.codePoints(), name, layout.contentEnd(i)))) {
                continue;
            }
            // a caption line with its items deeper is their root, and so is a bare name at its items' column; under a
            // caption in bold or code at their column the items are a list's roots: the caption stays text, as a heading does
            boolean level = !heading && layout.indentOf(first) == layout.indentOf(i) && plainNameLine(layout, i);   // `f` over `- g` at its column: f's calls
            boolean root = !heading && layout.indentOf(first) > layout.indentOf(i) || level;
            if ((!root || level) && !nested(layout, first, last)) {
                continue;   // a flat list at its caption's column (keys, hooks, a module's API), its items no deeper calls
            }
            if (level) {
                layout.mark(BlockShape.DASH_LIST_TREE, id);
            }
            CallItemLists.markTraceKeepingRoles(layout, root ? i : first, last, id++);
            if (root) {
                layout.margins().setEnd(i, name - layout.start(i));
            }
            markItems(layout, first, last);
            i = last;
        }
        return id;
    }

    /**
     * Where the caption's name starts on line {@code i} (a code point index), or -1 when the line (a
     * heading's title past its {@code #}s) is not one C name as the class comment says.
     */
    private static int captionName(NoteLayout layout, int i, boolean heading) {
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(i), layout.contentEnd(i));
        int p = LineScan.stripStart(t, layout.start(i), e);
        if (heading) {
            while (p < e && t[p] == '#') {
                p++;
            }
            p = LineScan.skipBlanks(t, p, e);
        }
        int q = p;
        while (q < e && (t[q] == '*' || t[q] == '`')) {
            q++;
        }
        int end = e;
        while (end > q && (t[end - 1] == '*' || t[end - 1] == '`' || t[end - 1] == ':')) {
            end--;
        }
        int nameEnd = LineScan.skipIdent(t, q, end);
        if (nameEnd == q || !NameShapes.codeName(t, q, end) || NameShapes.dataShaped(t, q, nameEnd)) {
            return -1;
        }
        if (nameEnd < end && t[nameEnd] == '(') {
            nameEnd++;
            int depth = 1;
            while (nameEnd < end && depth > 0) {
                depth += t[nameEnd] == '(' ? 1 : t[nameEnd] == ')' ? -1 : 0;
                nameEnd++;
            }
        }
        return nameEnd == end && !(q < e && t[q] >= 'A' && t[q] <= 'Z' && allCapitals(t, q, nameEnd)) ? q : -1;
    }

    /** Whether the items of {@code first}..{@code last} are calls enough (see the class comment). */
    private static boolean callList(NoteLayout layout, int first, int last, boolean bareCaption) {
        int[] t = layout.codePoints();
        int items = 0;
        int calls = 0;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet < 0) {
                continue;
            }
            items++;
            int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
            int p = LineScan.stripStart(t, layout.start(j) + bullet, e);
            int name = ItemNames.nameStart(t, p, e);
            if (name < 0 || !NameShapes.codeName(t, name, e)) {
                continue;
            }
            int nameEnd = LineScan.skipIdent(t, name, e);
            if (NameShapes.dataShaped(t, name, nameEnd)) {
                return false;   // `- mm_struct`: structures under a structure
            }
            if (bareCaption && nameEnd + 1 < e && t[nameEnd] == '(' && t[nameEnd + 1] != ')') {
                return false;   // a module over its API, written with the parameters
            }
            calls++;
        }
        return calls >= 2 && calls * 3 >= items * 2;
    }

    /** Bullets become margins; an item that names no call is a remark. */
    private static void markItems(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            int e = layout.contentEnd(j);
            int p = bullet < 0 ? e : LineScan.stripStart(t, layout.start(j) + bullet, e);
            int name = bullet < 0 ? -1 : ItemNames.nameStart(t, p, e);
            if (name >= 0 && NameShapes.codeName(t, name, e)) {
                layout.margins().setEnd(j, bullet);
            } else {
                layout.margins().setRemark(j);
            }
        }
    }

    /** Whether the caption's name at {@code p} is bare, no parentheses after it. */
    private static boolean bareName(int[] t, int p, int e) {
        int q = LineScan.skipIdent(t, p, e);
        return q >= e || t[q] != '(';
    }

    private static boolean allCapitals(int[] t, int p, int q) {
        for (int k = p; k < q; k++) {
            if (t[k] >= 'a' && t[k] <= 'z') {
                return false;
            }
        }
        return true;
    }

    /** Whether a list item of {@code first}..{@code last} stands deeper than the first item. */
    private static boolean nested(NoteLayout layout, int first, int last) {
        for (int j = first + 1; j <= last; j++) {
            if (layout.role(j) == NoteLayout.Role.TEXT && ListItemMarkers.bulletEnd(layout, j) >= 0
                    && layout.indentOf(j) > layout.indentOf(first)) {
                return true;
            }
        }
        return false;
    }
}
