package org.tracenotes.grammar;

/**
 * A call tree drawn with arms hung from stems, which carries noise between its nodes: a node is an arm
 * ({@code +--}, {@code |--}, {@code `--}, {@code \--}) followed by its text, hanging from the {@code |} stem that
 * runs down from its parent's text column; lines of stems alone join the nodes; a line in words under a
 * node, at its text column, is a remark on it; a condition is an arm with a {@code [?]} ({@code +-[?] x!=NULL},
 * or a bare {@code [?] y} that goes on the chain), and its branches hang from under its {@code ?} led by an
 * outcome ({@code Y--f}, {@code N--g}, {@code yes--f}); the line under a condition, at its text column, is
 * what it does (a step).
 * <pre>
 * do_read (read.c)
 * looks the page up first        &lt;- a remark on the root
 * |
 * +--lookup_page (cache.c)
 * |  |
 * |  +-[?] page!=NULL
 * |     |
 * |     Y--copy_page (cache.c)
 * |     |  copies it out          &lt;- a remark on copy_page
 * |     N--read_page (disk.c)
 * +--finish_read (read.c)
 * </pre>
 * The fence is such a tree when it holds {@link #MIN_ARMS} arms or more, each (but a bare {@code [?]}) under
 * a stem, an arm or a node's text of the line above, a line of stems, and nodes that read as code (names with
 * {@code _}, calls, member arrows, conditions), few of them file names (a directory listing is no call
 * tree). A box ({@code +---+}, {@code | x |}) or an arrow ({@code +-->}) is none: other readers take those.
 * When it is one, the arms and outcomes before each node's text become margins the lexer skips, and the lines
 * in words under a node that is no condition, and a line going on right of a remark, become remarks.
 */
public final class StemArmTrees {

    /** How many arms a tree has at least. */
    private static final int MIN_ARMS = 3;
    /** No arm before the text: a root, a remark or a condition's step. */
    private static final int NONE = -1;
    /** The line draws a box or an arrow: no such tree. */
    private static final int FOREIGN = -2;

    private StemArmTrees() {
    }

