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
    private static final int NONE = ArmLexer.NONE;
    /** The line draws a box or an arrow: no such tree. */
    private static final int FOREIGN = ArmLexer.FOREIGN;

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
            int q = ArmLexer.pastStems(t, p, e);
            if (q == e) {
                stems++;
                above = j;
                continue;
            }
            stems += q > p ? 1 : 0;
            int text = ArmLexer.armEnd(t, q, e);
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
            code += ArmLexer.conditional(t, q, e) || codeLike(t, text, e) ? 1 : 0;
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
        ArmNodes nodes = new ArmNodes(last - first + 1);
        int textAbove = -1;   // the column of a remark or step line right above, no node between
        boolean rootSeen = false;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            int q = ArmLexer.pastStems(t, p, e);
            if (q == e) {
                textAbove = -1;
                continue;
            }
            int text = ArmLexer.armEnd(t, q, e);
            int column = width(t, s, text == NONE ? q : text);
            if (text != NONE) {
                rootSeen = true;
                layout.margins().setEnd(j, text - s);
                nodes.open(width(t, s, q), column, LineScan.indexOf(t, q, text, "[?]") >= 0 || ArmLexer.conditional(t, text, e));
                textAbove = -1;
                continue;
            }
            int owner = nodes.owner(column);
            boolean remark = textAbove >= 0 && column > textAbove   // a remark going on, indented deeper
                    || bracketed(t, q, e)
                    || owner >= 0 && !nodes.condition(owner) && words(t, q, e);
            if (remark) {
                layout.margins().setRemark(j);
            } else if (!rootSeen) {
                nodes.root(column);
            }
            rootSeen = true;
            textAbove = column;
        }
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
                    && c != '[' && c != '?' && c != ']' && !ArmLexer.outcomeLetter(c)) {
                lead = false;
            }
            w = c == '\t' ? w + 4 - w % 4 : w + 1;
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
