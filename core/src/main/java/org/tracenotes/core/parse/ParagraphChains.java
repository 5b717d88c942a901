package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * A chain drawn downwards one arrow a paragraph: a root, then arrow lines at the root's column, each
 * alone between blank lines, each a call.
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
 * remark of that link. A flat sequence of steps written line after line ({@code => a()} /
 * {@code => b()}) stays a sequence.
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
        int between = 0;   // comment lines since the previous step
        Arrow arrow = null;
        for (TraceLine l : lines) {
            if (l.isBlank()) {
                continue;
            }
            if (l.isCommentOnly()) {
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
                if (l.arrow() == Arrow.NONE || arrow != null && l.arrow() != arrow
                        || l.reading().kind() != StepKind.CALL || l.line() - previousLine - 1 <= between) {
                    return lines;   // an arrowless line, mixed arrows, no call, or no blank line before it
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
}
