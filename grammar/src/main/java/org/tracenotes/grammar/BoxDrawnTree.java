package org.tracenotes.grammar;

/**
 * A call tree drawn with box-drawing characters: {@code ├─ name} for a child with later siblings,
 * {@code └─ name} for a last child, {@code │} carrying a parent's stem down past its children.
 * <pre>
 * do_open()
 *  ├─ lookup()
 *  │   └─ walk()
 *  └─ finish()
 * </pre>
 * The edges are margin, like blanks ({@link Connectors}): a step stands at the column where its name
 * starts. An edge is {@code ├} or {@code └} (or {@code ╰}) and one or more {@code ─} followed by a
 * blank, the end of the line or a letter; a {@code │} is one followed by a blank or the end. A wire
 * that turns into a box ({@code └──────┘}, {@code ├────┼}) is no edge.
 *
 * <p>A fence whose content draws such a tree is read by its content whatever its info string says
 * ({@code yaml}, {@code json}): those languages never draw box edges. It is a call tree (not a folder
 * listing or a structure diagram) when its root or one of its nodes is a call with parentheses, and at
 * least half of its edges lead to a name or call; or when it is a tree of steps in words under a bare code
 * name ({@link WordedBoxTrees}).
 */
public final class BoxDrawnTree {

    /** The first and last box-drawing characters (U+2500..U+257F): one range check before any other. */
    static final char FIRST = '\u2500';
    static final char LAST = '\u257F';
    private static final char HORIZONTAL = '\u2500';     // ─
    private static final char VERTICAL = '\u2502';       // │
    private static final char TEE = '\u251C';            // ├
    private static final char CORNER = '\u2514';         // └
    private static final char ROUND_CORNER = '\u2570';   // ╰

    /** The longest edge a tree draws ({@code ├─} to {@code ├────────}); a longer run of ─ is a rule, no edge. */
    private static final int MAX_EDGE = 8;

    private BoxDrawnTree() {
    }

    /** Whether {@code c} is a box-drawing character (U+2500..U+257F): the one range check every rule uses. */
    static boolean isBoxDrawing(int c) {
        return c >= FIRST && c <= LAST;
    }

    /** Whether the box-drawing character at {@code i} of {@code line} (chars up to {@code end}) is tree margin. */
    static boolean connectorAt(CharSequence line, int i, int end) {
        char c = line.charAt(i);
        if (c == VERTICAL) {
            return i + 1 == end || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
        }
        int lead = i;
        while (lead >= 0 && lead > i - MAX_EDGE && line.charAt(lead) == HORIZONTAL) {
            lead--;
        }
        if (lead == i && isEdgeLead(c) && (NameTrees.oneCharacterEdge(line, i, end)
                || i + 1 < end && line.charAt(i + 1) == LineMargin.RIGHTWARDS_ARROW)) {
            return true;   // `└ name`: an edge of one character; `├→ f()`: an edge whose arrow head is drawn right on it
        }
        if (lead < 0 || !isEdgeLead(line.charAt(lead)) || lead == i && (i + 1 >= end || line.charAt(i + 1) != HORIZONTAL)) {
            return false;   // also a ─ more than MAX_EDGE from any lead: a rule drawn across, not a tree's edge
        }
        int q = lead + 1;
        while (q < end && q <= lead + MAX_EDGE && line.charAt(q) == HORIZONTAL) {
            q++;
        }
        return q > lead + 1 && (q == end || line.charAt(q) == ' ' || line.charAt(q) == '\t'
                || Character.isLetter(line.charAt(q)) || line.charAt(q) == '_' || line.charAt(q) == LineMargin.RIGHTWARDS_ARROW);
    }

    /** Whether {@code c} leads a tree's edge: {@code ├}, {@code └} or {@code ╰}. The one place that says so. */
    public static boolean isEdgeLead(int c) {
        return c == TEE || c == CORNER || c == ROUND_CORNER;
    }

    /** Whether the line {@code text} starts, past blanks and {@code │}, with an edge ({@code ├─}, {@code └─}). */
    public static boolean edgeLed(CharSequence text) {
        return edgeColumnIndex(text) >= 0;
    }

    /** The index of a line's leading edge ({@code ├} or {@code └}) past blanks and {@code │}, or -1. */
    public static int edgeColumnIndex(CharSequence text) {
        int n = text.length();
        int p = 0;
        while (p < n) {
            char c = text.charAt(p);
            if (c == ' ' || c == '\t' || c == VERTICAL && connectorAt(text, p, n)) {
                p++;
            } else {
                break;
            }
        }
        return p < n && isEdgeLead(text.charAt(p)) && connectorAt(text, p, n) ? p : -1;
    }

