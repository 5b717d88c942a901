package org.tracenotes.grammar;

/**
 * A fenced tree drawn with box edges under a bare code name, whose arms are mostly steps in words, a few
 * of them calls or code names: the author's outline of what a function does, read as a trace.
 * <pre>
 * run_tool
 *  ├─&gt; read the options &amp; make a Planner
 *  ├─&gt; if -n stop here
 *  ├─&gt; MakePlan
 *  │    ├─&gt; split the input (raw → words)
 *  │    └─&gt; fill the queue
 *  └─&gt; RunQueue
 *       └─&gt; wait for every job
 * </pre>
 * The arms may be drawn {@code ├─>} / {@code └─>} (an arrow marker {@link RepeatedMarkers} then learns
 * on this evidence, though most of its lines are sentences) or {@code ├─} / {@code └─} (edges,
 * {@link BoxDrawnTree#isCallTree} then takes the tree for a call tree though no node has parentheses).
 * The evidence: the first line is a bare name ({@code run_tool}, maybe with its parentheses), every other
 * line is a {@code │} rail or an arm drawn right of it, two or more arms; no arm is a file or folder
 * ({@code ├── src/}, {@code └── main.c}: a listing); and the block names code: an arm that is a call
 * ({@code f(x)} anywhere in it) or opens with a code name ({@code MakePlan}, {@code fill_queue}), and a
 * second such name, in another arm or as the root; and the tree reads as a trace, not a listing: one arm
 * at least is written in words ({@code fill the queue}, CJK text) or holds a call, and not every arm is a
 * CamelCase subtype of the name it hangs from ({@link TypeHierarchyTrees#subtype}: {@code SlotBase} over
 * {@code ├─ HeapSlotBase}). A tree of plain words ({@code animals} over {@code ├─ cats}) names no code, and
 * one of bare names ({@code project_root} over {@code ├─ data_raw}, {@code BaseError} over
 * {@code ├─ ConfigError}: folders, a type hierarchy) has no step in words: both stay text. Each test is a
 * scan of the lines' code points.
 *
 * <p>A fence drawn otherwise, with lone corners ({@code └ step}), several trees under bare calls, a
 * one-line chain of calls above them or a call's arguments wrapped onto deeper lines, is such a tree on
 * the stricter evidence {@link CornerTrees} asks.
 */
final class WordedBoxTrees {

    private static final int VERTICAL = '\u2502';     // │
    private static final int HORIZONTAL = '\u2500';   // ─
    private static final int MAX_EDGE = 8;
    /** The deepest arms whose names the subtype test follows: deeper ones are read as their parent's level. */
    private static final int MAX_LEVELS = 64;

    private WordedBoxTrees() {
    }

