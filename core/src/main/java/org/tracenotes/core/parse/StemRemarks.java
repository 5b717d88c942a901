package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * Words written on a stem under a step drawn off that stem: in a tree whose steps each hang from a
 * {@code |} stem by an arrow ({@code |---->f()}, {@code |-- x = y}), an author who writes a line with
 * the bare stem and words, no arrow, is saying something about the step above (what it does, why), not
 * adding a step: a step there would have its arrow.
 * <pre>
 * tick()
 *    |----> account(rq)
 *    |         adds the time the task ran
 *    |         to its total                  (both: remarks on account, no steps)
 *    |----> if (over)
 *    |         resched(rq)                   (code on the stem: if's body, a step)
 *    |         sets the resched flag         (a remark on resched)
 * </pre>
 * A line is such a remark when it is led by a {@code |} stem and a blank, holds words (a step in words,
 * no expression, with letters), stands at or right of the text of the nearest arrowed line above, that
 * line's arrow being drawn off a {@code |} at the same column as this line's stem; and nothing deeper
 * follows it (words with a body are a heading), no code line continues at its column (words among code
 * steps are a step), and the step right above is no branch or loop (words under an {@code if} are its body).
 * Trees whose arrowless stem lines are their steps ({@code |   load_config}) have no arrow off a stem
 * and are left alone.
 *
 * <p>Cost: one look at each arrowless line's first character in the source; only a stem-led line in
 * words is looked at further.
 */
final class StemRemarks {

    private StemRemarks() {
    }

    /** The block's lines with each remark in words on a stem made a comment line. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = lines;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.arrow() != Arrow.NONE || !isWords(l.reading())) {
                continue;   // the usual line: an arrow, code or nothing
            }
            int stem = stemColumn(source, l.line());
            if (stem >= 0 && isRemark(lines, i, stem, source)) {
                if (out == lines) {
                    out = new java.util.ArrayList<>(lines);
                }
                out.set(i, l.asCommentLine());
            }
        }
        return out;
    }

    private static boolean isRemark(List<TraceLine> lines, int index, int stem, SourceText source) {
        TraceLine line = lines.get(index);
        TraceLine above = null;   // the nearest step line above
        TraceLine arrowed = null;   // the nearest arrowed line above
        for (int i = index - 1; i >= 0 && arrowed == null; i--) {
            TraceLine l = lines.get(i);
            if (l.reading() == null) {
                continue;
            }
            if (above == null && !(l.arrow() == Arrow.NONE && l.indent() == line.indent() && isWords(l.reading()))) {
                above = l;   // the step the words are written under, past the words of the same run
            }
            if (l.arrow() != Arrow.NONE) {
                arrowed = l;
            }
        }
        if (arrowed == null || line.indent() < arrowed.textIndent() || !arrowOffStem(source, arrowed.line(), stem)
                || above == null || above.reading().kind().isBranchHead() || AuthorLayout.bodyFollows(lines, index)) {
            return false;
        }
        for (int i = index + 1; i < lines.size(); i++) {
            TraceLine next = lines.get(i);
            if (next.isBlank() || next.isCommentOnly()) {
                continue;
            }
            return next.indent() != line.indent() || next.arrow() != Arrow.NONE || isWords(next.reading());
        }
        return true;
    }

    /** Whether a line's reading is a step in words with letters ({@code ...} is an elision, a step). */
    private static boolean isWords(StepReader.Reading r) {
        if (r == null || r.kind() != StepKind.PROSE || r.expression() != null) {
            return false;
        }
        String t = r.text();
        for (int k = 0; k < t.length(); k++) {
            if (Character.isLetter(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The offset in its line of the {@code |} that leads line {@code line} followed by a blank; -1 when none leads it. */
    private static int stemColumn(SourceText source, int line) {
        String text = source.text();
        int start = source.lineStart(line);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i + 1 < text.length() && text.charAt(i) == '|' && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')
                ? i - start : -1;
    }

    /** Whether line {@code line} is led by {@code |-} with its {@code |} at offset {@code stem} (blanks before it): an arrow drawn off that stem. */
    private static boolean arrowOffStem(SourceText source, int line, int stem) {
        String text = source.text();
        int i = source.lineStart(line) + stem;
        if (i + 1 >= text.length() || text.charAt(i) != '|' || text.charAt(i + 1) != '-') {
            return false;
        }
        for (int k = source.lineStart(line); k < i; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }
}
