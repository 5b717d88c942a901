package org.tracenotes.grammar;

/**
 * Markdown {@code - } bullets listing, in a fence, what one {@code ->} step does, indented under it:
 * <pre>
 * -&gt; pump_stop_all (drivers/pump/core.c)
 *    - pump_send_all(STOP_VECTOR) (vec 0xf3)
 *    - pump_send_all(NMI_VECTOR)
 *    - then every pump drains
 * -&gt; pump_park (drivers/pump/park.c)
 * </pre>
 * Each bullet is a step of the arrow step above it (core's {@code ArrowStepBulletDepths} reads it one
 * column right of its bullet, under that step): its bullet becomes a margin the lexer skips, so that
 * {@code pump_send_all(STOP_VECTOR) (vec 0xf3)} is read as the call it is, its parenthesised remark a
 * remark, and not as {@code -pump_send_all(…)}, a unary minus, or as words.
 *
 * <p>Which bullets: a {@code - } item (a dash and a blank, not {@code ->}) whose bullet stands right of
 * the arrow of a {@code ->} line above it (blank lines and the step's other bullets between), at most
 * {@value #MAX_PAST_TEXT} columns past that step's text; or, in the same way, right of such a bullet
 * (a bullet under a bullet is its callee). The {@code ->} step is a call or a name of code
 * ({@link NameShapes#codeOrMember}: an {@code _}, a member or a call; {@code -> idle} and {@code -> Usage} are
 * words), perhaps with a remark ({@code -> f (file.c)}), never an assignment or an expression cut short (whose
 * {@code - x} below would be its continuation). The item is a complete call (nothing after its {@code )} but a
 * remark in parentheses or a comment: {@code - fix(parser): handle tabs} is words), a name of code, an
 * assignment ({@code - start_ip = hdr->entry}), or words ({@code - then every pump drains}) beside an
 * item of code under the same step (alone there, words keep their reading); anything else ({@code - 1},
 * {@code - (x)}) keeps its reading, as do all of a block's bullets unless one at least is a call in
 * parentheses or an assignment. A fence whose {@code - } lines are its language's own
 * ({@link FenceLanguages#ownDashLines}: a diff, YAML, Python …) is never read so.
 */
final class ArrowStepBullets {

    /** How far right of its step's text a bullet may stand: further right, it is something else's. */
    static final int MAX_PAST_TEXT = 4;

    private ArrowStepBullets() {
    }

    /**
     * Makes the bullets of such items among lines {@code open + 1}..{@code last} (a fenced trace block
     * opened on line {@code open}) margins, and marks trace block {@code blockId}
     * {@link BlockShape#ARROW_STEP_BULLETS}, when the block holds such items.
     */
    static void mark(NoteLayout layout, int open, int last, int blockId) {
        int[] t = layout.codePoints();
        String info = FenceLanguages.infoWord(t, FenceLines.infoStart(t, layout.start(open), layout.contentEnd(open)),
                layout.contentEnd(open));
        if (FenceLanguages.ownDashLines(info)) {
            return;
        }
        int n = last - open;
        int[] bullet = new int[n];   // per line: the bullet's column when the line is a taken item, else -1
        int[] text = new int[n];   // per line: the column of its text, for an anchor (an arrow step or an item)
        boolean[] anchor = new boolean[n];   // per line: an arrow step or an item of code, which items may stand under
        int[] step = new int[n];   // per taken item: the line it stands under
        boolean[] codeUnder = new boolean[n];   // per anchor: an item of code stands under it
        int[] above = new int[n];   // the non-blank lines so far whose bullets rise: where an item's look upwards stops
        int tops = 0;
        int calls = 0;
        for (int j = open + 1; j <= last; j++) {
            int k = j - open - 1;
            bullet[k] = -1;
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            int end = LineScan.stripEnd(t, p, e);
            if (end - p > 2 && t[p] == '-' && t[p + 1] == '>') {
                int q = LineScan.skipBlanks(t, p + 2, end);
                anchor[k] = q < end && callStep(t, q, end);
                text[k] = q - s;
            } else if (end - p > 2 && t[p] == '-' && (t[p + 1] == ' ' || t[p + 1] == '\t') && layout.marginEnd(j) == 0) {
                int column = p - s;
                while (tops > 0 && bullet[above[tops - 1]] >= column) {
                    tops--;   // an item of the same step (or one of its callees)
                }
                int a = tops > 0 ? anchorAt(layout, anchor, bullet, above[tops - 1], open, column) : -1;
                int q = LineScan.skipBlanks(t, p + 1, end);
                int stepEnd = DashListTrees.stepEnd(t, q, end);
                boolean called = called(t, q, stepEnd) || CodeAssignments.isAssignment(t, q, stepEnd);
                boolean code = called || code(t, q, stepEnd);
                if (a >= 0 && column <= text[a] + MAX_PAST_TEXT && (code || words(t, q, end))) {
                    calls += called ? 1 : 0;
                    bullet[k] = column;
                    text[k] = q - s;
                    anchor[k] = code;   // an item in words is no item's caller
                    step[k] = a;
                    codeUnder[a] |= code;
                }
            }
            while (tops > 0 && bullet[above[tops - 1]] >= bullet[k]) {
                tops--;   // every line above stops at this one first
            }
            above[tops++] = k;
        }
        if (calls == 0) {
            return;
        }
        for (int k = 0; k < n; k++) {
            if (bullet[k] >= 0 && (anchor[k] || codeUnder[step[k]])) {
                layout.margins().setEnd(open + 1 + k, ListItemMarkers.bulletEnd(layout, open + 1 + k));
            }
        }
        layout.mark(BlockShape.ARROW_STEP_BULLETS, blockId);
    }