    /** Whether the lines {@code first}..{@code last} (a fence's content) draw such a tree, or several ({@link CornerTrees}). */
    static boolean isTree(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int root = -1;
        int rootColumn = -1;
        int arms = 0;
        int codeArms = 0;
        boolean codeRoot = false;
        boolean rootParens = false;
        boolean calls = false;
        boolean worded = false;     // an arm in words: the evidence of a trace beside its calls
        boolean subtypes = true;    // every arm so far a CamelCase subtype of the name it hangs from
        int[][] open = new int[MAX_LEVELS][];   // per open level from the root: {column, name from, name to}
        int levels = 0;
        CornerTrees more = null;   // the evidence a fence of several trees, lone corners or a chain line needs
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.skipBlanks(t, s, e);
            if (more != null && more.open > 0) {
                if (!more.continues(t, s, p, e)) {
                    return false;   // a call's arguments wrapped onto deeper lines, closed at last
                }
                continue;
            }
            if (root < 0 || p - s == rootColumn && !BoxDrawnTree.isBoxDrawing(t[p])) {
                if (p >= e || !LineScan.isIdentStart(t[p])) {
                    return false;   // the cheap reject: most fences open with no name
                }
                int n = nameEnd(t, p, e);
                int q = n < e && t[n] == '(' ? LineScan.closeParen(t, n, e) + 1 : n;
                boolean bare = q > 0 && LineScan.skipBlanks(t, q, e) == e;
                boolean chain = !bare && q > n && CornerTrees.chainLine(t, q, e);   // `a() -> b(x);` alone on its line
                more = root < 0 ? chain ? new CornerTrees() : null : more != null ? more : new CornerTrees(rootParens, calls);
                if (!bare && !chain || more != null && !more.root(chain, q > n, arms)) {
                    return false;   // a sentence, a declaration, a name with a note: no bare root
                }
                root = j;
                rootColumn = p - s;
                open[0] = new int[] {rootColumn, p, n};
                levels = 1;
                codeRoot = codeRoot || !chain && (codeShaped(t, p, n) || q > n);
                rootParens = q > n;
                continue;
            }
            while (p < e && (t[p] == ' ' || t[p] == '\t' || t[p] == VERTICAL && (p + 1 == e || t[p + 1] == ' ' || t[p + 1] == '\t'))) {
                p++;
            }
            if (p >= e) {
                continue;   // a rail alone: `│`
            }
            int x = armText(t, p, e);
            if (x < 0 && p + 1 < e && (t[p + 1] == ' ' || t[p + 1] == '\t') && BoxDrawnTree.isEdgeLead(t[p])) {
                more = more != null ? more : new CornerTrees(rootParens, calls);
                x = CornerTrees.loneArm(t, p, e);   // `└ step`: a corner alone, no ─
            }
            if (x < 0 || p - s <= rootColumn || more != null && !more.under()) {
                return false;   // a line that is no arm, an arm left of the root or under a chain line
            }
            arms++;
            if (fileShaped(t, x, e)) {
                return false;   // `├── src/`, `└── main.c`: a listing of files
            }
            boolean call = callIn(t, x, e);
            worded |= inWords(t, x, e);
            int column = p - s;
            while (levels > 1 && open[levels - 1][0] >= column) {
                levels--;
            }
            int n = nameEnd(t, x, e);
            subtypes = subtypes && TypeHierarchyTrees.subtype(t, x, n, open[levels - 1][1], open[levels - 1][2]);
            if (levels < MAX_LEVELS) {
                open[levels++] = new int[] {column, x, n};
            }
            codeArms += call || LineScan.isIdentStart(t[x]) && codeShaped(t, x, nameEnd(t, x, e)) ? 1 : 0;
            calls |= call;
            if (more != null) {
                more.arm(t, x, e, call);
            }
        }
        return arms >= 2 && codeArms >= 1 && codeArms + (codeRoot ? 1 : 0) >= 2 && (worded || calls) && !subtypes
                && (more == null || more.holds(arms));
    }

    /**
     * Whether a marker's key ({@link MarkerCandidates}) is an arm drawn with an arrow head off a box edge
     * ({@code ├─>}, the corner's {@code └─>} keyed as the tee's): the marker {@link RepeatedMarkers} learns in
     * such a tree though most of its lines are sentences.
     */
    static boolean armMarker(String key) {
        return key.length() >= 3 && BoxDrawnTree.isEdgeLead(key.charAt(0)) && key.charAt(1) == HORIZONTAL
                && key.charAt(key.length() - 1) == '>';
    }

    /** Where an arm's text starts when {@code t[p]} leads an arm ({@code ├─}, {@code └──>}, {@code ├─ }), else -1. */
    private static int armText(int[] t, int p, int e) {
        if (!BoxDrawnTree.isEdgeLead(t[p])) {
            return -1;
        }
        int q = p + 1;
        while (q < e && q <= p + MAX_EDGE && t[q] == HORIZONTAL) {
            q++;
        }
        if (q == p + 1) {
            return -1;
        }
        if (q < e && t[q] == '>') {
            q++;
        }
        int x = LineScan.skipBlanks(t, q, e);
        return x < e && (LineScan.isIdentStart(t[x]) || t[x] > 0x7F && Character.isLetter(t[x])) ? x : -1;
    }

    /** The end of a name from {@code p}: identifier characters, {@code .}, {@code ->}, {@code ::}. */
    static int nameEnd(int[] t, int p, int e) {
        int q = p;
        while (q < e) {
            if (LineScan.isIdentPart(t[q]) || t[q] == '.' && q + 1 < e && LineScan.isIdentStart(t[q + 1])) {
                q++;
            } else if (q + 2 < e && (t[q] == '-' && t[q + 1] == '>' || t[q] == ':' && t[q + 1] == ':') && LineScan.isIdentStart(t[q + 2])) {
                q += 2;
            } else {
                break;
            }
        }
        return q;
    }

    /** Whether the name {@code t[p..n)} is shaped as code: an underscore, a digit, a capital after a small letter, {@code ->}, {@code ::}. */
    private static boolean codeShaped(int[] t, int p, int n) {
        for (int k = p; k < n; k++) {
            int c = t[k];
            if (c == '_' || k > p && LineScan.isDigit(c) || c == '>' || c == ':'
                    || k > p && c >= 'A' && c <= 'Z' && t[k - 1] >= 'a' && t[k - 1] <= 'z') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an arm is written in words: two words with blanks between them ({@code fill the queue},
     * {@code save_as dialog}), or CJK text. A bare name ({@code data_raw}, {@code ConfigError}) is none.
     */
    private static boolean inWords(int[] t, int x, int e) {
        for (int k = x; k < e; k++) {
            if (LineScan.isCjk(t[k]) || LineScan.isHangul(t[k])) {
                return true;
            }
            if ((t[k] == ' ' || t[k] == '\t') && k > x && Character.isLetterOrDigit(t[k - 1])) {
                int w = LineScan.skipBlanks(t, k, e);
                if (w < e && Character.isLetter(t[w])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name stands right before a {@code (} somewhere in the arm: a call ({@code status = f(x)}). */
    private static boolean callIn(int[] t, int x, int e) {
        for (int k = x + 1; k < e; k++) {
            if (t[k] == '(' && LineScan.isIdentPart(t[k - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the arm's first word is a file or folder: it ends in {@code /}, or is {@code name.ext} not assigned to. */
    private static boolean fileShaped(int[] t, int x, int e) {
        int k = x;
        int dot = -1;
        while (k < e && t[k] != ' ' && t[k] != '\t') {
            if (t[k] == '(') {
                return false;
            }
            dot = t[k] == '.' ? k : dot;
            k++;
        }
        if (t[k - 1] == '/') {
            return true;
        }
        int after = LineScan.skipBlanks(t, k, e);
        if (after < e && t[after] == '=') {
            return false;   // `g_mgr.ready = true`: a member assigned
        }
        if (dot < 0 || dot == k - 1 || k - dot - 1 > 5) {
            return false;
        }
        for (int q = dot + 1; q < k; q++) {
            if (!Character.isLetterOrDigit(t[q])) {
                return false;
            }
        }
        return true;
    }
}
