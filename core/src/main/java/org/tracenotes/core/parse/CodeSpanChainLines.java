package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * A chain written one link a line outside any fence, every line at the margin: a function in a code span
 * alone on the first line, then lines led by {@code ->} naming the next function in a code span.
 * <pre>
 * `sys_open_x()`
 * -&gt; `do_open_x()`
 * -&gt; `path_open_x()`
 * </pre>
 * With no indentation to say otherwise, each line is the callee of the line above it when the author says
 * a chain follows (the caption right above or the section's heading names a chain: {@code 链},
 * {@code chain}, {@code call path}): the path the call takes, one hop a line, as a one-line chain
 * {@code a -> b -> c} broken at its arrows. Without those words the arrow lines stay steps of the first.
 */
final class CodeSpanChainLines {

    /** The fewest arrow lines under the first line. */
    private static final int MIN_LINKS = 2;
    /** How many lines above the chain to look for its section's heading, at most. */
    private static final int MAX_LOOKBACK = 40;

    private CodeSpanChainLines() {
    }

    /** The lines of an unfenced block ({@code fenced} false) that is such a chain, each put under the line above it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        if (fenced) {
            return lines;
        }
        int first = -1;
        int arrows = 0;
        int spans = 0;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (l.reading() == null) {
                return lines;   // a comment among the links: another notation
            }
            String src = source.line(l.line()).strip();
            if (first < 0) {
                if (l.arrow() != Arrow.NONE || l.indent() != 0 || !aloneInSpan(src)) {
                    return lines;   // the cheap test: the first line is a code span alone at the margin
                }
                first = i;
                continue;
            }
            if (l.arrow() != Arrow.DASH || l.indent() != 0 || !src.startsWith("->")) {
                return lines;
            }
            arrows++;
            spans += src.substring(2).stripLeading().startsWith("`") ? 1 : 0;
        }
        if (first < 0 || arrows < MIN_LINKS || spans * 2 <= arrows || !namedAChain(source, lines.get(first).line())) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int depth = 0;
        for (int i = first + 1; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.isBlank()) {
                continue;
            }
            depth++;
            int shift = depth - 1;
            out.set(i, new TraceLine(l.line(), l.indent() + shift, l.textIndent() + shift, l.arrow(), l.reading(), l.range(),
                    l.comments()));
        }
        return out;
    }

    /**
     * Whether the author calls what stands above line {@code first} (1-based) a chain: the caption right
     * above it (its last non-blank line) or the heading of its section says {@code 链}, {@code chain} or
     * {@code call path}. Without that the lines are steps in order, each arrow one more step.
     */
    private static boolean namedAChain(SourceText source, int first) {
        boolean caption = true;
        for (int n = first - 1, seen = 0; n >= 1 && seen < MAX_LOOKBACK; n--, seen++) {
            String text = source.line(n).strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean heading = text.startsWith("#");
            if ((caption || heading) && namesChain(text)) {
                return true;
            }
            if (heading) {
                return false;
            }
            caption = false;
        }
        return false;
    }

    private static boolean namesChain(String text) {
        if (text.indexOf('\u94FE') >= 0) {
            return true;   // 链
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int k = lower.indexOf("chain"); k >= 0; k = lower.indexOf("chain", k + 1)) {
            int end = k + 5 < lower.length() && lower.charAt(k + 5) == 's' ? k + 6 : k + 5;
            if ((k == 0 || !Character.isLetter(lower.charAt(k - 1))) && (end >= lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;   // the word chain, not a longer word holding it
            }
        }
        return lower.contains("call path");
    }

    /** Whether a stripped line is one code span and nothing else: {@code `f(x)`}. */
    private static boolean aloneInSpan(String s) {
        return s.length() >= 3 && s.charAt(0) == '`' && s.charAt(s.length() - 1) == '`' && s.indexOf('`', 1) == s.length() - 1;
    }
}
