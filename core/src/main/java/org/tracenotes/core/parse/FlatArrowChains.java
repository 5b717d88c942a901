package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
        if (links < MIN_LINKS || !callShaped(lines, source)) {
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
            if (!isStepName(name)) {
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
     * Whether a left-out link names a step: a name ({@code a_b}, {@code a.b}, {@code a->b}, {@code a-b}),
     * optionally followed by its arguments in parentheses that close the text.
     */
    static boolean isStepName(String name) {
        if (name.isEmpty() || !(isNameChar(name.charAt(0)) && !Character.isDigit(name.charAt(0)))) {
            return false;
        }
        int i = 1;
        while (i < name.length() && (isNameChar(name.charAt(i)) || name.charAt(i) == '.' || name.charAt(i) == '>' || name.charAt(i) == '-')) {
            i++;
        }
        return i == name.length() || name.charAt(i) == '(' && name.charAt(name.length() - 1) == ')';
    }

    private static boolean isNameChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * Whether the column's links read as calls: no link names a file ({@code --> config.yaml}), and all
     * links but one are call-shaped ({@code --> vfs_read}, {@code --> probe()}, {@code --> ops->read}); plain
     * words in a column ({@code --> lint}, {@code --> test}) are a checklist, no stack.
     */
    private static boolean callShaped(List<TraceLine> lines, SourceText source) {
        int plain = 0;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            String text = source.line(l.line());
            int from = text.indexOf('>') + 1;
            if (from == 0 || linkArrow(l, source) == null) {
                continue;
            }
            int end = from;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            int start = end;
            while (end < text.length() && isNameChar(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && text.charAt(end) == '.' && isFileExtension(text, end + 1)) {
                return false;
            }
            boolean call = end > start && (text.indexOf('_', start) >= 0 && text.indexOf('_', start) < end
                    || end < text.length() && (text.charAt(end) == '(' || text.charAt(end) == '.' || text.startsWith("->", end)));
            if (!call && ++plain > 1) {
                return false;
            }
        }
        return true;
    }

    /** Extensions of files a checklist names ({@code config.yaml}); a member ({@code ops.read}) is none of them. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("yaml", "yml", "env", "json", "toml", "txt", "md", "ini",
            "cfg", "conf", "xml", "lock", "log", "sh", "py", "js", "ts", "c", "h", "cc", "cpp", "hpp", "rs", "go", "mk");

    /** Whether a file extension starts at {@code from}: one of {@link #FILE_EXTENSIONS}, then the end, a blank or a parenthesis. */
    private static boolean isFileExtension(String text, int from) {
        int end = from;
        while (end < text.length() && end - from <= 5 && isNameChar(text.charAt(end))) {
            end++;
        }
        return end > from && (end == text.length() || text.charAt(end) == ' ' || text.charAt(end) == ')')
                && FILE_EXTENSIONS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
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
        i += ArrowLengthDepth.run(text, i, '-');
        if (i - start < 2 || i >= text.length() || text.charAt(i) != '>' || i + 1 < text.length() && text.charAt(i + 1) == '>') {
            return null;
        }
        return text.substring(start, i + 1);
    }
}
