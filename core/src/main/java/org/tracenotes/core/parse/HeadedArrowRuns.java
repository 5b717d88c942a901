package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * Depth drawn by the length of the marks at the margin of a fence, headings among the arrows:
 * <pre>
 * flush_thread
 * -->flush_begin
 * ## while循环                      the loop, one level down (two marks, as {@code -->})
 * --->flush_pending                 in the loop (three marks)
 * ### 当 dirty &gt; limit 时           a branch in the loop (three marks)
 * ---->flush_iterate                in the branch (four marks)
 *      -->write_pages               under flush_iterate's text: its callee
 * ### dirty &lt;= limit 时             the other branch
 * ---->flush_complete
 * </pre>
 * At the margin (one column), {@code -}-arrows and headings of two or more {@code #} take the depth their
 * count of marks says, as {@link ArrowLengthDepth} reads arrows alone: the shortest arrow and the fewest
 * {@code #} stand one level under the root, each mark more one level deeper; a line nests under the one
 * above it that stands less deep, one as deep is its sibling. A heading is a step in words: a loop ({@code while …},
 * {@code 循环}), a branch ({@code 当…时}, {@code if …}; a branch right after a sibling branch is its other
 * side), or words. Arrows off the margin stand under the text of the margin line above them: that line's body,
 * moved with it. The run needs a heading and arrows of at least two lengths;
 * an arrow off the margin left of the text above it (indentation drawing depth) leaves the block as it is.
 */
final class HeadedArrowRuns {

    private static final Pattern LOOP = Pattern.compile("^(?:while|for|loop|do)\\b|循环|遍历", Pattern.CASE_INSENSITIVE);

    private HeadedArrowRuns() {
    }

    /** The block's lines with a headed margin run moved to the depths its marks say, its headings made steps. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int column = -1;
        boolean heading = false;
        for (TraceLine l : lines) {
            if (l.isCommentOnly() && hashes(l, source) >= 2) {   // the cheap test: a `##` line among the block's
                heading = true;
                column = l.indent();
                break;
            }
        }
        if (!heading) {
            return lines;
        }
        long lengths = 0;   // the dash counts of the margin's arrows, as bits
        int shortestDashes = Integer.MAX_VALUE;
        int fewestHashes = Integer.MAX_VALUE;
        int textAbove = -1;
        int marks;
        for (TraceLine l : lines) {
            if (ArrowLengthDepth.dashed(l) && l.indent() == column) {
                int n = ArrowLengthDepth.dashes(l, source);
                lengths |= 1L << Math.min(63, n);
                shortestDashes = Math.min(shortestDashes, n);
                textAbove = l.textIndent();
            } else if (l.isCommentOnly() && l.indent() == column && (marks = hashes(l, source)) >= 2) {
                fewestHashes = Math.min(fewestHashes, marks);
                textAbove = -1;
            } else if (l.arrow() != Arrow.NONE && l.indent() != column && (textAbove < 0 || l.indent() < textAbove)) {
                return lines;   // an arrow off the margin, not under the text above: indentation draws the depth
            } else if (!l.isBlank() && !l.isCommentOnly() && l.indent() <= column && l.arrow() == Arrow.NONE && textAbove >= 0) {
                return lines;   // code back at the margin: no run of marks
            }
        }
        if (Long.bitCount(lengths) < 2) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines.size());
        int shift = 0;
        int ifMarks = -1;   // the marks of the last branch heading, whose sibling heading is its other side
        for (TraceLine l : lines) {
            boolean arrow = ArrowLengthDepth.dashed(l) && l.indent() == column;
            int n = arrow ? ArrowLengthDepth.dashes(l, source) : l.isCommentOnly() && l.indent() == column ? hashes(l, source) : 0;
            if (!arrow && n < 2) {
                out.add(shift == 0 || l.isBlank() ? l : moved(l, shift));
                continue;
            }
            shift = arrow ? n - shortestDashes : n - fewestHashes;
            if (arrow) {
                ifMarks = n < ifMarks ? -1 : ifMarks;
                out.add(moved(l, shift));
                continue;
            }
            String words = source.line(l.line()).strip().substring(n).strip();
            StepKind kind = LOOP.matcher(words.toLowerCase(Locale.ROOT)).find() ? StepKind.LOOP
                    : opensIf(words) ? StepKind.IF : ConditionWords.kindOf(words);
            boolean branch = kind == StepKind.IF || words.endsWith("时");   // `当 x 时`, `x 时`: when x
            if (branch && n == ifMarks) {
                kind = StepKind.ELSE;   // `### 当 x 时` … `### y 时`: the other side of the branch
            }
            ifMarks = branch && kind != StepKind.ELSE ? n : n < ifMarks || kind == StepKind.ELSE ? -1 : ifMarks;
            out.add(new TraceLine(l.line(), l.indent() + shift, l.indent() + shift + n + 1, Arrow.TREE,
                    new StepReader.Reading(kind, words, null, null, null, null, null), l.range(), List.of()));
        }
        return out;
    }

    private static TraceLine moved(TraceLine l, int shift) {
        return new TraceLine(l.line(), l.indent() + shift, l.textIndent() + shift, l.arrow(), l.reading(), l.range(), l.comments());
    }

    /** Whether a heading's words open with {@code if}: a branch, its body the marks below it ({@code ### if it fails}). */
    private static boolean opensIf(String words) {
        return words.length() > 3 && words.regionMatches(true, 0, "if ", 0, 3) && words.charAt(3) != ' ';
    }

    /** The {@code #} marks leading a comment line's text, then a blank and words; 0 when it is no heading. */
    private static int hashes(TraceLine l, SourceText source) {
        String line = source.line(l.line());
        int p = 0;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        int n = ArrowLengthDepth.run(line, p, '#');
        return n >= 2 && p + n + 1 < line.length() && line.charAt(p + n) == ' ' && line.charAt(p + n + 1) != ' ' ? n : 0;
    }
}