    /** Whether lines {@code first}..{@code last} of a fence are such a tree; when they are, marks its margins and remarks. */
    static boolean isTree(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int arms = 0;
        int stems = 0;
        int nodes = 0;
        int code = 0;
        int files = 0;
        int above = -1;   // the nearest non-blank line above
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            if (LineScan.indexOf(t, p, e, ")-+-") >= 0 || LineScan.indexOf(t, p, e, ")---") >= 0) {
                return false;   // `systemd(1)-+-sshd(800)---bash(9)`: a process tree (pstree), no calls
            }
            int q = pastStems(t, p, e);
            if (q == e) {
                stems++;
                above = j;
                continue;
            }
            stems += q > p ? 1 : 0;
            int text = armEnd(t, q, e);
            if (text == FOREIGN || t[e - 1] == '|' && e - 1 > q) {
                return false;   // an arrow, a box's edge or wall
            }
            if (text == NONE) {
                if (above < 0) {
                    nodes++;
                    code += codeLike(t, q, e) ? 1 : 0;
                }
                above = j;
                continue;
            }
            if (above < 0 && q > p) {
                return false;   // the first line is stems and an arm: a fragment of a drawing
            }
            boolean bareCondition = t[q] == '[';
            if (!bareCondition && above >= 0 && !anchored(layout, t, above, width(t, s, q))) {
                return false;   // an arm hanging from nothing above it
            }
            arms++;
            nodes++;
            code += conditional(t, q, e) || codeLike(t, text, e) ? 1 : 0;
            files += fileName(t, text, e) ? 1 : 0;
            above = j;
        }
        if (arms < MIN_ARMS || stems == 0 || code < 2 || code * 3 < nodes || files * 4 >= nodes) {
            return false;
        }
        mark(layout, t, first, last);
        return true;
    }

    /** Makes each arm a margin and each line in words under a node that is no condition a remark. */
    private static void mark(NoteLayout layout, int[] t, int first, int last) {
        int[] columns = new int[last - first + 1];   // each node's text column, and whether it is a condition
        boolean[] conditions = new boolean[last - first + 1];
        int nodeCount = 0;
        int textAbove = -1;   // the column of a remark or step line right above, no node between
        boolean rootSeen = false;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            int q = pastStems(t, p, e);
            if (q == e) {
                textAbove = -1;
                continue;
            }
            int text = armEnd(t, q, e);
            int column = width(t, s, text == NONE ? q : text);
            if (text != NONE) {
                rootSeen = true;
                layout.margins().setEnd(j, text - s);
                while (nodeCount > 0 && columns[nodeCount - 1] > width(t, s, q)) {
                    nodeCount--;   // nodes right of this arm are closed
                }
                columns[nodeCount] = column;
                conditions[nodeCount++] = LineScan.indexOf(t, q, text, "[?]") >= 0 || conditional(t, text, e);
                textAbove = -1;
                continue;
            }
            int owner = nodeCount - 1;
            while (owner >= 0 && columns[owner] > column) {
                owner--;
            }
            boolean remark = textAbove >= 0 && column > textAbove   // a remark going on, indented deeper
                    || bracketed(t, q, e)
                    || owner >= 0 && !conditions[owner] && words(t, q, e);
            if (remark) {
                layout.margins().setRemark(j);
            } else if (!rootSeen) {
                columns[0] = column;   // the root
                conditions[0] = false;
                nodeCount = 1;
            }
            rootSeen = true;
            textAbove = column;
        }
    }

    /**
     * Where the arm that leads a line of such a tree starts ({@code arm}) and where the node's text starts
     * ({@code text}), in chars; whether it is a condition ({@code [?]}, a comparison, a condition's word) and a
     * bare {@code [?]} that goes on a chain: for core, which stands each node at its arm.
     */
    public record ArmLead(int arm, int text, boolean condition, boolean bare) { }

    /** The arm that leads {@code line} of such a tree, or null when none does (a root, a remark, a step under a condition). */
    public static ArmLead lead(String line) {
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        int p = LineScan.stripStart(t, 0, e);
        int q = p == e ? e : pastStems(t, p, e);
        int text = q == e ? NONE : armEnd(t, q, e);
        if (text < 0) {
            return null;
        }
        boolean marked = false;   // a `[?]` between the arm and the text
        for (int k = q; k + 2 < text && !marked; k++) {
            marked = condition(t, k, e);
        }
        int arm = q;
        if (t[q] != '+' && t[q] != '|' && t[q] != '`' && t[q] != '\\' && t[q] != '[') {
            int r = q;
            while (r < text && t[r] != '-') {
                r++;
            }
            while (r < text && t[r] == '-') {
                r++;
            }
            arm = r < text && (t[r] == '+' || t[r] == '`') ? r : q;   // `Y--+--x`: the node stands in the list its outcome opens
        }
        return new ArmLead(line.offsetByCodePoints(0, arm), line.offsetByCodePoints(0, text),
                marked || conditional(t, text, e), condition(t, q, e));
    }

    /** Whether a node of the line above ({@code above}) stands at {@code column}: a stem, an arm or its text. */
    private static boolean anchored(NoteLayout layout, int[] t, int above, int column) {
        int s = layout.start(above);
        int e = layout.contentEnd(above);
        int w = 0;
        boolean lead = true;   // still in blanks, stems and arms, where every mark is an anchor
        for (int k = s; k < e && w <= column; k++) {
            int c = t[k];
            if (w == column) {
                return c != ' ' && c != '\t' && (lead || c == '|' || c == '+');
            }
            if (lead && c != ' ' && c != '\t' && c != '|' && c != '+' && c != '-' && c != '`' && c != '\\'
                    && c != '[' && c != '?' && c != ']' && !outcomeLetter(c)) {
                lead = false;
            }
            w = c == '\t' ? w + 4 - w % 4 : w + 1;
        }
        return false;
    }

    private static boolean outcomeLetter(int c) {
        return c == 'Y' || c == 'N' || c == 'T' || c == 'F' || c == 'y' || c == 'n' || c == '是' || c == '否';
    }

    /** Past the {@code |} stems (each followed by a blank or the line's end) and blanks at {@code p}. */
    static int pastStems(int[] t, int p, int e) {
        int q = p;
        while (q < e && (t[q] == '|' || t[q] == '\u2502') && (q + 1 == e || t[q + 1] == ' ' || t[q + 1] == '\t')) {
            q = LineScan.skipBlanks(t, q + 1, e);
        }
        return q;
    }

    /**
     * Where the text after the arm at {@code q} starts: past {@code +--}, {@code |--}, {@code `--},
     * {@code \--} (one dash or more), a {@code [?]} after it or alone, an outcome led arm ({@code Y--},
     * {@code N--+--}); {@link #NONE} when no arm leads, {@link #FOREIGN} for an arrow or a box's edge.
     */
    static int armEnd(int[] t, int q, int e) {
        if (condition(t, q, e)) {
            return LineScan.skipBlanks(t, q + 3, e);
        }
        int c = t[q];
        int r = q;
        if (c == '+' || c == '|' || c == '`' || c == '\\') {
            r = q + 1;
        } else {
            while (r < e && r - q < 5 && (Character.isLetter(t[r]))) {
                r++;
            }
            if (r == q || r == e || t[r] != '-' || !outcome(t, q, r)) {
                return NONE;
            }
        }
        int dashes = r;
        while (dashes < e && t[dashes] == '-') {
            dashes++;
        }
        if (dashes == r || c != '+' && c != '|' && c != '`' && c != '\\' && dashes - r < 2) {
            return NONE;   // `Y-x`, `N-1`: no outcome's arm
        }
        if (dashes == e || t[dashes] == '>' || t[dashes] == '|' || t[dashes] == '<') {
            return FOREIGN;   // `+-->`, `+----`, `---|`: an arrow or a box's edge
        }
        if (t[dashes] == '+' || t[dashes] == '`') {
            boolean outcomeLed = c != '+' && c != '|' && c != '`' && c != '\\';
            return outcomeLed ? armEnd(t, dashes, e) : FOREIGN;   // `Y--+--x`: the outcome opens a list; `+--+` is a box
        }
        if (condition(t, dashes, e)) {
            return LineScan.skipBlanks(t, dashes + 3, e);
        }
        int text = LineScan.skipBlanks(t, dashes, e);
        return text == e ? FOREIGN : text;
    }

    /** Whether the letters [q, r) are an outcome a branch is labelled with: Y, N, T, F, yes, no, true, false, 是, 否. */
    private static boolean outcome(int[] t, int q, int r) {
        int n = r - q;
        if (n == 1) {
            return outcomeLetter(t[q]);
        }
        return wordIs(t, q, r, "yes") || wordIs(t, q, r, "no") || wordIs(t, q, r, "true") || wordIs(t, q, r, "false");
    }

    /** Whether the letters [q, r) are the lower-case ASCII {@code word} in any case, compared in place. */
    private static boolean wordIs(int[] t, int q, int r, String word) {
        if (r - q != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            int c = t[q + k];
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a {@code [?]} and a blank (or the line's end) stand at {@code q}: a condition's mark. */
    static boolean condition(int[] t, int q, int e) {
        return q + 2 < e && t[q] == '[' && t[q + 1] == '?' && t[q + 2] == ']' && (q + 3 == e || t[q + 3] == ' ' || t[q + 3] == '\t');
    }

    /**
     * Whether the node text at [p, e) is a condition, whose line below at its text column is what it does: a
     * {@code [?]}, a comparison ({@code x!=NULL}, {@code size > max}), or a condition's word first
     * ({@code if …}, {@code when …}, {@code 如果…}, {@code 若…}).
     */
    static boolean conditional(int[] t, int p, int e) {
        if (p >= e) {
            return false;   // an arm with no text (`+-[?]` at the line's end)
        }
        if (condition(t, p, e) || LineScan.startsWith(t, p, e, "if ") || LineScan.startsWith(t, p, e, "If ")
                || LineScan.startsWith(t, p, e, "when ") || LineScan.startsWith(t, p, e, "When ")
                || LineScan.startsWith(t, p, e, "如果") || LineScan.startsWith(t, p, e, "假如") || t[p] == '若') {
            return true;
        }
        for (int k = p + 1; k + 1 < e; k++) {
            int c = t[k];
            if ((c == '=' || c == '!' || c == '<' || c == '>') && t[k + 1] == '=' && t[k - 1] != '='
                    || (c == '<' || c == '>') && t[k - 1] == ' ' && t[k + 1] == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether [p, e) reads as code: a name with {@code _}, a call's {@code (}, a member arrow, a comparison. */
    private static boolean codeLike(int[] t, int p, int e) {
        for (int k = p; k + 1 < e; k++) {
            int c = t[k];
            if (c == '_' && k > p || c == '(' && k > p && LineScan.isIdentPart(t[k - 1])
                    || c == '-' && t[k + 1] == '>' || (c == '=' || c == '!' || c == '<' || c == '>') && t[k + 1] == '=') {
                return true;
            }
        }
        return false;
    }

    /** Whether [p, e) is a file or folder name alone ({@code main.c}, {@code src/}): a directory listing's node. */
    private static boolean fileName(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            if (t[k] == ' ' || t[k] == '(') {
                return false;
            }
        }
        return t[e - 1] == '/' || e - p > 2 && LineScan.indexOf(t, p, e, ".") > p;
    }

    /** Whether [p, e) is wholly in parentheses or brackets ({@code (because …)}, {@code [note]}): a remark. */
    private static boolean bracketed(int[] t, int p, int e) {
        int c = t[p];
        int last = t[e - 1];
        return e - p > 2 && (c == '(' && last == ')' || c == '[' && last == ']' || c == '\uFF08' && last == '\uFF09');
    }

    /** Whether [p, e) is words: a letter of a script other than Latin, or no call, name or statement. */
    private static boolean words(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            if (t[k] >= 0x1100 && Character.isLetter(t[k])) {
                return true;
            }
        }
        return CallTreeLine.classify(t, p, e) == CallTreeLine.Kind.OTHER;
    }

    /** The width of [s, p), tabs to multiples of 4. */
    private static int width(int[] t, int s, int p) {
        int w = 0;
        for (int k = s; k < p; k++) {
            w = t[k] == '\t' ? w + 4 - w % 4 : w + 1;
        }
        return w;
    }
}
