package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;

/**
 * A fence its author opened twice: a fence opener with an info string, a caption, then another opener with
 * an info string, then the trace. By CommonMark the second opener is a line of the fence's content (a
 * closing fence has no info string), and the fence still closes where it closes; but the author meant it to
 * open the fence:
 * <pre>
 * ```c
 * call flow:
 * ```c
 * run_query
 * --&gt; parse_query          // builds the tree
 *     --&gt; raw_parse
 * --&gt; plan_query
 * ```
 * </pre>
 * Such a line starts a fresh trace: nothing before it is a parent of anything after it ({@code run_query}
 * is a root, not a call under {@code call flow:}), the opener itself is no step, and the caption lines right
 * above it that are prose (words, no code) are text, comment lines of the block. Steps above it keep their
 * reading. A fence with no such line, or whose such line has no step after it, is read as before.
 *
 * <p>{@link BlockStages} reads the lines ({@link #apply}); the tree builder asks {@link #restarts} at each
 * line and, at the opener, begins anew.
 */
final class StrayFenceOpeners {

    /** The marker of the comment line the opener becomes: no comment of a note's has it. */
    static final String MARKER = "```";

    /** A fence opener with an info string: three or more backticks or tildes, then a word. */
    private static final Pattern OPENER = Pattern.compile("^(?:`{3,}|~{3,})[ \\t]*[A-Za-z][\\w+#.-]*[ \\t]*$");

    /** Code in a caption: a call's parentheses, a statement's end, a brace, an assignment, an arrow. */
    private static final Pattern CODE = Pattern.compile("[(){};=<>|]|->");

    /** The deepest an opener stands past the fence's own column, as CommonMark allows. */
    private static final int MAX_INDENT = 3;

    private StrayFenceOpeners() {
    }

    /** The block's lines, each opener inside a fence followed by a step read as a marker line, the prose captions above it as comment lines. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        if (!fenced) {
            return lines;
        }
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.arrow() != Arrow.NONE || l.reading() == null || l.indent() > MAX_INDENT
                    || !OPENER.matcher(source.line(l.line()).strip()).matches() || !stepAfter(lines, i)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), l.indent(), l.indent(), Arrow.NONE, null, l.range(),
                    List.of(new Comment(MARKER, source.line(l.line()).strip(), Comment.Placement.LEADING, l.range()))));
            for (int k = i - 1; k >= 0; k--) {
                TraceLine c = out.get(k);
                if (c.isBlank() || marker(c)) {
                    break;   // the caption is the paragraph right above the opener, below any opener before it
                }
                if (c.isCommentOnly()) {
                    continue;
                }
                if (!prose(c, source)) {
                    break;
                }
                out.set(k, c.asCommentLine());
            }
        }
        return out == null ? lines : out;
    }

    /**
     * Whether {@code line} is the marker an opener became: then the tree so far is ended, and the lines after it
     * grow a fresh one, as if the block began there. Called by the tree builder at each line.
     */
    static boolean restarts(BlockTreeState state, TraceLine line) {
        if (!marker(line)) {
            return false;
        }
        state.settleComments(null, -1);
        state.root = null;
        state.last = null;
        state.baseIndent = -1;
        state.stack.clear();
        state.rootBraceOpen = false;
        state.rootBraceClosed = false;
        return true;
    }

    /** Whether {@code line} is the marker an opener became. */
    private static boolean marker(TraceLine line) {
        return line.isCommentOnly() && line.comments().size() == 1 && MARKER.equals(line.comments().get(0).marker());
    }

    /** Whether a step line follows line {@code i}. */
    private static boolean stepAfter(List<TraceLine> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (lines.get(k).reading() != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a caption line is prose: no arrow, words with no code in them. */
    private static boolean prose(TraceLine l, SourceText source) {
        StepKind kind = l.reading().kind();
        return l.arrow() == Arrow.NONE && (kind == StepKind.PROSE || kind == StepKind.LABEL || kind == StepKind.EXPRESSION)
                && !CODE.matcher(l.reading().text()).find() && words(source.line(l.line()).strip());
    }

    /** Whether text reads as words: a CJK character, a blank between two words, or a closing colon. */
    private static boolean words(String text) {
        if (text.endsWith(":") || text.endsWith("：")) {
            return true;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '\u3000' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af' || c >= '\uff00' && c <= '\uffef') {
                return true;
            }
        }
        return text.matches(".*[A-Za-z]\\s+[A-Za-z].*");
    }
}
