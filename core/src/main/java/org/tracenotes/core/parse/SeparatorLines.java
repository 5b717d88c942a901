package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.grammar.RuleLines;

/**
 * A separator drawn across a flow with box-drawing rules, words or none between: {@code ───── async ─────},
 * {@code ━━━━━━}, {@code ═══ later ═══}; or a rule of ASCII alone on its line ({@code +++++}, {@code -----},
 * {@code =====}, {@code *****}, {@code _____}), as authors draw between a tree and the code they copy
 * below it. It divides the stages, it is none of them: a comment line.
 * <pre>
 * → irq_handler()
 * ─────── deferred from here ───────
 * → softirq_run()
 * </pre>
 */
final class SeparatorLines {

    /** The fewest rule characters at each end of a separator. */
    private static final int MIN_RULE = 3;

    private SeparatorLines() {
    }

    /** The block's lines with each separator line read as a comment line. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() == null || !isSeparator(source.line(l.line()))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, l.asCommentLine());
        }
        return out == null ? lines : out;
    }

    /**
     * Whether a source line is a separator: an ASCII rule alone ({@link RuleLines#DIVIDER}, at least
     * {@link #MIN_RULE}), or a box rule ({@code ─ ━ ═}) that opens and ends with a run of at least
     * {@link #MIN_RULE}, words maybe between.
     */
    static boolean isSeparator(String line) {
        int p = SourceText.firstNonBlank(line);
        if (p < 0 || !isBoxRule(line.charAt(p)) && RuleLines.DIVIDER.indexOf(line.charAt(p)) < 0) {
            return false;   // the cheap test that ends it for almost every line
        }
        char rule = line.charAt(p);
        if (!isBoxRule(rule)) {
            return RuleLines.isRuleLine(line, RuleLines.DIVIDER, MIN_RULE);   // the rule alone: `--- f()` is an arrow
        }
        int end = line.length();
        while (end > p && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end - p >= 2 * MIN_RULE && runOf(line, p, rule, 1) >= MIN_RULE && runOf(line, end - 1, rule, -1) >= MIN_RULE;
    }

    /** The box-drawing rules, which may carry words between their ends: {@code ─ ━ ═}. */
    private static boolean isBoxRule(char c) {
        return c == '\u2500' || c == '\u2501' || c == '\u2550';
    }

    /** How many of {@code rule} run from {@code from} in the direction {@code step}. */
    private static int runOf(String line, int from, char rule, int step) {
        int n = 0;
        for (int i = from; i >= 0 && i < line.length() && line.charAt(i) == rule; i += step) {
            n++;
        }
        return n;
    }
}
