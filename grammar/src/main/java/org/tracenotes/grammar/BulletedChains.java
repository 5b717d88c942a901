package org.tracenotes.grammar;

/**
 * One-line chains written as bulleted list items, one path an item ({@code - boot_x()->mem_init_x()}): reads
 * a text line's bullet and the chain after it with {@link OneLineChains#links}, and tells a path a reading log
 * writes from a mapping a changelog or an API list writes ({@code old() -------> new()}, {@code `get(key)` -> `value`}).
 */
final class BulletedChains {

    /** Dashes an item's arrow has when it is drawn out to line up a column of renames, not to join calls. */
    private static final String PADDED_ARROW = "---->";
    /** The fewest links of a bulleted chain whose arrows may stand apart or be {@code =>}, or whose links are code spans. */
    private static final int MIN_BULLET_SPACED_LINKS = 3;

    private BulletedChains() {
    }

    /**
     * Marks line {@code i} as trace block {@code blockId} when it is a bulleted list item ({@code -},
     * {@code *}, {@code +}) holding nothing but a chain on one line, led by a call:
     * <pre>
     * - boot_x()-&gt;mem_init_x()-&gt;zone_init_x()
     * - boot_x()-&gt;ops-&gt;setup()     (the second arrow a member: one link)
     * * `boot_x()` =&gt; `cpu_init_x()` ~
     * </pre>
     * Authors log the paths they read as such items, one path an item; each is a root of its own, as a
     * one-line chain in a paragraph is. The item must end on its line (the next line is no wrapped rest of
     * it: blank, a heading, a fence or another item) and its first link must be a call with parentheses, or
     * every link a call or a code span (then nothing may follow the last): an item of names joined by arrows
     * ({@code - task_struct -> mm_struct}) points from one structure to another, an item in words that
     * mentions a chain is a sentence, and an arrow drawn out to line the items up ({@code - open() -----> fopen()})
     * maps an old name to a new one. The bullet becomes a margin. Returns the next free block id.
     */
    static int bulletChain(NoteLayout layout, int i, int blockId) {
        int bullet = ListItemMarkers.bulletEnd(layout, i);
        if (bullet < 0 || i + 1 < layout.lineCount() && layout.role(i + 1) == NoteLayout.Role.TEXT
                && !ListItemMarkers.isItem(layout.lineText(i + 1))) {
            return blockId;   // the cheap test: no bullet, or an item wrapped onto the next line
        }
        String line = layout.lineText(i);
        int from = ListItemMarkers.textStart(line, 0, line.length());
        if (from < 0 || line.indexOf('>', from) < 0 || line.indexOf(PADDED_ARROW, from) >= 0) {
            return blockId;   // no arrow, or one drawn long to line up a column: `old() -------> new()` renames
        }
        String item = line.substring(from);
        if (OneLineChains.links(item, true) < OneLineChains.MIN_LINKS
                && !(startsWithCall(item) && OneLineChains.links(item, false) >= OneLineChains.MIN_LINKS)) {
            return blockId;
        }
        if (OneLineChains.links(item, false) < MIN_BULLET_SPACED_LINKS && !tightCallPair(item)) {
            return blockId;   // `old()` -> `new()`, get(key) -> value, A.f() => A.g(): a mapping, not a path
        }
        layout.markTrace(i, i, blockId);
        layout.margins().setEnd(i, bullet);
        return blockId + 1;
    }

    /**
     * Whether a two-link item is written the way a reading log writes a path, not the way a changelog or an
     * API list maps one thing to another: a call, {@code ->} tight against both links, then a call (a name or
     * a member with its parentheses), no code span and no {@code =>} ({@code boot_x()->irq_init_x()},
     * {@code boot_x()->board->early_init()}). A spaced arrow between two links ({@code open_x() -> open_y()}),
     * code spans ({@code `get(key)` -> `value`}) or {@code =>} ({@code `A.f()` => `A.g()`}) rename or map.
     */
    private static boolean tightCallPair(String item) {
        if (item.indexOf('`') >= 0 || item.contains("=>")) {
            return false;
        }
        int arrow = item.indexOf(")->") + 1;   // the first link a call ({@code mdesc->init_early()} too)
        if (arrow <= 0 || arrow + 2 >= item.length() || !LineScan.isIdentStart(item.charAt(arrow + 2))) {
            return false;   // no call ending right at the arrow, or the second link not starting right after it
        }
        int q = arrow + 2;
        while (q < item.length() && (LineScan.isIdentPart(item.charAt(q)) || item.charAt(q) == '.'
                || item.startsWith("->", q))) {
            q += item.startsWith("->", q) ? 2 : 1;
        }
        return q < item.length() && item.charAt(q) == '(';
    }

    /** Whether {@code s} starts with a name and its opening parenthesis ({@code boot_x(}). */
    private static boolean startsWithCall(String s) {
        if (s.isEmpty() || !LineScan.isIdentStart(s.charAt(0))) {
            return false;
        }
        int q = 1;
        while (q < s.length() && LineScan.isIdentPart(s.charAt(q))) {
            q++;
        }
        return q < s.length() && s.charAt(q) == '(';
    }
}
