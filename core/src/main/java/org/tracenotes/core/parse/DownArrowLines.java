package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.DownArrowRuns;
import org.tracenotes.grammar.DownConnectors;
import org.tracenotes.grammar.VerticalChains;

/**
 * Steps joined by down-arrow lines ({@link DownArrowRuns}): an arrowless step after a line holding only
 * a downward arrow ({@code // ||} then {@code // \/}, {@code # ↓}, a bare {@code ↓} or {@code ||} then
 * {@code \/}) is the callee of the step before the arrow, though both stand at one column
 * ({@link ChainLinks}); so is an assignment below an arrow ({@code err = run_init()}). In a flowchart of
 * stages ({@code org.tracenotes.grammar.FlowchartRuns} marks its blocks) the arrows may join stages
 * rather than calls: when a step below an arrow is words, or a stage holds several lines at its column
 * ({@code exit_files} / {@code exit_fs} under one arrow), the arrows mean "then": the stages are the steps
 * of one flow, each as if an arrow led it (none of them is a root of its own), at the column it stands at.
 */
final class DownArrowLines {

    private DownArrowLines() {
    }

    /**
     * The block's lines with each step below a down arrow moved under the step above it; in a column of
     * names the layout found joined by connector lines ({@code verticalChain}, {@link VerticalChains}), each
     * name below a group of lines that are all connectors ({@code |} then {@code v}) too.
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean verticalChain) {
        boolean[] links = null;
        int previousLine = -1;   // the source line of the last step
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            if (previousLine > 0 && l.arrow() == Arrow.NONE && (arrowBetween(source, previousLine, l.line())
                    || verticalChain && connectorsBetween(source, previousLine, l.line()))) {
                if (links == null) {
                    links = new boolean[lines.size()];
                }
                links[i] = true;
            }
            previousLine = l.line();
        }
        return links == null ? lines : ChainLinks.apply(lines, links);
    }

    /**
     * The lines of a flowchart of stages ({@code flowchart}) as one flow when its down arrows (or lines of
     * connectors ending in an arrow head, {@code |} then {@code v}) join stages:
     * a step in words below an arrow, or a second line at the column of the step below an arrow (up to a
     * blank line). Any other block, and a flowchart whose arrows join calls, is returned as it is.
     */
    static List<TraceLine> stagesOfFlowchart(List<TraceLine> lines, SourceText source, boolean flowchart, boolean fenced) {
        if (!flowchart) {
            return lines;
        }
        int previousLine = -1;   // the source line of the last step
        int stage = -1;          // the column of the last step below an arrow, until a blank line
        for (TraceLine l : lines) {
            if (l.isBlank()) {
                stage = -1;
                continue;
            }
            if (l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            if (previousLine > 0 && l.arrow() == Arrow.NONE && (arrowBetween(source, previousLine, l.line())
                    || fenced && connectorsBetween(source, previousLine, l.line()))) {   // in a fence, `||` `V` or `|` `v` lines too
                stage = l.indent();
                if (l.reading().kind() == StepKind.PROSE) {
                    return flow(lines, fenced);
                }
            } else if (l.indent() == stage) {
                return flow(lines, fenced);   // a second line of the stage, at its column
            }
            previousLine = l.line();
        }
        return lines;
    }

    /**
     * The lines with each arrowless step led by an arrow: a step of the flow, never a root. In a fence, a
     * first step with another step right under it at its column, no connector between, is the flow's
     * caption: its root.
     */
    private static List<TraceLine> flow(List<TraceLine> lines, boolean fenced) {
        List<TraceLine> out = new java.util.ArrayList<>(lines.size());
        int caption = fenced ? caption(lines) : -1;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            out.add(l.reading() == null || l.arrow() != Arrow.NONE || i == caption ? l
                    : new TraceLine(l.line(), l.indent(), l.textIndent(), Arrow.STEP, l.reading(), l.range(), l.comments()));
        }
        return out;
    }

    /** The index of the flow's caption (see {@link #flow}), or -1. */
    private static int caption(List<TraceLine> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            if (first < 0) {
                first = i;
                continue;
            }
            TraceLine top = lines.get(first);
            return l.line() == top.line() + 1 && l.indent() == top.indent() && l.arrow() == Arrow.NONE ? first : -1;
        }
        return -1;
    }

    /** Whether there are source lines strictly between {@code above} and {@code below} and every one holds only a connector. */
    private static boolean connectorsBetween(SourceText source, int above, int below) {
        if (below - above < 2) {
            return false;
        }
        for (int k = above + 1; k < below; k++) {
            if (!DownConnectors.isColumnConnector(source.line(k))) {
                return false;
            }
        }
        return true;
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
            if (p < all.length() && mayStartDownArrowLine(all.charAt(p)) && DownArrowRuns.isDownArrow(source.line(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a down-arrow line ({@link DownArrowRuns#isDownArrow}) may start with {@code c}: a comment's marker or a strict arrow's start. */
    private static boolean mayStartDownArrowLine(char c) {
        return c == '/' || c == '#' || DownConnectors.mayStartStrict(c);
    }
}
