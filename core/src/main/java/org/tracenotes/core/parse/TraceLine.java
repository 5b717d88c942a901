package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.SourceRange;

/**
 * One logical line of a trace block, as the tree builder sees it: a step or root line (continuation
 * lines joined), a comment-only line, or a blank line.
 *
 * @param line     1-based line where it starts
 * @param indent   its indentation, tabs expanded, relative to the fence
 * @param textIndent the column where its payload starts (after the arrow), tabs expanded, relative to
 *                 the fence; its indent for an arrowless line
 * @param arrow    the leading arrow, {@link Arrow#NONE} if none
 * @param reading  what its payload says; null for comment-only and blank lines, and for a bare arrow
 * @param range    the arrow and payload
 * @param comments comments on the line: trailing ones for a step, the line's own for a comment line
 */
record TraceLine(int line, int indent, int textIndent, Arrow arrow, StepReader.Reading reading, SourceRange range,
                 List<Comment> comments) {

    boolean isCommentOnly() {
        return arrow == Arrow.NONE && reading == null && !comments.isEmpty();
    }

    /**
     * Whether it is an arrow holding only a comment in words ({@code +-> /* from the cache *&#47;}); an
     * arrow holding commented-out code ({@code --> //case Q_NOTIFY:}, {@code -> // f(x);}) is not one.
     */
    boolean isArrowedComment() {
        return isCommentOnly() && textIndent > indent && !COMMENTED_CODE.matcher(comments.get(0).text().strip()).find();
    }

    /** Comment text that is code: a case label, a statement ended by {@code ;}, a call alone. */
    private static final java.util.regex.Pattern COMMENTED_CODE = java.util.regex.Pattern.compile(
            "^(?:case\\b|default\\s*:)|;$|^[A-Za-z_][\\w.>-]*\\s*\\([^()]*\\)$");

    /** The same line read as a step in words, the comment's text its text: an arrow whose comment has a body. */
    TraceLine asProseStep() {
        Comment c = comments.get(0);
        return new TraceLine(line, indent, textIndent, Arrow.TREE,
                new StepReader.Reading(org.tracenotes.core.model.StepKind.PROSE, c.text().strip(), null, null, null, null, null),
                range, List.of());
    }

    /** The same line read as a comment line, its words the comment's text: a remark, no step. */
    TraceLine asCommentLine() {
        return new TraceLine(line, indent, indent, arrow, null, range,
                List.of(new Comment("", reading.text(), Comment.Placement.LEADING, range)));
    }

    /** The same line read as {@code r}: its place, arrow and comments kept. */
    TraceLine withReading(StepReader.Reading r) {
        return new TraceLine(line, indent, textIndent, arrow, r, range, comments);
    }

    boolean isBlank() {
        return arrow == Arrow.NONE && reading == null && comments.isEmpty();
    }
}
