package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.FlatChainRuns;
import org.tracenotes.grammar.SourceLocation;

/**
 * A call path written as a flat column of {@code ->} lines at the root's own column, each naming the file
 * its function lives in: the author walks from function to function (and file to file), so each arrowed
 * line is the callee (or the successor) of the line above it, a chain, though no indentation shows it.
 * <pre>
 * # stage one
 * pump_start (pump/main.c)
 * -&gt; pump_prime (pump/prime.c, fills the line)
 * -&gt; valve_open (valve/valve.c)
 *    - valve-&gt;state = OPEN
 * -&gt; valve_wait (valve/wait.c)
 * </pre>
 * Comment lines between the links ({@code # stage two}) are captions: the chain goes on across them.
 * Lines deeper than the column ({@code - x = y} bullets, {@code  or other_name}) are the body of the link
 * above them and move with it; the next link is the callee of that link. A new arrowless line at the
 * column starts the next chain (several paths in one fence).
 * <p>Not a chain (the arrows are the steps of the root's body, side by side, as in the call notation): a
 * column whose links mostly name no file ({@code -> pump_prime()}), a block where some arrow stands deeper
 * than the column (the author draws depth by indentation), a block with other arrows ({@code =>}, {@code -->}),
 * fewer than {@value #MIN_LOCATED} located links.
 */
final class LocatedArrowChains {

    /** Links naming their file a block needs before its column reads as a path. */
    static final int MIN_LOCATED = 3;

    private LocatedArrowChains() {
    }

    /** The block's lines with each {@code ->} link moved under the step line above it at the column, when the block is such a path. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int column = Integer.MAX_VALUE;
        int links = 0;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            if (l.arrow() == Arrow.DASH) {
                links++;
            } else if (l.arrow() != Arrow.NONE) {
                return lines;   // `=>`, `-->`, `+->`: another notation
            }
            column = Math.min(column, l.indent());
        }
        if (links < MIN_LOCATED || links > FlatChainRuns.MAX_LINKS) {
            return lines;   // too short to show a path, or too long to be one
        }
        int located = 0;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            if (l.arrow() == Arrow.DASH) {
                if (l.indent() != column) {
                    return lines;   // an arrow off the column: depth is drawn, same-column arrows are siblings
                }
                if (located(source.line(l.line()))) {
                    located++;
                }
            }
        }
        if (located < MIN_LOCATED || located * 3 < links * 2) {
            return lines;
        }
        int[] callers = new int[lines.size()];
        Arrays.fill(callers, ChainLinks.NONE);
        int above = -1;   // the step line above at the column: a link's caller, past the body lines of that step
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null || l.indent() != column) {
                continue;
            }
            if (l.arrow() == Arrow.DASH && above >= 0) {
                callers[i] = above;
            }
            above = i;
        }
        return ChainLinks.apply(bodiesPastText(lines, column), callers);
    }

    /**
     * The lines with each line deeper than the column ({@code    - x = y}, {@code  or g}) standing past the text
     * column of the step above it at the column, so that it reads as that step's body, not as a step beside it.
     */
    private static List<TraceLine> bodiesPastText(List<TraceLine> lines, int column) {
        List<TraceLine> out = new ArrayList<>(lines);
        TraceLine owner = null;
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (l.indent() == column && !l.isCommentOnly() && l.reading() != null) {
                owner = l;
            } else if (owner != null && l.indent() > column && l.indent() <= owner.textIndent()) {
                int d = owner.textIndent() + 1 - l.indent();
                out.set(i, new TraceLine(l.line(), l.indent() + d, l.textIndent() + d, l.arrow(), l.reading(), l.range(), l.comments()));
            }
        }
        return out;
    }

    /**
     * Whether an arrowed line names the file of its function: after the arrow, a name (no blank in it), blanks,
     * and a location in parentheses ({@code -> cpu_up (kernel/cpu.c)}, {@code -> f (x.S, remark)}).
     */
    static boolean located(String text) {
        int p = text.indexOf("->");
        if (p < 0) {
            return false;
        }
        p += 2;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        int name = p;
        while (p < text.length() && text.charAt(p) != ' ' && text.charAt(p) != '\t') {
            p++;
        }
        int blanks = p;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (blanks == name || p == blanks || p >= text.length() || text.charAt(p) != '(') {
            return false;
        }
        int end = p + 1;
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != ')') {
            end++;
        }
        return end < text.length() && SourceLocation.startsAt(text.substring(p, end) + ")", 0);   // `(x.c)`, `(dir/x.c, remark)`
    }
}