    /** Whether a line's leading edge is a last child's ({@code └─}, {@code ╰─}). */
    public static boolean lastChildEdge(CharSequence text) {
        int p = edgeColumnIndex(text);
        return p >= 0 && text.charAt(p) != TEE;
    }

    /**
     * Whether the line of code points {@code t[s..e)} starts, past blanks and {@code │}, with an edge whose
     * arrow head is drawn right on it ({@code ├→}, {@code └─→}, {@code ╰→}): a box-drawn tree's edge, which
     * the arrow does not make a step arrow of its own ({@link TraceLookAlikes} sends such a tree through
     * {@link #isCallTree}, as it would the same tree drawn {@code ├──}). No allocation.
     */
    static boolean arrowEdgeLed(int[] t, int s, int e) {
        int p = s;
        while (p < e && (t[p] == ' ' || t[p] == '\t' || t[p] == VERTICAL && (p + 1 == e || t[p + 1] == ' ' || t[p + 1] == '\t'))) {
            p++;
        }
        if (p >= e || !isEdgeLead(t[p])) {
            return false;
        }
        int q = p + 1;
        while (q < e && q <= p + MAX_EDGE && t[q] == HORIZONTAL) {
            q++;
        }
        return q < e && t[q] == LineMargin.RIGHTWARDS_ARROW;
    }

    /**
     * Whether lines {@code first}..{@code last} of {@code layout} draw a call tree with box edges: two
     * or more edge lines, at least half of them leading to a name or call, and a call with parentheses
     * among the root and the nodes. An edge may end in an arrow head ({@code ├→ name}, {@code └─→ name}):
     * the node is the name past it, tested the same way.
     */
    static boolean isCallTree(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int edges = 0;
        int named = 0;
        boolean call = false;
        boolean boxChar = false;
        int to = last >= first ? layout.contentEnd(last) : 0;
        boolean corner = false;   // `└ step`: a corner drawn alone
        for (int k = first <= last ? layout.start(first) : 0; k < to && !boxChar; k++) {
            boxChar = t[k] == HORIZONTAL || isEdgeLead(t[k]) && k + 1 < to && t[k + 1] == LineMargin.RIGHTWARDS_ARROW;
            corner |= isEdgeLead(t[k]) && k + 1 < to && t[k + 1] == ' ';
        }
        if (!boxChar) {
            return corner && WordedBoxTrees.isTree(layout, first, last);   // the cheap reject: no ─, no ├→; lone corners only in trees of steps
        }
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            String text = layout.lineText(j);
            int e = edgeColumnIndex(text);
            int p = e < 0 ? LineMargin.leadingStructure(text) : LineMargin.leadingStructure(text, e, text.length());
            if (e >= 0 && p < text.length() && text.charAt(p) == LineMargin.RIGHTWARDS_ARROW) {
                p = LineMargin.leadingStructure(text, p + 1, text.length());   // `├→ name`: the node past the arrow head
            }
            if (e >= 0) {
                edges++;
                named += p < text.length() && (Character.isLetter(text.charAt(p)) || text.charAt(p) == '_') ? 1 : 0;
            }
            call |= p < text.length() && LineScan.isIdentStart(text.charAt(p)) && callAt(text, p);
        }
        return edges >= 2 && named * 2 >= edges && (call || WordedBoxTrees.isTree(layout, first, last));   // or steps in words under a code name
    }

    /**
     * Whether {@code text} from {@code p} is a name (with {@code ->}, {@code .}) right before {@code (}, its
     * parentheses holding more than a number ({@code sshd(789)} in a process tree is a process id) and no box
     * line after them ({@code systemd(1)─┬─agetty(2)}: a process tree drawn across).
     */
    private static boolean callAt(String text, int p) {
        int q = p;
        while (q < text.length()) {
            char c = text.charAt(q);
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '_' || c == '.') {
                q++;
            } else if (c == '-' && q + 1 < text.length() && text.charAt(q + 1) == '>') {
                q += 2;
            } else {
                break;
            }
        }
        if (q == p || q >= text.length() || text.charAt(q) != '(') {
            return false;
        }
        int close = text.indexOf(')', q);
        boolean number = close > q + 1;
        for (int k = q + 1; k < close && number; k++) {
            number = Character.isDigit(text.charAt(k));
        }
        return !number && (close < 0 || text.indexOf(HORIZONTAL, close) < 0);
    }
}
