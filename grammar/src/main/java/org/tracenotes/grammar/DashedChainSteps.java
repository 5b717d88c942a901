package org.tracenotes.grammar;

/**
 * Numbered steps in words with the call path doing each written under it on a {@code -- } line, in a
 * plain-text note (a {@code .sql} or {@code .txt} file, or Markdown outside fences):
 * <pre>
 * 2. Dropping a table, in short:
 *
 * 	1. take the dictionary lock
 * 		-- calls: ha_engine::drop-&gt;row_drop_for_sql-&gt;row_lock_dictionary
 *
 * 	2. start a DDL transaction
 * 		-- calls: ha_engine::drop-&gt;row_drop_for_sql-&gt;trx_start_ddl
 *
 * 	3. update the dictionary
 * 		-- builds one large SQL statement to clean the system tables
 * </pre>
 * The numbered heading is the root, each numbered step deeper than it a step in words, a {@code -- } line
 * deeper than its step holding a chain ({@code a->b->c}, perhaps after a short label and a colon such as
 * {@code calls:} or {@code 函数：}) the step's call, a {@code -- } line in words a remark on it. The dashes
 * (and the label) are the line's margin, so the lexer reads the chain, not a SQL comment.
 *
 * <p>Evidence is asked for, since such lines live among prose: a numbered heading, two numbered steps at
 * least one column deeper, and two {@code -- } chain lines at least, each of three links or more joined by
 * {@code ->} with no blank, every link a kernel-shaped name (an {@code _} or a {@code ::} in it) and one of them
 * a {@code ::} member or the {@code __} worker of the link before it, so that a member access
 * ({@code dict->mutex}), a menu path, an arrow in a sentence or states ({@code new_order->paid_order->shipped_order})
 * is none. The block runs from the
 * heading over blank and deeper lines, up to a line back at the heading's column, or a line at the steps'
 * column that is no numbered step.
 */
final class DashedChainSteps {

    /** The fewest numbered steps under the heading. */
    private static final int MIN_STEPS = 2;
    /** The fewest {@code -- } chain lines of a block. */
    private static final int MIN_CHAINS = 2;
    /** The fewest links of a {@code -- } chain. */
    private static final int MIN_LINKS = 3;
    /** Characters a label before a chain has at most ({@code calls:}, {@code 函数：}). */
    private static final int MAX_LABEL = 10;

    private DashedChainSteps() {
    }

