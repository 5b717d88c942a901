package org.tracenotes.grammar;

/**
 * A call tree drawn by hand in a fence with dash arms and no arrow heads: each callee is an arm, a
 * {@code |} and two or more dashes ({@code |----f()}, {@code |--f()}) or three or more dashes with no
 * {@code |} ({@code -----f()}, {@code ---f()}), hung from the {@code |} stem dropped from its caller's name;
 * {@code |} lines join the nodes, names at the left are joined by {@code |} lines, and remarks follow a
 * {@code #} or {@code //}. The fence may hold copied C beside the tree (a function, a struct).
 * <pre>
 * widget_open()的调用路径
 *    widget_open()
 *         |
 *         |----widget_lookup() #find it
 *         |       |
 *         |       -----widget_hash() //hash the name
 *         |       ---widget_cache()
 *         |
 *         |------widget_attach()
 *                  |--attach_ops(w);
 * </pre>
 * The fence is such a tree when it holds {@link #MIN_ARMS} arm lines or more whose text is code (a call
 * {@code f(}, a name with {@code _}, an assignment), at two columns or more, and its arm lines and lines of
 * stems alone are a third of its lines at least. C never leads a line with {@code |--} or {@code ---} before
 * a name ({@code x--;}, {@code a || b}, {@code /* ---- *}{@code /} lead with code or a comment); a table's
 * {@code |---|}, a box's {@code +----+} or {@code |----|} and a diff's {@code --- a/x.c} have no name of code
 * after their dashes. Only fences no other reader takes come here ({@link NoteLayout}). Arms drawn with
 * no {@code |} at all in the block ({@code --- test_parse_args} lines a test runner prints) ask for calls on
 * more than half of them. {@link #isArm}, {@link #labelBar} and {@link #armStart(String, int)} are the same
 * readers for the core's {@code ArmFenceDepths}.
 */
public final class ArmFenceTrees {

    /** How many arm lines a tree has at least. */
    static final int MIN_ARMS = 4;

    private ArmFenceTrees() {
    }

