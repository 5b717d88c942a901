package org.tracenotes.core.parse;

import org.tracenotes.grammar.SpaceEntityDepths;

import java.nio.CharBuffer;
import java.util.List;
import java.util.function.ToIntFunction;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.ListNumbers;

/**
 * A drawn tree written without its root line: the block's first step is led by a branch's connector
 * ({@code +- f()}, {@code |- f}, {@code `- f}, {@code ├─ f()}, {@code └── f()}) and more branches stand
 * at its column: siblings hung from a caller the block leaves implied. They are top-level steps of that
 * implied root, not roots of the lines under them. A single branch over all the others
 * ({@code +-- start()} with the tree under it) is the root, drawn as a branch.
 * <pre>
 * +- prepare()          # a top-level step, the root implied
 * |  `- lock()
 * `- finish()           # its sibling
 * </pre>
 * A root drawn as a name ({@code src} over {@code |-- main}) is still the root of its branches. List items
 * ({@code - f()}, {@code * f()}) at the block's margin are read the same way.
 */
final class RootlessForests {

    private RootlessForests() {
    }

    /** What leads a line: {@link #BRANCH}, {@link #ITEM}, {@link #LOOSE_ITEM} or {@link #OTHER}. */
    static final int OTHER = 0;
    static final int BRANCH = 1;
    static final int ITEM = 2;
    /** A list item that leads no forest: a bullet outside a fence, a {@code + } bullet, a number ({@code 1.}, {@code 2、}). */
    static final int LOOSE_ITEM = 3;

    /** Whether a line so led opens a list item of its own (whose words never go on with the item above). */
    static boolean opensItem(int lead) {
        return lead == ITEM || lead == LOOSE_ITEM;
    }

    /** Whether a line so led starts a step of its own, never the wrapped rest of the line above: an item or a branch. */
    static boolean opensLine(int lead) {
        return opensItem(lead) || lead == BRANCH;
    }

    /**
     * Whether line {@code index} of {@code lines}, at the margin of a block with no root line yet, is a
     * top-level step of an implied root: a call or a name on a branch or an item with another branch or
     * item at its column (a single branch over all the others is the root drawn as a branch).
     */
    static boolean topStep(List<TraceLine> lines, int index, ToIntFunction<TraceLine> lead) {
        TraceLine l = lines.get(index);
        StepReader.Reading r = l.reading();
        if (r == null || !(r.kind() == StepKind.CALL || r.kind() == StepKind.EXPRESSION && r.expression() instanceof Expr.Name)) {
            return false;   // a step is a call or a name: `├── app/`, `* Upstream insists on …` stay as they were
        }
        int kind = lead.applyAsInt(l);
        return kind != OTHER && kind != LOOSE_ITEM && (sibling(lines, index, -1, kind, lead) || sibling(lines, index, 1, kind, lead));
    }

    /**
     * Whether a line led as {@code kind} stands at line {@code index}'s column before a line left of it,
     * looking in direction {@code d}.
     */
    private static boolean sibling(List<TraceLine> lines, int index, int d, int kind, ToIntFunction<TraceLine> lead) {
        int indent = lines.get(index).indent();
        for (int k = index + d; k >= 0 && k < lines.size(); k += d) {
            TraceLine o = lines.get(k);
            if (o.isBlank() || o.isCommentOnly() || o.indent() > indent) {
                continue;
            }
            return o.indent() == indent && lead.applyAsInt(o) == kind;
        }
        return false;
    }

    /**
     * What leads line {@code line} of the source after its blanks: a branch's connector, a list item's bullet (in a
     * fence; items at the margin outside one are a list's roots: loose items), a {@code + } bullet or an item's
     * number (loose items), or other.
     */
    static int lead(SourceText source, int line, boolean fenced) {
        String text = source.text();
        int i = source.lineStart(line);
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 < n && (text.charAt(i) == '-' || text.charAt(i) == '*') && text.charAt(i + 1) == ' ') {
            return fenced ? ITEM : LOOSE_ITEM;
        }
        int edge = BoxArmLines.pastRails(text, i, n);   // `│    ├─ step`: a branch drawn under its parent's rail
        if (ledByBranch(text, edge, n) || SpaceEntityDepths.deepLead(text, i)) {
            return BRANCH;   // `&emsp;&emsp;f` lines at one depth: siblings under a caller drawn above the block
        }
        return i + 1 < n && text.charAt(i) == '+' && text.charAt(i + 1) == ' ' || numbered(text, i, n) ? LOOSE_ITEM : OTHER;
    }

    /** Whether the text at {@code i} starts with an item's number ({@code 1.}, {@code 2)}, {@code 3、}, {@code (4)}, {@code ⑤}). */
    private static boolean numbered(String text, int i, int n) {
        char c = i < n ? text.charAt(i) : '\n';
        if (!(c >= '0' && c <= '9' || c == '(' || c == '\uFF08' || c >= '\u2460' && c <= '\u2487')) {
            return false;   // the cheap test: most lines start with no number
        }
        int end = text.indexOf('\n', i);
        CharSequence line = CharBuffer.wrap(text, i, end < 0 ? n : end);   // a view of the line, no copy
        return ListNumbers.plainEnd(line, ListNumbers.Separators.STEPS) > 0 || ListNumbers.end(line) > 0;
    }

    /** Whether the text at {@code i} starts with a branch's connector. */
    private static boolean ledByBranch(String text, int i, int n) {
        if (i + 1 >= n) {
            return false;
        }
        char c = text.charAt(i);
        char d = text.charAt(i + 1);
        return c == '├' || c == '└' || c == '┣' || c == '┗'
                || (c == '+' || c == '|' || c == '`' || c == '\\') && (d == '-' || d == '─');
    }
}
