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
 * {@code ->} with no blank, every link a kernel-shaped name (an {@code _} or a {@code ::} in it), so that a
 * member access ({@code dict->mutex}), a menu path or an arrow in a sentence is none. The block runs from the
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

    /** Marks the numbered steps with {@code -- } chains among the text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        for (int h = 0; h < n; h++) {
            if (layout.role(h) != NoteLayout.Role.TEXT || ListNumbers.end(layout.lineText(h)) < 0) {
                continue;
            }
            int column = layout.indentOf(h);
            int steps = 0;
            int chains = 0;
            int stepColumn = -1;
            int last = h;
            for (int j = h + 1; j < n; j++) {
                NoteLayout.Role role = layout.role(j);
                if (role == NoteLayout.Role.BLANK) {
                    continue;
                }
                if (role != NoteLayout.Role.TEXT || layout.indentOf(j) <= column) {
                    break;
                }
                String text = layout.lineText(j);
                if (stepColumn < 0) {
                    stepColumn = layout.indentOf(j);
                }
                if (layout.indentOf(j) < stepColumn) {
                    break;
                }
                if (layout.indentOf(j) == stepColumn) {
                    if (ListNumbers.end(text) < 0) {
                        break;   // words back at the steps' column: the steps are over
                    }
                    steps++;
                } else if (chainStart(text) >= 0) {
                    chains++;
                }
                last = j;
            }
            if (steps < MIN_STEPS || chains < MIN_CHAINS) {
                continue;
            }
            for (int j = h + 1; j <= last; j++) {
                if (layout.role(j) != NoteLayout.Role.TEXT || layout.indentOf(j) <= stepColumn) {
                    continue;
                }
                String text = layout.lineText(j);
                int chain = chainStart(text);
                if (chain >= 0) {
                    layout.margins().setEnd(j, text.codePointCount(0, chain));   // `-- calls: ` is the margin
                } else if (text.strip().startsWith("-- ") || ListNumbers.end(text) < 0 && words(text.strip())) {
                    layout.margins().setRemark(j);   // `-- words`, or words under a step that are no step of it: a remark
                }
            }
            layout.markTrace(h, last, blockId);
            layout.mark(BlockShape.DASHED_CHAIN_STEPS, blockId++);
            h = last;
        }
        return blockId;
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

    /** Whether {@code s} is words: no call or arrow, a blank or a CJK character in it. */
    private static boolean words(String s) {
        if (s.indexOf('(') >= 0 || s.contains("->") || s.indexOf(';') >= 0 || s.indexOf('=') >= 0) {
            return false;
        }
        return s.indexOf(' ') > 0 || s.codePoints().anyMatch(LineScan::isCjk);
    }

    /** Whether {@code s} is {@value #MIN_LINKS} or more kernel names joined by {@code ->}, nothing else. */
    private static boolean isChain(String s) {
        String[] links = s.split("->", -1);
        if (links.length < MIN_LINKS) {
            return false;
        }
        for (int k = 0; k < links.length; k++) {
            String l = links[k];
            if (l.isEmpty() && k > 0 && k < links.length - 1 && !links[k - 1].isEmpty()) {
                continue;   // `a->->b`: a doubled arrow by mistake
            }
            if (l.isEmpty() || !l.matches("[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*") || l.indexOf('_') < 0 && !l.contains("::")) {
                return false;
            }
        }
        return true;
    }
}
