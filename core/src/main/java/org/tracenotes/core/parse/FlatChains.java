package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.FlatChainRuns;

/**
 * A flat call chain ({@link FlatChainRuns}): a block of three or more arrowless steps all at one
 * column, right under a heading or comment naming a call chain. The first step is the root and each
 * next step the callee of the one before it ({@link ChainLinks}).
 */
final class FlatChains {

    private static final int MIN_LINKS = 3;

    private FlatChains() {
    }

    /** The block's lines, each step after the first moved under the one before it when the block is a flat chain. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int steps = 0;
        int column = -1;
        int firstLine = -1;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (l.reading() == null || l.arrow() != Arrow.NONE || column >= 0 && l.indent() != column) {
                return lines;   // the usual case: an arrow or a deeper line, decided at the first one
            }
            if (column < 0) {
                column = l.indent();
                firstLine = l.line();
            }
            steps++;
        }
        if (steps < MIN_LINKS || !underChainHeading(source, firstLine)) {
            return lines;
        }
        boolean[] links = new boolean[lines.size()];
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (!l.isBlank() && !l.isCommentOnly()) {
                links[i] = !first;
                first = false;
            }
        }
        return ChainLinks.apply(lines, links);
    }

    /** Whether the nearest non-blank line above line {@code line} (past a fence line) names a call chain. */
    private static boolean underChainHeading(SourceText source, int line) {
        int k = line - 1;
        while (k >= 1 && source.line(k).isBlank()) {
            k--;
        }
        if (k >= 1 && (source.line(k).strip().startsWith("```") || source.line(k).strip().startsWith("~~~"))) {
            k--;
            while (k >= 1 && source.line(k).isBlank()) {
                k--;
            }
        }
        return k >= 1 && FlatChainRuns.namesCallChain(source.line(k));
    }
}
