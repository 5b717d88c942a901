package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * A chain drawn downwards one arrow a paragraph: a root, then {@code -->} or {@code ->} lines at the
 * root's column, each alone between blank lines (a commented-out arrow beside it at most), each a call.
 * <pre>
 * enter_fault()
 *
 * --&gt; handle_fault()
 *
 * # --&gt; kernel_fault()
 * --&gt; user_fault()
 *
 * --&gt; mm_fault()
 * </pre>
 * The steps of a body stand in consecutive lines (blank lines part groups of them); an author who
 * gives every arrow a paragraph of its own, with nothing indented anywhere, draws {@code a --> b --> c}
 * over several lines, each arrow pointing from the paragraph above: each call is the callee of the one
 * before it. A commented-out arrow in a link's paragraph is another callee the author left out, a
 * remark of that link; a comment in words is the author's remark on the sequence, so such a block stays
 * as written. A flat sequence of steps written line after line ({@code => a()} / {@code => b()}) stays a
 * sequence, and so do {@code =>} steps between blank lines: in the seed's notation they are siblings.
 */
final class ParagraphChains {

    /** The fewest arrow links (after the root) read as a chain. */
    private static final int MIN_LINKS = 2;

    private ParagraphChains() {
    }

    /** The block's lines, each arrow link moved under the one before it when the block is such a chain. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        int column = -1;
        int steps = 0;
        int previousLine = -1;
        int between = 0;   // commented-out arrows since the previous step
        Arrow arrow = null;
        for (TraceLine l : lines) {
            if (l.isBlank()) {
                continue;
            }
            if (l.isCommentOnly()) {
                if (steps == 0 || between > 0 || !isCommentedOutArrow(l)) {
                    return lines;   // a remark in words, or more than one callee left out
                }
                between++;
                continue;
            }
            if (l.reading() == null || column >= 0 && l.indent() != column) {
                return lines;   // the usual case: indentation shows the nesting, decided at the second line
            }
            if (steps == 0) {
                if (l.arrow() != Arrow.NONE) {
                    return lines;   // no root line
                }
                column = l.indent();
            } else {
                if (l.arrow() != Arrow.LONG && l.arrow() != Arrow.DASH || arrow != null && l.arrow() != arrow
                        || l.reading().kind() != StepKind.CALL || l.line() - previousLine - 1 <= between) {
                    return lines;   // no --> or -> (=> steps are siblings), mixed arrows, no call, or no blank line before it
                }
                arrow = l.arrow();
            }
            steps++;
            previousLine = l.line();
            between = 0;
        }
        if (steps - 1 < MIN_LINKS) {
            return lines;
        }
        boolean[] links = new boolean[lines.size()];
        boolean root = true;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            links[i] = !root;
            root = false;
        }
        return ChainLinks.apply(lines, links);
    }

    /** Whether the comment line is an arrow commented out: {@code # --> f()}, {@code // -> f()}. */
    private static boolean isCommentedOutArrow(TraceLine l) {
        String text = l.comments().get(0).text().strip();
        return text.startsWith("-->") || text.startsWith("->");
    }
}
