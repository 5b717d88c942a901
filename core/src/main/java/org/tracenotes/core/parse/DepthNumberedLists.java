package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.FlatChainRuns;

/**
 * A walk-through written as a list whose item numbers count the depth, not the items: the first item is
 * numbered N, its steps N+1 one level deeper, theirs N+2, and siblings repeat their number.
 * <pre>
 * 0. the scheduler calls Widget.java run()        the head: the root the walk-through hangs under
 *     1. prepare()
 *     1. Widget.java start()
 *         2. ★ ret = open(dev)                    a star marks a step the author finds important: the code after it
 *         2. new Buffer(len)                      a constructor call, not a declaration
 *         2. 如果 不需要重试，放入队列，再循环          a condition in words first: an if, though it mentions a loop
 *         - 中间 框架 代码                          a bullet in words among numbered items: a remark on the step above
 *         2. 调用栈如下：                             a caption naming a call stack over bullets:
 *             - Outer.run(x)                       each bullet called by the one above it
 *             - Inner.run(x)
 *             3. Inner.run()                       the next numbered item at the bullets' column: under the caption
 * </pre>
 * A list is read so only when its first line is an item and the numbered items below keep the rule: an item
 * numbered one more than the item above stands deeper, one numbered the same stands at its column (±2), one
 * numbered less stands shallower, and some number is repeated (siblings). The call-stack caption's bullets
 * ({@link #chainStacks}) are read so in any block.
 */
final class DepthNumberedLists {

    /** How much deeper each bullet of a captioned stack is drawn than the bullet above. */
    private static final int STEP = 2;
    /** A caption's last clause, before the colon that ends it ({@code 调用栈如下：}, {@code the call stack:}). */
    private static final Pattern CAPTION_CLAUSE = Pattern.compile("([^:：]{0,24})[:：]\\s*$");
    /** Marks of an important step before its text. */
    private static final Pattern STAR = Pattern.compile("^[★☆⭐]\\s*");
    /** A constructor call alone: {@code new Widget(a, b)}. */
    private static final Pattern CONSTRUCTOR = Pattern.compile("^new\\s+[A-Za-z_][\\w.$]*(?:<[^>]*>)?\\s*\\(.*\\)\\s*;?$");
    /** A frame's code: a dotted name with {@code $} and a call. */
    private static final Pattern FRAME = Pattern.compile("^([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\s*\\(.*");

    private DepthNumberedLists() {
    }

