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
 * (a bullet under a bullet is its callee). The {@code ->} step is a call or a name of code, perhaps
 * with a remark ({@code -> f (file.c)}), never an assignment or an expression cut short (whose
 * {@code - x} below would be its continuation). The item is a complete call, a name of code, an
 * assignment ({@code - start_ip = hdr->entry}), or words ({@code - then every pump drains}) beside an
 * item of code under the same step (alone there, words keep their reading); anything else ({@code - 1},
 * {@code - (x)}) keeps its reading, as do all of a block's bullets unless one at least is a call in
 * parentheses or an assignment. A diff, a patch or a YAML fence is never read so.
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
        if (info.equals("diff") || info.equals("patch") || info.equals("yaml") || info.equals("yml")) {
            return;
        }
        int n = last - open;
        int[] bullet = new int[n];   // per line: the bullet's column when the line is a taken item, else -1
        int[] text = new int[n];   // per line: the column of its text, for an anchor (an arrow step or an item)
        boolean[] anchor = new boolean[n];   // per line: an arrow step or an item of code, which items may stand under
        int[] step = new int[n];   // per taken item: the line it stands under
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
                bullet[k] = -1;
                continue;
            }
            if (!(end - p > 2 && t[p] == '-' && (t[p + 1] == ' ' || t[p + 1] == '\t')) || layout.marginEnd(j) > 0) {
                continue;   // no item, or one another reader already took
            }
            int q = LineScan.skipBlanks(t, p + 1, end);
            int column = p - s;
            int above = anchorAbove(layout, anchor, bullet, k, open, column);
            if (above < 0 || column > text[above] + MAX_PAST_TEXT) {
                continue;
            }
            int stepEnd = DashListTrees.stepEnd(t, q, end);
            boolean called = called(t, q, stepEnd) || CodeAssignments.isAssignment(t, q, stepEnd);
            boolean code = called || code(t, q, stepEnd);
            if (!code && !words(t, q, end)) {
                continue;
            }
            calls += called ? 1 : 0;
            bullet[k] = column;
            text[k] = q - s;
            anchor[k] = code;   // an item in words is no item's caller
            step[k] = above;
        }
        if (calls == 0) {
            return;
        }
        for (int k = 0; k < n; k++) {
            if (bullet[k] >= 0 && (anchor[k] || codeBeside(anchor, bullet, step, k))) {
                layout.margins().setEnd(open + 1 + k, ListItemMarkers.bulletEnd(layout, open + 1 + k));
            }
        }
        layout.mark(BlockShape.ARROW_STEP_BULLETS, blockId);
    }

    /**
     * The line (index from {@code open + 1}) whose item line {@code k}, its bullet at {@code column}, is:
     * the nearest line above that is not blank and not an item at least as deep, when it is an anchor
     * left of the bullet; -1 otherwise.
     */
    private static int anchorAbove(NoteLayout layout, boolean[] anchor, int[] bullet, int k, int open, int column) {
        for (int a = k - 1; a >= 0; a--) {
            int j = a + open + 1;
            if (layout.blank(j) || bullet[a] >= column) {
                continue;   // a blank line, or an item of the same step (or one of its callees)
            }
            int indent = bullet[a] >= 0 ? bullet[a] : LineScan.blanks(layout.codePoints(), layout.start(j), layout.contentEnd(j));
            return anchor[a] && indent < column ? a : -1;
        }
        return -1;
    }

    /**
     * Whether item {@code k}, in words, has an item of code beside it, under the same step: one of several
     * items, a step in words among them. An item in words alone under a step stays as it is read.
     */
    private static boolean codeBeside(boolean[] anchor, int[] bullet, int[] step, int k) {
        for (int o = 0; o < bullet.length; o++) {
            if (o != k && bullet[o] >= 0 && anchor[o] && step[o] == step[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether [p, e) after an arrow is a call or a name of code, perhaps with a remark after it; no assignment. */
    private static boolean callStep(int[] t, int p, int e) {
        return LineScan.isIdentStart(t[p]) && !CodeAssignments.isAssignment(t, p, e)
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
        return q > p && q < end && t[q] == '(' && CallTreeLine.classify(t, p, end).complete();
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
