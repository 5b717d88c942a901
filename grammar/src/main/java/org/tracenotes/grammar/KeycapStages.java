package org.tracenotes.grammar;

/**
 * A path told in stages numbered with keycap emoji ({@code 1️⃣}, {@code 2️⃣} … {@code 🔟}), each stage a
 * line at the fence's margin with the tree of what it does drawn below it by edges:
 * <pre>
 * 1️⃣ sys_open()
 *   └ do_sys_open()
 *      └ Calls getname() first
 *
 * 2️⃣ Walk the path:
 *   └ path_lookupat()
 * </pre>
 * The keycap number marks a step as a list number does: it is a margin the lexer skips, and each stage
 * is a top-level step of the path (its root implied). Keycap numbers never lead a line of code, a shell
 * session or a listing; what keeps a list of steps in words a list is the rest: at least two stages, every
 * line at the margin a stage, two lines drawn with an edge or led by an arrow under them, and a call
 * ({@code name(}) somewhere in the fence.
 */
public final class KeycapStages {

    /** The keycap combining mark that follows a digit ({@code U+20E3}). */
    private static final int KEYCAP = 0x20E3;
    /** The variation selector an emoji digit carries between the digit and the keycap ({@code U+FE0F}). */
    private static final int EMOJI_SELECTOR = 0xFE0F;
    /** The one keycap number of two digits, {@code 🔟}. */
    private static final int KEYCAP_TEN = 0x1F51F;

    private KeycapStages() {
    }

    /**
     * Whether the code points {@code t} from {@code p} start with a keycap number and a blank; returns where
     * the number ends (just past it), -1 otherwise.
     */
    static int numberEnd(int[] t, int p, int e) {
        int q = -1;
        if (p < e && t[p] == KEYCAP_TEN) {
            q = p + 1;
        } else if (p + 1 < e && t[p] >= '0' && t[p] <= '9') {
            int k = t[p + 1] == EMOJI_SELECTOR ? p + 2 : p + 1;
            q = k < e && t[k] == KEYCAP ? k + 1 : -1;
        }
        return q > 0 && q < e && (t[q] == ' ' || t[q] == '\t') ? q : -1;
    }

    /** As {@link #numberEnd(int[], int, int)} for a line of text from char index {@code p}: where its keycap number ends, -1 if none. */
    public static int numberEnd(CharSequence line, int p) {
        int n = line.length();
        int q = -1;
        if (p + 1 < n && line.charAt(p) == '\uD83D' && line.charAt(p + 1) == '\uDD1F') {
            q = p + 2;
        } else if (p + 1 < n && line.charAt(p) >= '0' && line.charAt(p) <= '9') {
            int k = line.charAt(p + 1) == EMOJI_SELECTOR ? p + 2 : p + 1;
            q = k < n && line.charAt(k) == KEYCAP ? k + 1 : -1;
        }
        return q > 0 && q < n && (line.charAt(q) == ' ' || line.charAt(q) == '\t') ? q : -1;
    }

    /**
     * Whether the fenced lines {@code first}..{@code last} of {@code layout} are stages numbered with keycaps
     * over trees of their steps; when they are, each stage's number becomes its margin.
     */
    static boolean markStages(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int margin = Integer.MAX_VALUE;
        int stages = 0;
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int p = s + LineScan.blanks(t, s, layout.contentEnd(j));
            boolean stage = numberEnd(t, p, layout.contentEnd(j)) > 0;
            if (j == first && !stage) {
                return false;   // the cheap test: the fence opens with a stage
            }
            int indent = layout.indentOf(j);
            if (indent < margin) {
                margin = indent;
            }
            stages += stage ? 1 : 0;
        }
        if (stages < 2) {
            return false;
        }
        int drawn = 0;
        boolean called = false;
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = s + LineScan.blanks(t, s, e);
            boolean stage = numberEnd(t, p, e) > 0;
            if (layout.indentOf(j) == margin && !stage) {
                return false;   // a line at the margin that is no stage: a list of another kind
            }
            if (!stage && (BoxDrawnTree.isEdgeLead(t[p]) || layout.arrowEnd(j) >= 0)) {
                drawn++;
            }
            called |= callIn(t, p, e);
        }
        if (drawn < 2 || !called) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int q = numberEnd(t, s + LineScan.blanks(t, s, e), e);
            if (q > 0) {
                layout.margins().setEnd(j, q - s);
            }
        }
        return true;
    }

    /** Whether [p, e) holds a name right before an opening parenthesis. */
    private static boolean callIn(int[] t, int p, int e) {
        for (int k = p + 1; k < e; k++) {
            if (t[k] == '(' && LineScan.isIdentPart(t[k - 1])) {
                return true;
            }
        }
        return false;
    }
}
