package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * Depth drawn by the arrow's length, every arrow starting at the same column:
 * <pre>
 * start_kernel
 * --> mm_init
 * ----> mem_init              # one level deeper than mm_init
 * -------> memblock_free_all  # deeper still
 * -------> free_area_init     # as long: memblock_free_all's sibling
 * </pre>
 * A run is the consecutive {@code ->} / {@code -->} arrow lines of a block at one column; arrowless
 * lines between them that stand right of that column (a body written under one of them) do not break
 * it, and anything at or left of it does. When a run's dash counts take at least three distinct
 * lengths and no arrow between them stands at another column (where one does, indentation draws the
 * depth and the lengths are noise), the length is the depth: each line is moved right by its dashes beyond the run's shortest arrow, so a
 * longer arrow nests under the shorter one above it and an equal one is its sibling. A run whose
 * arrows are all as long, or take only two lengths (the noise of a hand-drawn tree), keeps its columns.
 */
final class ArrowLengthDepth {

    /** Distinct arrow lengths a run needs before its lengths are read as depth. */
    static final int DISTINCT_LENGTHS = 3;

    private ArrowLengthDepth() {
    }

    /** The block's lines with the arrows of every length-drawn run moved to the depth their length says. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        long seen = 0;   // the dash counts of the block's arrows, as bits: most blocks have one or two
        for (TraceLine l : lines) {
            if (dashed(l)) {
                seen |= 1L << Math.min(63, dashes(l, source));
            }
        }
        if (Long.bitCount(seen) < DISTINCT_LENGTHS) {
            return lines;
        }
        List<TraceLine> out = null;
        boolean[] inRun = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (!dashed(l) || inRun != null && inRun[i]) {
                continue;
            }
            int column = l.indent();
            List<Integer> run = new ArrayList<>();
            boolean indented = false;
            for (int j = i; j < lines.size(); j++) {
                TraceLine m = lines.get(j);
                if (dashed(m) && m.indent() == column) {
                    run.add(j);
                    if (j > i) {
                        if (inRun == null) {
                            inRun = new boolean[lines.size()];
                        }
                        inRun[j] = true;
                    }
                } else if (loneBrace(m) && m.indent() <= column) {
                    run.add(j);   // `{` / `}` at the margin around a loop's body: they go with the run
                } else if (!m.isBlank() && !m.isCommentOnly() && m.indent() <= column) {
                    break;
                } else if (m.arrow() != Arrow.NONE) {
                    indented = true;   // an arrow at another column: this block draws depth by indentation
                }
            }
            int[] dashes = new int[run.size()];
            int shortest = Integer.MAX_VALUE;
            java.util.BitSet lengths = new java.util.BitSet();
            for (int k = 0; k < run.size(); k++) {
                if (dashed(lines.get(run.get(k)))) {
                    dashes[k] = dashes(lines.get(run.get(k)), source);
                    shortest = Math.min(shortest, dashes[k]);
                    lengths.set(dashes[k]);
                }
            }
            if (lengths.cardinality() >= DISTINCT_LENGTHS && !indented) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                int previous = column;
                java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
                for (int k = 0; k < run.size(); k++) {
                    TraceLine m = lines.get(run.get(k));
                    int indent;
                    if (!dashed(m)) {   // a margin brace: `{` at the step above it, `}` at its `{`
                        boolean opens = m.reading().text().equals("{");
                        indent = opens ? previous : open.isEmpty() ? m.indent() : open.pop();
                        if (opens) {
                            open.push(indent);
                        }
                    } else {
                        indent = m.indent() + dashes[k] - shortest;
                        previous = indent;
                        m = LocatedRunSteps.read(m);   // `x.c: f(a);`, `TODO`: a call, words
                    }
                    out.set(run.get(k), new TraceLine(m.line(), indent, m.textIndent(),
                            m.arrow(), m.reading(), m.range(), m.comments()));
                }
            }
        }
        return out == null ? lines : out;
    }

    /**
     * Whether a line is a lone {@code {} or {@code }} with no arrow: the braces an author wraps around a
     * loop's body at the margin, under arrows whose length draws the depth; they do not end the run.
     */
    static boolean loneBrace(TraceLine l) {
        return l.arrow() == Arrow.NONE && l.reading() != null && l.reading().kind() == org.tracenotes.core.model.StepKind.BRACE
                && (l.reading().text().equals("{") || l.reading().text().equals("}"));
    }

    /** Whether a line is a step led by a plain dashed arrow ({@code ->}, {@code -->}, {@code ---->}). */
    static boolean dashed(TraceLine l) {
        return (l.arrow() == Arrow.DASH || l.arrow() == Arrow.LONG) && l.reading() != null;
    }

    /** The dashes of a line's arrow, counted in the source where its range starts. */
    static int dashes(TraceLine l, SourceText source) {
        return run(source.text(), l.range().offset(), '-');
    }

    /** How many times {@code c} stands in a row in {@code text} from {@code from} on. */
    static int run(String text, int from, char c) {
        int n = 0;
        for (int p = from; p < text.length() && text.charAt(p) == c; p++) {
            n++;
        }
        return n;
    }
}
