package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.DownArrowRuns;

/**
 * Steps joined by down-arrow lines ({@link DownArrowRuns}): an arrowless step after a line holding only
 * a downward arrow ({@code // ||} then {@code // \/}, {@code # ↓}, a bare {@code ↓} or {@code ||} then
 * {@code \/}) is the callee of the step before the arrow, though both stand at one column
 * ({@link ChainLinks}).
 */
final class DownArrowLines {

    private DownArrowLines() {
    }

    /** The block's lines with each step below a down arrow moved under the step above it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        boolean[] links = null;
        int previousLine = -1;   // the source line of the last step
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            if (previousLine > 0 && l.arrow() == Arrow.NONE && arrowBetween(source, previousLine, l.line())) {
                if (links == null) {
                    links = new boolean[lines.size()];
                }
                links[i] = true;
            }
            previousLine = l.line();
        }
        return links == null ? lines : ChainLinks.apply(lines, links);
    }

    /** Whether a source line strictly between {@code above} and {@code below} is a down arrow. */
    private static boolean arrowBetween(SourceText source, int above, int below) {
        String all = source.text();
        for (int k = below - 1; k > above; k--) {
            int p = source.lineStart(k);
            while (p < all.length() && (all.charAt(p) == ' ' || all.charAt(p) == '\t')) {
                p++;
            }
            // the cheap test, on the note's chars: the first character a down-arrow line can start with
            if (p < all.length() && "/#|\\\u2193\u2B07\u21D3".indexOf(all.charAt(p)) >= 0
                    && DownArrowRuns.isDownArrow(source.line(k))) {
                return true;
            }
        }
        return false;
    }
}
