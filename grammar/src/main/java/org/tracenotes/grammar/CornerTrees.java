package org.tracenotes.grammar;

/**
 * The evidence {@link WordedBoxTrees} asks of a fence that draws its trees of steps in words another way
 * than one {@code ├─}-edged tree: arms drawn with a corner alone ({@code └ step}, no {@code ─}), several
 * trees one under another, each under a bare call at the root column, a one-line chain of calls above
 * them, and a call whose arguments wrap onto deeper lines (tab-indented, say) until its parenthesis closes.
 * <pre>
 * start_app() -&gt; post_msg(g_loop, boot_cb, NULL);
 *
 * boot_cb()
 *   └ 在 g_ready == true 时: load_all(done_cb, NULL)
 *       └ 记下 g_done_fn 和 g_done_arg
 *       └ load_next(0)
 *           └ 按依赖顺序选出下一个模块，调用其 init 回调
 *
 * mgr_init()
 *   └ register_dev(&amp;g_mgr, ch_create,
 * 			ch_destroy,
 * 			"mgr"); // 名字
 *   └ g_mgr.ready = true;
 * </pre>
 * Such a fence is a call tree only when it is plainly one: every bare root is written as a call with its
 * parentheses ({@code boot_cb()}, not {@code animals}), every bare root has arms, a chain line stands only
 * above the first bare root, and one arm at least holds a call ({@code f(x)}). A taxonomy or a listing
 * drawn with lone corners ({@code fruit} over {@code └ apple}) names no call and stays text.
 */
final class CornerTrees {

    /** The most lines a call's wrapped arguments take: more is a block of code, no arm. */
    private static final int MAX_WRAPPED = 8;

    /** The depth of parentheses of the arm whose arguments wrap onto the lines below, 0 when none does. */
    int open;
    private int wrapped;
    private boolean chainsOnly;   // the roots so far are chain lines
    private boolean bareRoot;     // the current root is a bare call or name, which needs arms
    private int treeStart;        // the arms counted when the current root was read
    private boolean unnamed;      // a bare root written without parentheses
    private boolean called;       // an arm holds a call

    /** For a fence whose first root is a chain line. */
    CornerTrees() {
        chainsOnly = true;
    }

    /**
     * For a fence read so far as one tree under a bare root written with its parentheses or not
     * ({@code parens}), whose arms so far hold a call or not ({@code called}).
     */
    CornerTrees(boolean parens, boolean called) {
        bareRoot = true;
        unnamed = !parens;
        this.called = called;
    }

    /**
     * Reads a root line: a chain line ({@code chain}) or a bare name, with its parentheses or not
     * ({@code parens}), {@code arms} arms counted so far. False when the fence is no such forest: a chain
     * line below a tree, or a bare root left without arms.
     */
    boolean root(boolean chain, boolean parens, int arms) {
        if (chain) {
            return chainsOnly;
        }
        if (bareRoot && arms == treeStart) {
            return false;
        }
        bareRoot = true;
        chainsOnly = false;
        treeStart = arms;
        unnamed |= !parens;
        return true;
    }

    /** Whether an arm may be read here: under a bare root, not under chain lines alone. */
    boolean under() {
        return !chainsOnly;
    }

    /** Where the text of an arm drawn with a lone corner or tee ({@code └ step}) starts, {@code t[p]} the corner; else -1. */
    static int loneArm(int[] t, int p, int e) {
        int x = LineScan.skipBlanks(t, p + 1, e);
        return x < e && (LineScan.isIdentStart(t[x]) || t[x] > 0x7F && Character.isLetter(t[x])) ? x : -1;
    }

    /** Reads an arm whose text is {@code t[x..e)}, {@code call} whether it holds a call: a call left open wraps. */
    void arm(int[] t, int x, int e, boolean call) {
        called |= call;
        int n = WordedBoxTrees.nameEnd(t, x, e);
        if (n > x && n < e && t[n] == '(') {
            open = Math.max(0, depth(t, n, e));   // `register_dev(&g, a,` over its wrapped arguments
            wrapped = 0;
        }
    }

    /** Reads a line while an arm's call is open: an indented line that is no arm, which may close it. */
    boolean continues(int[] t, int s, int p, int e) {
        if (p == s || BoxDrawnTree.isBoxDrawing(t[p]) || ++wrapped > MAX_WRAPPED) {
            return false;
        }
        open += depth(t, p, e);
        return open >= 0;
    }

    /** Whether the forest read holds as a call tree, {@code arms} arms in all. */
    boolean holds(int arms) {
        return open == 0 && !chainsOnly && (!bareRoot || arms > treeStart) && !unnamed && called;
    }

    /**
     * Whether {@code t[q..e)}, past a call's closing parenthesis, chains on to further calls and nothing
     * else: {@code -> g(x) -> h()} with an optional closing {@code ;}.
     */
    static boolean chainLine(int[] t, int q, int e) {
        int hops = 0;
        int k = LineScan.skipBlanks(t, q, e);
        while (k + 1 < e && t[k] == '-' && t[k + 1] == '>') {
            int p = LineScan.skipBlanks(t, k + 2, e);
            if (p >= e || !LineScan.isIdentStart(t[p])) {
                return false;
            }
            int n = WordedBoxTrees.nameEnd(t, p, e);
            int c = n < e && t[n] == '(' ? LineScan.closeParen(t, n, e) : -1;
            if (c < 0) {
                return false;
            }
            hops++;
            k = LineScan.skipBlanks(t, c + 1, e);
        }
        if (k < e && t[k] == ';') {
            k = LineScan.skipBlanks(t, k + 1, e);
        }
        return hops > 0 && k == e;
    }

    /**
     * Whether {@code text}, a line whose margin of {@code s} characters is all tabs, wraps the arguments of a
     * call on a box-drawn arm ({@code first}, the arm's line, indented {@code indent} blanks): the tabs,
     * counted four columns at least, stand deeper than the arm ({@code "\t\t\t\tch_destroy,"} under
     * {@code "      └ register_dev(&g, ch_create,"}).
     */
    static boolean tabbedDeeper(String first, String text, int s, int indent) {
        if (s == 0 || s * 4 <= indent || !BoxDrawnTree.edgeLed(first) || first.indexOf('\t') >= 0) {
            return false;
        }
        for (int k = 0; k < s; k++) {
            if (text.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The change of depth of parentheses over {@code t[p..e)}, past quoted strings and up to a {@code //} remark. */
    private static int depth(int[] t, int p, int e) {
        int d = 0;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == '"') {
                k++;
                while (k < e && t[k] != '"') {
                    k += t[k] == '\\' ? 2 : 1;
                }
            } else if (c == '/' && k + 1 < e && t[k + 1] == '/') {
                break;
            } else if (c == '(') {
                d++;
            } else if (c == ')') {
                d--;
            }
        }
        return d;
    }
}