    /** Whether lines {@code first}..{@code last} of a fence are such a tree; when they are, marks block {@code blockId} and its arms. */
    static boolean isTree(NoteLayout layout, int first, int last, int blockId) {
        int[] t = layout.codePoints();
        int arms = 0;
        int stems = 0;
        int lines = 0;
        int firstColumn = -1;
        int drawn = 0;
        int calls = 0;
        boolean twoColumns = false;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            lines++;
            if (LineScan.stemOnly(t, p, e)) {
                stems++;
                continue;
            }
            int arm = armStart(t, p, e);
            int text = arm < 0 ? -1 : textAfterArm(t, arm, e);
            if (text >= 0) {
                arms++;
                drawn += t[arm] == '|' ? 1 : 0;
                int after = LineScan.skipBlanks(t, LineScan.skipIdent(t, text, e), e);
                calls += after < e && t[after] == '(' ? 1 : 0;
                int column = arm - s;
                twoColumns |= firstColumn >= 0 && column != firstColumn;
                firstColumn = firstColumn < 0 ? column : firstColumn;
            }
        }
        if (arms < MIN_ARMS || !twoColumns || (arms + stems) * 3 < lines) {
            return false;
        }
        if (stems + drawn == 0 && calls * 2 <= arms) {
            return false;   // `--- test_parse_args` lines of a test runner's output: no `|`, few calls
        }
        mark(layout, t, first, last);
        layout.mark(BlockShape.ARM_FENCE, blockId);
        return true;
    }

    /**
     * Makes each arm drawn without a {@code |} ({@code ---f()}) a margin the lexer skips, as a {@code |--} arm is,
     * and so a label in words left of the rail with the arm after it ({@code 页表 |    |--f()}).
     */
    private static void mark(NoteLayout layout, int[] t, int first, int last) {
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            int bar = labelEnd(t, p, e);
            int arm = armStart(t, bar >= 0 ? bar : p, e);
            int text = arm < 0 ? -1 : textAfterArm(t, arm, e);
            if (text >= 0 && (t[arm] != '|' || bar >= 0)) {
                layout.margins().setEnd(j, text - s);
            }
        }
    }

    /**
     * Where the rail after a label in words that leads the line [p, e) stands ({@code 栈空间   |    |--f()},
     * {@code TLB处理|--f()}): the first {@code |}, after words with a letter of a script other than Latin and
     * no mark of code; else -1.
     */
    static int labelEnd(int[] t, int p, int e) {
        boolean words = false;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == '|') {
                return words ? k : -1;
            }
            if (c == '(' || c == ';' || c == '=' || c == '-' || c == '/' || c == '#' || c == '*') {
                return -1;
            }
            words |= wordLetter(c);
        }
        return -1;
    }

    /**
     * Where the arm that leads the line [p, e) starts, past the {@code |} stems before it, else -1: a
     * {@code |} and two or more dashes, or three or more dashes (a full-width or em dash counts as one).
     */
    static int armStart(int[] t, int p, int e) {
        int q = p;
        while (q + 1 < e && t[q] == '|' && (t[q + 1] == ' ' || t[q + 1] == '\t')) {
            q = LineScan.skipBlanks(t, q + 1, e);   // `|       -----f()`: the stem of a caller further left
        }
        int d = t[q] == '|' ? q + 1 : q;
        int r = d;
        while (r < e && dash(t[r])) {
            r++;
        }
        return r - d >= (d > q ? 2 : 3) ? q : -1;
    }

    /**
     * Where the code after the arm at {@code arm} starts: past the arm's dashes and blanks, a name of code
     * (a call {@code f(}, an assignment {@code x = }, {@code p->f = }, or a name with {@code _}) that the line
     * does not close with a box's wall; else -1.
     */
    static int textAfterArm(int[] t, int arm, int e) {
        int q = t[arm] == '|' ? arm + 1 : arm;
        while (q < e && dash(t[q])) {
            q++;
        }
        q = LineScan.skipBlanks(t, q, e);
        if (q >= e || !LineScan.isIdentStart(t[q]) || t[e - 1] == '|' || t[e - 1] == '+') {
            return -1;
        }
        int k = LineScan.skipIdent(t, q, e);
        boolean underscore = false;
        for (int m = q; m < k; m++) {
            underscore |= t[m] == '_';
        }
        while (k + 2 < e && t[k] == '-' && t[k + 1] == '>' && LineScan.isIdentStart(t[k + 2])) {
            k = LineScan.skipIdent(t, k + 2, e);   // `p->ops`
        }
        int n = LineScan.skipBlanks(t, k, e);
        if (n < e && t[n] == '(') {
            return q;
        }
        if (n + 1 < e && t[n] == '=' && t[n + 1] != '=') {
            return q;
        }
        boolean ends = n == e || t[n] == '#' || t[n] == '/' && n + 1 < e && t[n + 1] == '/' || LineScan.isCjk(t[n]);
        return underscore && ends ? q : -1;
    }

    /**
     * Whether the line, stripped, is an arm ({@code |----f()}, {@code |   ---g()}, {@code ---h()}): past its
     * {@code |} stems, a {@code |} and two dashes or more, or three dashes or more, then a name of code.
     */
    public static boolean isArm(String line) {
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        int p = LineScan.stripStart(t, 0, e);
        int arm = p < e ? armStart(t, p, e) : -1;
        return arm >= 0 && textAfterArm(t, arm, e) >= 0;
    }

    /**
     * The index in {@code line} of the {@code |} that ends a label in words leading it when an arm follows
     * ({@code 栈空间   |    |--f()}, {@code TLB处理|--f()}), else -1.
     */
    public static int labelBar(String line) {
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        int p = LineScan.stripStart(t, 0, e);
        int bar = labelEnd(t, p, e);
        int arm = bar < 0 ? -1 : armStart(t, bar, e);
        return arm >= 0 && textAfterArm(t, arm, e) >= 0 ? line.offsetByCodePoints(0, bar) : -1;
    }

    /**
     * The index in {@code line} where the arm read from {@code from} starts (its {@code |}, or its first dash
     * when it has none), past the {@code |} stems before it; else -1.
     */
    public static int armStart(String line, int from) {
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        int p = line.codePointCount(0, from);
        int arm = p < e ? armStart(t, p, e) : -1;
        return arm < 0 ? -1 : line.offsetByCodePoints(0, arm);
    }

    /** A letter of a script other than Latin, as labels, captions and rail remarks are written in ({@code 页表}). */
    public static boolean wordLetter(int c) {
        return c >= 0x1100 && Character.isLetter(c);
    }

    /** A dash an arm is drawn with: {@code -}, an em dash or a full-width hyphen. */
    public static boolean dash(int c) {
        return c == '-' || c == '\u2014' || c == '\uFF0D';
    }
}
