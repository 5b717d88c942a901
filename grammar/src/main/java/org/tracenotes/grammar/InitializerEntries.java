package org.tracenotes.grammar;

/**
 * An entry of a designated initializer written as a trace line: {@code .init_irq = board_init_irq,}.
 * Its comma separates it from the next entry, so the entry is complete: a deeper line under it is not
 * the rest of its expression (as it would be after a comma that leaves arguments open) but what the
 * entry leads to, the body of the function it names:
 * <pre>
 * BOARD_START
 *     .init_irq   = board_init_irq,
 *         board_init_irq
 *             gic_init_x
 * </pre>
 */
final class InitializerEntries {

    private InitializerEntries() {
    }

    /**
     * Whether the line whose last token is {@code lastType} ends a designated-initializer entry: it is a
     * comma, and {@code text}, a trace line whose payload (past an arrow, when one leads) starts at or
     * after {@code from}, starts an entry: a dot, a field name and a single {@code =} (no {@code ==}).
     */
    static boolean endsEntry(int lastType, String text, int from) {
        if (lastType != TraceLexer.COMMA) {
            return false;
        }
        int p = Math.max(from, LineMargin.arrowEnd(text));
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (p + 1 >= text.length() || text.charAt(p) != '.' || !LineScan.isIdentStart(text.charAt(p + 1))) {
            return false;   // the cheap test: the payload starts with a dot and a name
        }
        int q = p + 2;
        while (q < text.length() && LineScan.isIdentPart(text.charAt(q))) {
            q++;
        }
        while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q++;
        }
        return q < text.length() && text.charAt(q) == '=' && (q + 1 == text.length() || text.charAt(q + 1) != '=');
    }
}
