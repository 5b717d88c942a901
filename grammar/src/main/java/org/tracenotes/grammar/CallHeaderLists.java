package org.tracenotes.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list item that heads a function's calls, {@code call: f()} (also {@code called:}, {@code calls:}, a
 * breadcrumb {@code called: a()->b()}), with the functions it calls as items under it, one a line:
 * <pre>
 * * call: mount_fs()
 *  - lookup_type(): ext9
 *  - alloc_super()
 *  - fill_super()   842  ~/fs/super.c
 * </pre>
 * The header is the root (the function the breadcrumb ends with), each item a call under it, deeper items
 * under the item above them; what follows an item's call ({@code : note}, a line number and a path) is a
 * note. The section runs from the header over the items deeper than it up to a blank line or a line at
 * the header's column or shallower that is no item; a line of other text among the items is a remark.
 * It is such a section when every item is a call, a chain of calls or a {@code //} comment and one at
 * least is a call: a list of things in words ({@code call: see below} over {@code - the lock is held})
 * stays text.
 */
final class CallHeaderLists {

    /** The words of calling that head the list, lower case ({@code calll} is a slip of the fingers met in notes). */
    private static final String[] HEADER_WORDS = {"called", "calls", "calll", "call"};
    /** The header's text after its word and colon: a call (or a chain of them); group 1 the name, 2 the blanks before {@code (}. */
    private static final Pattern HEADER_CALL = Pattern.compile("(" + NameShapes.MEMBER_NAME + ")(\\s*)\\(.*");
    /**
     * An item's text: a call (a name, members, its arguments) or a chain of them after an optional
     * {@code ->}, then a note at most (group 1 the name, 2 the blanks before {@code (}); or a bare name with
     * a line number after two blanks (an editor's tag listing copied in).
     */
    private static final Pattern ITEM = Pattern.compile("(?:->\\s*)?(" + NameShapes.MEMBER_NAME + ")(\\s*)\\(.*"
            + "|[A-Za-z_]\\w*\\s{2,}\\d+(?:\\s.*)?");

    private CallHeaderLists() {
    }

    /** Marks every such section among the note's text lines as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT) {
                continue;
            }
            int bullet = ListItemMarkers.bulletEnd(layout, i);
            if (bullet < 0 || !isHeader(layout, i, bullet)) {
                continue;
            }
            int last = sectionEnd(layout, i);
            if (last > i && itemsAreCalls(layout, i + 1, last)) {
                markSection(layout, i, last, blockId++);
                i = last;
            }
        }
        return blockId;
    }

    /** Whether the item on line {@code i}, its text after {@code bullet}, heads calls ({@code call: f()}). */
    private static boolean isHeader(NoteLayout layout, int i, int bullet) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, layout.start(i) + bullet, e);
        if (p + 5 >= e || (t[p] | 0x20) != 'c') {
            return false;   // the cheap test: the text starts with c
        }
        int colon = headerColon(t, p, e);
        if (colon < 0) {
            return false;
        }
        Matcher m = HEADER_CALL.matcher(text(layout, i, LineScan.skipBlanks(t, colon + 1, e)));
        return m.matches() && isCall(m.group(1), m.group(2));
    }

    /** Where the colon after a word of calling at {@code p} (blanks between them allowed) stands, or -1. */
    private static int headerColon(int[] t, int p, int e) {
        for (String word : HEADER_WORDS) {
            if (LineScan.matchesLower(t, p, e, word)) {
                int q = LineScan.skipBlanks(t, p + word.length(), e);
                return q < e && t[q] == ':' ? q : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a name and the blanks before its {@code (} are a call: the parenthesis right against the name,
     * or a name of code (an underscore in it) written {@code f (x)}; {@code Mom (Sunday)} is words.
     */
    private static boolean isCall(String name, String blanks) {
        return blanks.isEmpty() || name.indexOf('_') >= 0;
    }

    /** The rest of line {@code i} from code point {@code p}. */
    private static String text(NoteLayout layout, int i, int p) {
        return new String(layout.codePoints(), p, layout.contentEnd(i) - p);
    }

    /** The last line of the section whose header is on {@code header}: its items, up to a blank line. */
    private static int sectionEnd(NoteLayout layout, int header) {
        int n = layout.lineCount();
        int top = layout.indentOf(header);
        int last = header;
        for (int j = header + 1; j < n && layout.role(j) == NoteLayout.Role.TEXT; j++) {
            boolean item = ListItemMarkers.bulletEnd(layout, j) >= 0;
            if (item && layout.indentOf(j) <= top) {
                break;   // the next item at the header's column: another section, or the list goes on in words
            }
            if (!item && !(j + 1 < n && layout.role(j + 1) == NoteLayout.Role.TEXT && ListItemMarkers.bulletEnd(layout, j + 1) >= 0
                    && layout.indentOf(j + 1) > top)) {
                break;   // text that no item follows ends the section
            }
            last = j;
        }
        return last;
    }

    /** Whether every item of lines {@code first}..{@code last} is a call or a {@code //} comment, one at least a call. */
    private static boolean itemsAreCalls(NoteLayout layout, int first, int last) {
        int calls = 0;
        for (int j = first; j <= last; j++) {
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet < 0) {
                continue;
            }
            String s = text(layout, j, LineScan.stripStart(layout.codePoints(), layout.start(j) + bullet, layout.contentEnd(j))).strip();
            Matcher m = ITEM.matcher(s);
            if (m.matches() && (m.group(1) == null || isCall(m.group(1), m.group(2)))) {
                calls++;
            } else if (!s.startsWith("//")) {
                return false;
            }
        }
        return calls > 0;
    }

    /** Makes the section a trace block: bullets are margins, text among the items is a remark. */
    private static void markSection(NoteLayout layout, int first, int last, int blockId) {
        layout.markTrace(first, last, blockId);
        for (int j = first; j <= last; j++) {
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet >= 0) {
                layout.margins().setEnd(j, bullet);
            } else {
                layout.margins().setRemark(j);
            }
        }
    }
}