    /**
     * Line {@code a} (index from {@code open + 1}), the nearest line above an item at {@code column} that is
     * not blank and not an item at least as deep: {@code a} when it is an anchor left of the bullet, -1 otherwise.
     */
    private static int anchorAt(NoteLayout layout, boolean[] anchor, int[] bullet, int a, int open, int column) {
        int j = a + open + 1;
        int indent = bullet[a] >= 0 ? bullet[a] : LineScan.blanks(layout.codePoints(), layout.start(j), layout.contentEnd(j));
        return anchor[a] && indent < column ? a : -1;
    }

    /** Whether [p, e) after an arrow is a call or a name of code, perhaps with a remark after it; no assignment. */
    private static boolean callStep(int[] t, int p, int e) {
        return LineScan.isIdentStart(t[p]) && NameShapes.codeOrMember(t, p, e) && !CodeAssignments.isAssignment(t, p, e)
                && CallTreeLine.classify(t, p, e).complete();
    }

    /** Whether [p, end) is a complete call in parentheses, {@code f(x)}, {@code ops->f(x)}, a remark after it perhaps. */
    private static boolean called(int[] t, int p, int end) {
        if (p >= end || !LineScan.isIdentStart(t[p]) || CodeAssignments.isAssignment(t, p, end)) {
            return false;
        }
        int q = LineScan.skipIdent(t, p, end);
        while (q + 2 < end && (t[q] == '-' && t[q + 1] == '>' || t[q] == '.')) {
            q = LineScan.skipIdent(t, q + (t[q] == '.' ? 1 : 2), end);   // `ops->open(x)`, `dev.probe(x)`
        }
        return q > p && q < end && t[q] == '(' && CallTreeLine.classify(t, p, end).complete() && remarkAfter(t, q, end);
    }

    /**
     * Whether the call whose {@code (} is at {@code q} ends the item, or only a remark follows it: one in
     * parentheses or a comment ({@code f(x) (vec 0xf3)}, {@code f(x) // why}); not {@code fix(parser): text}
     * nor {@code start() moves on}.
     */
    private static boolean remarkAfter(int[] t, int q, int end) {
        int depth = 0;
        int r = q;
        for (; r < end; r++) {
            depth += t[r] == '(' ? 1 : t[r] == ')' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        r = LineScan.skipBlanks(t, r + 1, end);
        return r >= end || t[r] == '(' || t[r] == ';' || r + 1 < end && t[r] == '/' && (t[r + 1] == '/' || t[r + 1] == '*');
    }

    /** Whether [p, end) is a complete name of code ({@code pump_park}, {@code ops->park}), a remark after it perhaps. */
    private static boolean code(int[] t, int p, int end) {
        return p < end && LineScan.isIdentStart(t[p]) && NameShapes.codeName(t, p, end)
                && CallTreeLine.classify(t, p, end).complete();
    }

    /**
     * Whether [p, e) is words: two at least, the first of letters, and no character of an expression
     * ({@code = + * / < > & | ; { }}) among them.
     */
    private static boolean words(int[] t, int p, int e) {
        if (p >= e || !Character.isLetter(t[p])) {
            return false;
        }
        boolean blank = false;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if ("=+*/<>&|;{}".indexOf(c) >= 0) {
                return false;
            }
            blank |= c == ' ';
        }
        return blank || LineScan.isCjk(t[p]);
    }
}