    /**
     * The index of the block's first non-blank line when it heads a depth-numbered list (see the class comment),
     * or -1: the one check of a block, made once before its items are read as steps ({@link NumberedSteps}) and
     * handed on to {@link #apply}.
     */
    static int list(List<TraceLine> lines, SourceText source) {
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            first = lines.get(i).isBlank() ? -1 : i;
        }
        return first >= 0 && depthNumbered(lines, source, first) ? first : -1;
    }

    /**
     * Line index {@code list} (from {@link #list}) when it is still an item as the lexer read it (no arrow): the
     * head the steps hang under; -1 otherwise.
     */
    static int head(List<TraceLine> lines, int list) {
        return list >= 0 && lines.get(list).arrow() == Arrow.NONE && lines.get(list).reading() != null ? list : -1;
    }

    /** Whether the numbered items from line index {@code first} (an item) keep the depth-numbering rule. */
    private static boolean depthNumbered(List<TraceLine> lines, SourceText source, int first) {
        int prevNumber = number(source.line(lines.get(first).line()));
        if (prevNumber < 0) {
            return false;
        }
        int prevIndent = lines.get(first).indent();
        boolean repeated = false;
        boolean deeper = false;
        for (int i = first + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            int n = l.isBlank() ? -1 : number(source.line(l.line()));
            if (n < 0) {
                continue;
            }
            int d = l.indent() - prevIndent;
            if (n == prevNumber + 1 ? d <= 0 : n == prevNumber ? Math.abs(d) > 2 : n < prevNumber ? d >= 0 : true) {
                return false;
            }
            repeated |= n == prevNumber;
            deeper |= n == prevNumber + 1;
            prevNumber = n;
            prevIndent = l.indent();
        }
        return repeated && deeper;
    }

    /** The number of a plain item ({@code 12. text}), or -1. */
    private static int number(String line) {
        return org.tracenotes.grammar.ListNumbers.itemNumber(line, SourceText.firstNonBlank(line));
    }

    /**
     * {@code lines} with the readings of a depth-numbered list mended (see the class comment), the list's first line
     * at index {@code first} ({@link #list}, -1: none, the call-stack captions only); {@code lines} itself when none changes.
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int first) {
        List<TraceLine> out = chainStacks(lines, source);
        if (first < 0) {
            return out;
        }
        List<TraceLine> mended = null;
        for (int i = first; i < out.size(); i++) {
            TraceLine l = out.get(i);
            TraceLine m = mend(l, source, i == first);
            if (m != l) {
                if (mended == null) {
                    mended = new ArrayList<>(out);
                }
                mended.set(i, m);
            }
        }
        return mended == null ? out : mended;
    }

    /** Line {@code l} of a depth-numbered list read as it is meant, or {@code l}. */
    private static TraceLine mend(TraceLine l, SourceText source, boolean head) {
        StepReader.Reading r = l.reading();
        if (r == null) {
            return l;
        }
        String line = source.line(l.line());
        int p = SourceText.firstNonBlank(line);
        if (!head && l.arrow() == Arrow.NONE && r.kind() == StepKind.PROSE && r.expression() == null
                && line.startsWith("- ", p)) {
            return l.asCommentLine();   // `- 中间 框架 代码`: a remark among the numbered steps
        }
        var star = STAR.matcher(r.text());
        if (!head && star.find() && star.end() < r.text().length()) {
            String rest = r.text().substring(star.end());
            StepReader.Reading code = CodeInProse.read(rest, l.range(), r.context());
            if (code == null && FRAME.matcher(rest).matches()) {
                code = call(rest, l.range(), r);
            }
            if (code != null && code.kind() != StepKind.PROSE) {
                return l.withReading(new StepReader.Reading(code.kind(), r.text(), code.expression(), code.inline(), code.label(),
                        code.declaredType(), r.context()));
            }
            return l;
        }
        if (r.kind() == StepKind.DECLARATION && CONSTRUCTOR.matcher(r.text()).matches()) {
            return l.withReading(call(r.text().substring(3).strip(), l.range(), r));
        }
        if (r.kind() == StepKind.LOOP && ConditionWords.opensCondition(r.text())) {   // not 若干 (several) …
            return l.withReading(new StepReader.Reading(StepKind.IF, r.text(), r.expression(), r.inline(), r.label(), r.declaredType(),
                    r.context()));
        }
        return l;
    }


    /** {@code text} read as a call of the dotted name it starts with. */
    private static StepReader.Reading call(String text, SourceRange r, StepReader.Reading words) {
        var m = FRAME.matcher(text);
        String name = m.matches() ? m.group(1) : text;
        return new StepReader.Reading(StepKind.CALL, text, new Expr.Call(new Expr.Name(name, r), List.of(), r), null, null, null,
                words == null ? null : words.context());
    }

    /**
     * {@code lines} with the {@code - } bullets under a caption that names a call stack ({@code 5. 调用栈如下：},
     * {@code the call stack:}) drawn as a chain, each one level under the bullet above; the first keeps its column,
     * so a line after them back at that column stands under the caption.
     */
    static List<TraceLine> chainStacks(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = null;
        for (int i = 0; i + 2 < lines.size(); i++) {
            TraceLine c = lines.get(i);
            if (c.reading() == null || !namesStack(c.reading().text())) {
                continue;
            }
            int end = i + 1;
            int column = lines.get(end).indent();
            List<TraceLine> frames = new ArrayList<>();
            while (end < lines.size() && lines.get(end).indent() == column && column > c.indent()) {
                TraceLine f = frame(lines.get(end), source);
                if (f == null) {
                    break;
                }
                frames.add(f);
                end++;
            }
            if (frames.size() < 2) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            for (int k = 0; k < frames.size(); k++) {
                TraceLine f = frames.get(k);
                int at = column + k * STEP;
                out.set(i + 1 + k, new TraceLine(f.line(), at, at, Arrow.TREE, f.reading(), f.range(), f.comments()));
            }
            i = end - 1;
        }
        return out == null ? lines : out;
    }

    /** Whether {@code text} is a caption naming a call stack: its last clause, ending with a colon, has a stack word. */
    private static boolean namesStack(String text) {
        var m = CAPTION_CLAUSE.matcher(text);
        return m.find() && FlatChainRuns.namesCallStack(m.group(1));
    }

    /** Bullet line {@code l} read as a frame (a call), or null when it is no {@code - } bullet of code. */
    private static TraceLine frame(TraceLine l, SourceText source) {
        String line = source.line(l.line());
        int p = SourceText.firstNonBlank(line);
        if (p < 0 || !line.startsWith("- ", p) || l.arrow() != Arrow.NONE) {
            return null;
        }
        if (l.reading() != null) {
            return l.reading().kind() == StepKind.CALL ? l : null;
        }
        String text = line.substring(p + 2);
        int comment = text.indexOf("//");
        text = (comment >= 0 ? text.substring(0, comment) : text).strip();
        if (!FRAME.matcher(text).matches()) {
            return null;
        }
        int offset = source.lineStart(l.line()) + p + 2;
        int column = line.codePointCount(0, p + 2) + 1;
        SourceRange r = new SourceRange(l.line(), column, l.line(), column + text.codePointCount(0, text.length()),
                offset, offset + text.length());
        return new TraceLine(l.line(), l.indent(), l.textIndent(), Arrow.NONE, call(text, r, null), r, l.comments());
    }
}
