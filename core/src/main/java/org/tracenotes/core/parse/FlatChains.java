package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.FenceLines;
import org.tracenotes.grammar.FlatChainRuns;

/**
 * A flat call chain ({@link FlatChainRuns}): a block of three or more arrowless steps all at one
 * column, right under a heading or comment naming a call chain, or a column of bare names layered as a
 * call path ({@link FlatChainRuns#layered}); or a column of function names the layout found to be a call
 * path by its decorations ({@link #columns}: links, paths, an arrow drawn beside it). The first step is the
 * root and each next step the callee of the one before it ({@link ChainLinks}).
 */
final class FlatChains {

    private FlatChains() {
    }

    /**
     * The block's lines, each step of its leading flat run after the first moved under the one before
     * it when the run is a chain: the whole block (three or more steps), or two or more steps with a
     * deeper tree after them, which then hangs from the run's last step.
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int steps = 0;
        int column = -1;
        int runEnd = lines.size();   // index of the first line past the flat run
        boolean deeperAfter = false;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (l.reading() == null || l.arrow() != Arrow.NONE || column >= 0 && l.indent() < column) {
                return lines;   // the usual case: an arrow, decided at the first line
            }
            if (column >= 0 && l.indent() > column) {
                deeperAfter = true;
                runEnd = i;
                break;
            }
            column = l.indent();
            steps++;
        }
        if (steps < (deeperAfter ? FlatChainRuns.MIN_LINKS_BEFORE_TREE : FlatChainRuns.MIN_LINKS) || steps > FlatChainRuns.MAX_LINKS
                || !underChainHeading(source, lines.get(0).line()) && (deeperAfter || !layered(lines, source))) {
            return lines;
        }
        int[] callers = new int[lines.size()];
        java.util.Arrays.fill(callers, ChainLinks.NONE);
        int[] stepAt = new int[lines.size()];
        int seen = 0;
        for (int i = 0; i < runEnd; i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (seen > 0) {
                callers[i] = notedCaller(lines, stepAt, seen, source.line(l.line()), source);
            }
            stepAt[seen++] = i;
        }
        alternatives(lines, stepAt, seen, callers, source);
        return ChainLinks.apply(lines, callers);
    }

    /**
     * {@code lines} re-nested when the block is a column of function names the layout found to be a call path
     * ({@link org.tracenotes.grammar.NameColumns}: {@code column}, or {@code upward} when it is drawn beside an
     * upward arrow and read from its bottom row up): each row the callee of the row before it ({@link ChainLinks}),
     * an upward column's rows handed to the tree builder bottom row first. Else {@code lines} as they are.
     * <pre>
     * ^
     * |   pump_prime      fs/pump.c
     * |   pump_start      fs/pump.c
     * |   pump_ioctl      drivers/pump.c
     * </pre>
     * reads {@code pump_ioctl} as the root, {@code pump_start} its call, {@code pump_prime} the call of that.
     */
    static List<TraceLine> columns(List<TraceLine> lines, boolean column, boolean upward) {
        if (!column && !upward) {
            return lines;
        }
        List<TraceLine> rows = lines;
        if (upward) {
            rows = new java.util.ArrayList<>(lines);
            java.util.Collections.reverse(rows);
        }
        int[] callers = new int[rows.size()];
        java.util.Arrays.fill(callers, ChainLinks.PREVIOUS);
        return ChainLinks.apply(rows, callers);
    }

    /**
     * The caller of the link whose line is {@code text}: the nearest earlier link whose note (what
     * follows its name) names this link's function as a whole word; {@link ChainLinks#PREVIOUS} when
     * none does. A chain's author often notes what a function calls ({@code rx_irq  { calls deliver }}),
     * and a link so named hangs under that function though other links stand between.
     */
    private static int notedCaller(List<TraceLine> lines, int[] steps, int seen, String text, SourceText source) {
        String name = leadingName(text, 0).strip();
        if (name.isEmpty()) {
            return ChainLinks.PREVIOUS;
        }
        for (int k = seen - 1; k >= 0; k--) {
            String above = source.line(lines.get(steps[k]).line());
            int from = leadingName(above, 0).length();
            if (namesWord(above, from, name)) {
                return k == seen - 1 ? ChainLinks.PREVIOUS : steps[k];
            }
        }
        return ChainLinks.PREVIOUS;
    }

    /**
     * Two links in a row whose notes both name the function of the link after them are alternatives
     * calling it ({@code send_fast  { calls do_send }} / {@code send_slow  { calls do_send }} /
     * {@code do_send}): the second stands beside the first, under the first's caller.
     */
    private static void alternatives(List<TraceLine> lines, int[] stepAt, int seen, int[] callers, SourceText source) {
        for (int k = 1; k + 1 < seen; k++) {
            int second = stepAt[k];
            int first = stepAt[k - 1];
            if (callers[second] != ChainLinks.PREVIOUS || k - 1 == 0) {
                continue;   // a noted caller decided it, or the first is the root, which has no caller
            }
            String next = leadingName(source.line(lines.get(stepAt[k + 1]).line()), 0).strip();
            String a = source.line(lines.get(first).line());
            String b = source.line(lines.get(second).line());
            if (!next.isEmpty() && namesWord(a, leadingName(a, 0).length(), next) && namesWord(b, leadingName(b, 0).length(), next)) {
                callers[second] = callers[first] == ChainLinks.PREVIOUS ? stepAt[k - 2] : callers[first];
            }
        }
    }

    /** The identifier (with {@code ->} and {@code .}) that {@code text} starts with past blanks, or "". */
    private static String leadingName(String text, int from) {
        int p = from;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        int q = p;
        while (q < text.length() && (identPart(text.charAt(q)) || text.charAt(q) == '.'
                || text.charAt(q) == '-' && q + 1 < text.length() && text.charAt(q + 1) == '>' && q++ >= 0)) {
            q++;
        }
        return text.substring(0, q);
    }

    /** Whether {@code name} occurs in {@code text} after {@code from} as a whole identifier. */
    private static boolean namesWord(String text, int from, String name) {
        String bare = name.strip();
        for (int at = text.indexOf(bare, from); at >= 0; at = text.indexOf(bare, at + 1)) {
            int end = at + bare.length();
            if ((at == 0 || !identPart(text.charAt(at - 1))) && (end == text.length() || !identPart(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean identPart(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** Whether the block's lines are a column of names layered as a call path ({@link FlatChainRuns#layered}). */
    private static boolean layered(List<TraceLine> lines, SourceText source) {
        List<String> names = new java.util.ArrayList<>();
        for (TraceLine l : lines) {
            if (!l.isBlank()) {
                names.add(source.line(l.line()).strip());
            }
        }
        return FlatChainRuns.layered(names.toArray(String[]::new));
    }

    /** Whether the nearest non-blank line above line {@code line} (past a fence line or a {@code <pre>}) names a call chain. */
    private static boolean underChainHeading(SourceText source, int line) {
        int k = line - 1;
        while (k >= 1 && source.line(k).isBlank()) {
            k--;
        }
        if (k >= 1 && FenceLines.fenceOrPreLine(source.line(k))) {
            k--;
            while (k >= 1 && source.line(k).isBlank()) {
                k--;
            }
        }
        return k >= 1 && FlatChainRuns.namesCallChain(source.line(k));
    }
}
