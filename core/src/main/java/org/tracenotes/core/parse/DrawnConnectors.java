package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Comment;

/**
 * Lines that only draw: a wire carried across a call tree ({@code +----------+}, {@code └──────┘},
 * {@code <------+}) or an arrow head ({@code v}) under it. They hold no step; the tree builder reads
 * them as blank lines, which close no level; a comment on a wire stays, as a comment line.
 * <pre>
 * -> spawn(worker, NULL)
 *                |
 *    +-----------+        # a drawing, no step
 *    |
 *    v
 * worker()
 * </pre>
 */
final class DrawnConnectors {

    /** Characters a drawn wire is made of. */
    private static final String WIRE = "+-=─━│┃|┐┘└┌╮╯╰╭<>^v*. ";

    private DrawnConnectors() {
    }

    /** The block's lines with drawing-only lines made blank. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            boolean drawing = l.reading() != null && isDrawing(l);
            if (drawing && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (out != null) {
                out.add(drawing ? withoutWire(l) : l);
            }
        }
        return out == null ? lines : out;
    }

    /**
     * The wire line made blank, or comment-only when it carries comments
     * ({@code +------+   /* back to caller *&#47;}): the drawing goes, the author's words stay.
     */
    private static TraceLine withoutWire(TraceLine l) {
        List<Comment> own = l.comments().stream()
                .map(c -> new Comment(c.marker(), c.text(), Comment.Placement.LEADING, c.range())).toList();
        return new TraceLine(l.line(), l.indent(), l.indent(), org.tracenotes.core.model.Arrow.NONE, null,
                own.isEmpty() ? l.range() : own.get(0).range(), own);
    }

    /** Whether the line is a wire: its arrow and text only wire characters, a run of three dashes among them. */
    static boolean isDrawing(TraceLine l) {
        String text = l.reading().text();
        if (text.isEmpty() || "+-─━└┌╰╭<│|".indexOf(text.charAt(0)) < 0 && text.length() > 1) {
            return false;   // the cheap test: nearly every step starts with a letter or a mark no wire has
        }
        if (text.length() == 1) {
            return l.arrow() == org.tracenotes.core.model.Arrow.NONE && "vV^".indexOf(text.charAt(0)) >= 0;
        }
        for (int i = 0; i < text.length(); i++) {
            if (WIRE.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return text.contains("---") || text.contains("───") || text.contains("━━━");
    }
}
