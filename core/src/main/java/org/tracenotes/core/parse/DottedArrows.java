package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * An arrow led by a run of middle dots ({@code ···-> f}, {@code ··· -> f}): the dots elide the levels
 * the author skipped, so the step stands where its arrow is, as if the dots were blanks.
 * <pre>
 * -> enter()
 *    -> wait()
 * ···-> wake()        # at wait's arrow column: enter's callee
 * </pre>
 * {@link CodeInProse} reads the step after the dots; this moves the line to its arrow's column. A tree
 * branch drawn without its head ({@code +-  f}) or carrying a label ({@code +-when locked-> f}) is read
 * as the tree arrow it stands for, its text where the name starts.
 */
final class DottedArrows {

    private static final char DOT = '·';

    private DottedArrows() {
    }

    /** The block's lines with dot-led arrows standing at their arrow's column. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            TraceLine moved = l.arrow() != Arrow.NONE || l.reading() == null || l.reading().text().isEmpty() ? null
                    : l.reading().text().charAt(0) == DOT ? moved(l)
                    : l.reading().text().startsWith("+-") ? headless(l) : null;
            if (moved != null && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (out != null) {
                out.add(moved != null ? moved : l);
            }
        }
        return out == null ? lines : out;
    }

    /**
     * A tree branch drawn without its head ({@code +-  f}) or carrying a label ({@code +-when locked-> f}),
     * read as code: a tree arrow, its text where the name starts; null when it is words.
     */
    private static TraceLine headless(TraceLine l) {
        String text = l.reading().text();
        if (l.reading().kind() == org.tracenotes.core.model.StepKind.PROSE || text.length() < 3) {
            return null;
        }
        int i;
        if (text.charAt(2) == ' ' || text.charAt(2) == '-') {
            i = 2;
            while (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == ' ')) {
                i++;
            }
        } else {
            int arrow = text.indexOf("->", 2);
            if (arrow < 0) {
                return null;
            }
            i = arrow + 2;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return new TraceLine(l.line(), l.indent(), l.textIndent() + i, Arrow.TREE, l.reading(), l.range(), l.comments());
    }

    /** The line at its arrow's column, or null when the dots lead no arrow or the step after them is words. */
    private static TraceLine moved(TraceLine l) {
        String text = l.reading().text();
        int i = 0;
        while (i < text.length() && text.charAt(i) == DOT) {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int arrowAt = i;
        Arrow arrow;
        if (text.startsWith("=>", i)) {
            arrow = Arrow.STEP;
            i += 2;
        } else {
            while (i < text.length() && text.charAt(i) == '-') {
                i++;
            }
            if (i - arrowAt < 1 || i >= text.length() || text.charAt(i) != '>') {
                return null;
            }
            arrow = i - arrowAt == 1 ? Arrow.DASH : Arrow.LONG;
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (l.reading().kind() == org.tracenotes.core.model.StepKind.PROSE) {
            return null;   // words after the dots: leave the line as it is
        }
        return new TraceLine(l.line(), l.textIndent() + arrowAt, l.textIndent() + i, arrow, l.reading(), l.range(),
                l.comments());
    }
}
