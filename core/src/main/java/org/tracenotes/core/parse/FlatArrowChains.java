package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * A call stack written top-down as a flat column of arrows: a root, then three or more lines each led by
 * the same long arrow ({@code -->}, one length) at the root's own column, nothing deeper
 * anywhere in the block. With no indentation to show depth, the arrow says "calls": each arrowed line is
 * the callee of the line above it, a chain. A line wrapped in parentheses ({@code (--> inlined_step)})
 * marks a step the stack dump left out; it is still a link. A new arrowless line at the column starts the
 * next chain (two stacks in one fence). Links stand line after line: a blank line above a link leaves the
 * block to {@link ParagraphChains}. A link in words ({@code --> building docs}) is no function: no stack.
 * <pre>
 * READ: sys_read
 * --&gt; vfs_read
 * (--&gt; new_sync_read)
 * --&gt; dev_read_iter
 * </pre>
 * Not a chain: {@code =>} lines at the root's column (in the seed notation they are the statements of the
 * root's body, side by side), {@code ->} lines (the call notation's body steps), tree arrows ({@code +->}),
 * arrows of varying length (their length gives the depth, {@link ArrowLengthDepth}).
 */
final class FlatArrowChains {

    /** Arrowed lines a block needs before it reads as a chain. */
    static final int MIN_LINKS = 3;

    private FlatArrowChains() {
    }

    /** The block's lines with each arrowed link moved under the line above it, when the block is such a column. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int column = -1;
        int links = 0;
        String arrow = null;
        boolean rootSeen = false;
        boolean blankAbove = false;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly()) {
                blankAbove |= l.isBlank();
                continue;
            }
            if (l.reading() == null || column >= 0 && l.indent() != column) {
                return lines;   // a bare arrow, or a line off the column: depth is drawn
            }
            column = l.indent();
            String mark = linkArrow(l, source);
            if (mark == null) {
                if (l.arrow() != Arrow.NONE) {
                    return lines;   // `=>`, `+->`: not a call arrow of a stack
                }
                rootSeen = true;
                blankAbove = false;
                continue;
            }
            if (!rootSeen || blankAbove || arrow != null && !arrow.equals(mark) || l.arrow() != Arrow.NONE && l.reading().kind() == StepKind.PROSE) {
                return lines;   // no root above the first arrow, a paragraph's arrow (ParagraphChains), lengths differ, or words
            }
            arrow = mark;
            links++;
            blankAbove = false;
        }
        if (links < MIN_LINKS) {
            return lines;
        }
        int[] callers = new int[lines.size()];
        Arrays.fill(callers, ChainLinks.NONE);
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (previous >= 0 && linkArrow(l, source) != null) {
                callers[i] = previous;   // the line above, even an assignment: `--> ops.read = impl` lands in impl
            }
            previous = i;
        }
        return ChainLinks.apply(leftOutSteps(lines, callers), callers);
    }

    /**
     * The lines with each parenthesised link ({@code (--> name)}, read as words since no arrow leads it)
     * read as the call it names: the step the stack dump left out.
     */
    private static List<TraceLine> leftOutSteps(List<TraceLine> lines, int[] callers) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (callers[i] == ChainLinks.NONE || l.arrow() != Arrow.NONE || l.reading().kind() != StepKind.PROSE) {
                continue;
            }
            String text = l.reading().text();
            int from = text.indexOf('>') + 1;
            int to = text.endsWith(")") ? text.length() - 1 : text.length();
            String name = from > 0 && from < to ? text.substring(from, to).strip() : "";
            if (!name.matches("[A-Za-z_][\\w.>-]*(?:\\(.*\\))?")) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), Arrow.LONG,
                    new StepReader.Reading(StepKind.CALL, name, null, null, null, null, null), l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    /**
     * The long arrow leading a step line ({@code -->}, {@code --->}, also inside a leading parenthesis),
     * as written; null when the line has none.
     */
    private static String linkArrow(TraceLine l, SourceText source) {
        if (l.arrow() != Arrow.NONE && l.arrow() != Arrow.LONG) {
            return null;
        }
        String text = source.line(l.line());
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (l.arrow() == Arrow.NONE) {
            if (i >= text.length() || text.charAt(i) != '(') {
                return null;
            }
            i++;
        }
        int start = i;
        while (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        if (i - start < 2 || i >= text.length() || text.charAt(i) != '>' || i + 1 < text.length() && text.charAt(i + 1) == '>') {
            return null;
        }
        return text.substring(start, i + 1);
    }
}
