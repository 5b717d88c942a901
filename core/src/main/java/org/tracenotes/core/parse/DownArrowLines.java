package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.grammar.DownArrowRuns;

/**
 * Steps joined by down-arrow lines ({@link DownArrowRuns}): a step after a comment line holding only a
 * downward arrow ({@code // ||}, {@code // \/}, {@code # ↓}) is the callee of the step before the
 * arrow, though both stand at one column ({@link ChainLinks}).
 */
final class DownArrowLines {

    private DownArrowLines() {
    }

    /** The block's lines with each step below a down arrow moved under the step above it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        boolean[] links = null;
        boolean arrow = false;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (l.isCommentOnly()) {
                String text = source.line(l.line());
                arrow |= text.indexOf('/') >= 0 || text.indexOf('#') >= 0 ? DownArrowRuns.isDownArrow(text) : false;
                continue;
            }
            if (arrow && l.reading() != null) {
                if (links == null) {
                    links = new boolean[lines.size()];
                }
                links[i] = true;
            }
            arrow = false;
        }
        return links == null ? lines : ChainLinks.apply(lines, links);
    }
}
