package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.KeycapStages;
import org.tracenotes.grammar.ListNumbers;

/**
 * The number of an item of a numbered list read as a trace ({@code 1. 调用 `f`}, nested by indentation,
 * {@code SentenceItemLists}) marks a step, as an arrow does: every item is a step at its depth, the first
 * one too (a list of steps has no root line of its own, its root is implied), and an item in words under
 * another is a step of its body, not the wrapped rest of the sentence above it. A list numbered from 0
 * puts the function it walks through first: when a block's first line is an item numbered 0 followed by
 * an item numbered 1, item 0 is the root line the steps hang under, no step. A dotted number
 * ({@code 1.2}, {@code 1.2.1}) says the item is in the body of the item numbered one part shorter above
 * it, though the author wrote it at that item's column. A sub-step's number in parentheses before its text ({@code （2）调用 f()}, {@code (3) 若…}, {@link StepLabels#afterSubNumber}) marks
 * a step too, in any block, the headings of numbered function sections too ({@link #subSteps}): words
 * under such a step are remarks on it, as under an arrow ({@code RootLines.isRemark}). A stage numbered with a
 * keycap emoji ({@code 2️⃣ f()}, {@code KeycapStages}) is an item too.
 */
final class NumberedSteps {

    /** How deep a dotted number ({@code 1.2.3.4}) nests, at most. */
    private static final int MAX_DEPTH = 8;

    private NumberedSteps() {
    }

    /**
     * The block's lines with each arrowless step whose number the lexer skipped led by a step marker; {@code depthList}
     * the first line of a list whose numbers count the depth ({@link DepthNumberedLists#list}), or -1.
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int depthList) {
        int root = zeroRoot(lines, source);   // a list numbered from 0, or one whose numbers count the depth: its head
        return leadSteps(lines, source, root >= 0 ? root : DepthNumberedLists.head(lines, depthList));
    }

    /** The block's lines with each arrowless step led by a sub-step's number in parentheses led by a step marker. */
    static List<TraceLine> subSteps(List<TraceLine> lines) {
        return leadSteps(lines, null, -1);
    }

    /**
     * The block's lines with each arrowless step but line {@code root} led by a step marker when an item's
     * number leads it in {@code source} (null: sub-steps' numbers only) or a sub-step's number in parentheses does.
     */
    private static List<TraceLine> leadSteps(List<TraceLine> lines, SourceText source, int root) {
        List<TraceLine> out = null;
        int[] depthIndents = null;   // the indent of the last item of each dotted depth
        boolean arrows = source != null && lines.stream().anyMatch(l -> l.arrow() != Arrow.NONE);
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (i == root || l.arrow() != Arrow.NONE || l.reading() == null) {
                continue;
            }
            boolean numbered = source != null && numbered(source.line(l.line()), l.range().column())
                    && (arrows || !padded(source.line(l.line())));
            if (!numbered && StepLabels.afterSubNumber(l.reading().text()) == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            int shift = 0;
            if (numbered) {   // a sub-step's number in parentheses leaves the dotted depths alone
                int depth = Math.min(ListNumbers.depth(source.line(l.line())), MAX_DEPTH);
                if (depthIndents == null) {
                    depthIndents = new int[MAX_DEPTH + 1];
                    java.util.Arrays.fill(depthIndents, -1);
                }
                int parent = depthIndents[depth - 1 > 0 ? depth - 1 : 0];
                if (depth > 1 && parent >= 0 && l.indent() <= parent) {
                    shift = parent + 1 - l.indent();   // `1.2` flush under `1.`: its number says it is in 1's body
                }
                depthIndents[depth] = l.indent() + shift;
                for (int d = depth + 1; d <= MAX_DEPTH; d++) {
                    depthIndents[d] = -1;
                }
            }
            out.set(i, new TraceLine(l.line(), l.indent() + shift, l.textIndent() + shift, Arrow.TREE, l.reading(), l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    /** The index of the block's first line when it is item 0 of a list whose next item is numbered 1; -1 otherwise. */
    private static int zeroRoot(List<TraceLine> lines, SourceText source) {
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            first = lines.get(i).isBlank() ? -1 : i;
        }
        if (first < 0 || lines.get(first).arrow() != Arrow.NONE || lines.get(first).reading() == null
                || !numberedAs(source.line(lines.get(first).line()), '0', lines.get(first).range().column())) {
            return -1;
        }
        for (int i = first + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.indent() > lines.get(first).indent()) {
                continue;
            }
            return l.indent() == lines.get(first).indent() && numberedAs(source.line(l.line()), '1', l.range().column())
                    ? first : -1;
        }
        return -1;
    }

    /**
     * Whether {@code line}'s number is padded out to its step's column ({@link ListNumbers#padsNumber})
     * ({@code 1.          f()}): in a tree drawn by indentation alone the number only counts, the step stands
     * at its text's column as the unnumbered lines do.
     */
    private static boolean padded(String line) {
        int p = SourceText.firstNonBlank(line);
        int q = p;
        while (q >= 0 && q < line.length() && q - p < 2 && Character.isDigit(line.charAt(q))) {
            q++;
        }
        return q > p && q + 2 < line.length() && (line.charAt(q) == '.' || line.charAt(q) == ')')
                && ListNumbers.padsNumber(line, q + 1);
    }

    /** Whether {@code line} is an item numbered with the one digit {@code digit} whose text starts at {@code column}. */
    private static boolean numberedAs(String line, char digit, int column) {
        int p = SourceText.firstNonBlank(line);
        return p >= 0 && p + 1 < line.length() && line.charAt(p) == digit && (line.charAt(p + 1) == '.' || line.charAt(p + 1) == ')')
                && numbered(line, column);
    }

    /**
     * Whether {@code line} starts with an item's number ({@code 12.}, {@code 3)}, a dotted {@code 1.2} or a
     * circled {@code ①}: {@link ListNumbers}) and its step's text, at 1-based {@code column}, after it.
     */
    private static boolean numbered(String line, int column) {
        int p = SourceText.firstNonBlank(line);
        char c = p < 0 || p >= line.length() ? 0 : line.charAt(p);
        if (!(c >= '0' && c <= '9' || c >= '\u2460' && c <= '\u2487' || c == '\uD83D' || c == '\uFF08' || c == '(')) {
            return false;   // the cheap test: the first non-blank character is a digit, a circled number or starts 🔟
        }
        int keycap = KeycapStages.numberEnd(line, p);
        if (keycap > 0) {
            return line.codePointCount(0, keycap) < column;   // `1️⃣ f()`: a stage numbered with a keycap
        }
        int end = ListNumbers.end(line);
        if (end >= 0 && (line.charAt(p) > '9' || end > p + 1 && line.charAt(end - 1) != '.' && line.charAt(end - 1) != ')'
                || ListNumbers.depth(line) > 1)) {
            return line.codePointCount(0, end) < column;   // ① or a dotted 1.2
        }
        int plain = ListNumbers.plainEnd(line, ListNumbers.Separators.STEPS);   // `12.` closing its line too, `1、`, `（1）`
        return plain >= 0 && line.codePointCount(0, plain) < column;
    }
}