    /**
     * Marks the numbered steps with {@code -- } chains among the text lines as trace blocks from {@code blockId}; the
     * next free id. Each line's chain and number are read once ({@code chains}, {@code numbers}); a heading whose steps do not hold lets the scan
     * go on at the first numbered line it passed, as no line before that can head a block, so a staircase of
     * headings over a long run of lines is read in one pass per heading, not one per line.
     */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int[] chains = new int[n];   // chainStart + 2 of each line read so far, 0 when unread
        byte[] numbers = new byte[n];   // whether a number leads each line read so far: 2 yes, 1 no, 0 unread
        for (int h = 0; h < n; h++) {
            if (layout.role(h) != NoteLayout.Role.TEXT || !numbered(layout, numbers, h)) {
                continue;
            }
            int column = layout.indentOf(h);
            int steps = 0;
            int chainLines = 0;
            int stepColumn = -1;
            int last = h;
            int nextHeading = -1;   // the first numbered line past h: where a failed scan goes on
            for (int j = h + 1; j < n; j++) {
                NoteLayout.Role role = layout.role(j);
                if (role == NoteLayout.Role.BLANK) {
                    continue;
                }
                if (role != NoteLayout.Role.TEXT || layout.indentOf(j) <= column) {
                    break;
                }
                if (stepColumn < 0) {
                    stepColumn = layout.indentOf(j);
                }
                if (layout.indentOf(j) < stepColumn) {
                    break;
                }
                boolean numbered = numbered(layout, numbers, j);
                nextHeading = numbered && nextHeading < 0 ? j : nextHeading;
                if (layout.indentOf(j) == stepColumn) {
                    if (!numbered) {
                        break;   // words back at the steps' column: the steps are over
                    }
                    steps++;
                } else if (chainStart(chains, j, layout.lineText(j)) >= 0) {
                    chainLines++;
                }
                last = j;
            }
            if (steps < MIN_STEPS || chainLines < MIN_CHAINS) {
                h = nextHeading < 0 ? last : nextHeading - 1;
                continue;
            }
            for (int j = h + 1; j <= last; j++) {
                if (layout.role(j) != NoteLayout.Role.TEXT || layout.indentOf(j) <= stepColumn) {
                    continue;
                }
                String text = layout.lineText(j);
                int chain = chainStart(chains, j, text);
                if (chain >= 0) {
                    layout.margins().setEnd(j, text.codePointCount(0, chain));   // `-- calls: ` is the margin
                } else if (text.strip().startsWith("-- ") || ListNumbers.end(text) < 0 && CaptionedChainRuns.isWords(text)) {
                    layout.margins().setRemark(j);   // `-- words`, or words under a step that are no step of it: a remark
                }
            }
            layout.markTrace(h, last, blockId);
            layout.mark(BlockShape.DASHED_CHAIN_STEPS, blockId++);
            h = last;
        }
        return blockId;
    }

    /** Whether a number leads line {@code j}, read once: {@code numbers} keeps it (2 yes, 1 no, 0 unread). */
    private static boolean numbered(NoteLayout layout, byte[] numbers, int j) {
        if (numbers[j] == 0) {
            numbers[j] = (byte) (ListNumbers.end(layout, j) >= 0 ? 2 : 1);
        }
        return numbers[j] == 2;
    }

    /** {@link #chainStart(String)} of line {@code j}, read once: {@code chains} keeps it, plus 2 (0: unread). */
    private static int chainStart(int[] chains, int j, String text) {
        if (chains[j] == 0) {
            chains[j] = chainStart(text) + 2;
        }
        return chains[j] - 2;
    }

    /**
     * Where the chain of a {@code -- } line starts in {@code text} (past the dashes, a blank and a short label
     * with its colon), or -1 when the line is no {@code -- } line or holds no chain.
     */
    static int chainStart(String text) {
        int p = LineScan.skipBlanks(text, 0);
        if (!text.startsWith("-- ", p)) {
            return -1;
        }
        p = LineScan.skipBlanks(text, p + 3);
        int colon = -1;
        for (int k = p; k < text.length() && k - p <= MAX_LABEL; k++) {
            char c = text.charAt(k);
            if (c == '\uFF1A' || c == ':' && (k + 1 >= text.length() || text.charAt(k + 1) != ':') && (k == p || text.charAt(k - 1) != ':')) {
                colon = k;
                break;
            }
        }
        int q = colon < 0 ? p : LineScan.skipBlanks(text, colon + 1);
        return isChain(text.substring(q).strip()) ? q : -1;
    }

    /**
     * Whether {@code s} is {@value #MIN_LINKS} or more kernel names joined by {@code ->}, nothing else, one of them
     * a C++ member ({@code ::}) or the {@code __} worker of the name before it ({@code a_x->__a_x}): as in
     * {@link OneLineChains#links}, names joined by arrows with nothing that shows a function are states or
     * structures ({@code new_order->paid_order->shipped_order}). Names here carry no parentheses, so the
     * {@code ::} or the {@code __} pair stands for the call {@link OneLineChains#links} asks for.
     */
    private static boolean isChain(String s) {
        int links = 0;
        boolean called = false;
        int previous = -1;   // where the link before starts
        int previousEnd = -1;
        int p = 0;
        while (true) {
            int end = p;
            boolean kernel = false;
            boolean member = false;
            while (true) {
                if (end >= s.length() || !LineScan.isIdentStart(s.charAt(end))) {
                    return false;   // no name where a link should start
                }
                while (end < s.length() && LineScan.isIdentPart(s.charAt(end))) {
                    kernel |= s.charAt(end++) == '_';
                }
                if (!s.startsWith("::", end)) {
                    break;
                }
                member = true;
                end += 2;
            }
            if (!kernel && !member) {
                return false;   // a plain word: no kernel name
            }
            links++;
            called |= member || previous >= 0 && end - p == previousEnd - previous + 2 && s.startsWith("__", p)
                    && s.regionMatches(p + 2, s, previous, previousEnd - previous);
            if (end == s.length()) {
                return links >= MIN_LINKS && called;
            }
            if (!s.startsWith("->", end)) {
                return false;
            }
            previous = p;
            previousEnd = end;
            p = s.startsWith("->->", end) ? end + 4 : end + 2;   // `a->->b`: a doubled arrow by mistake
        }
    }
}
