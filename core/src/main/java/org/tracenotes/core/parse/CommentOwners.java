package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;

/** Which step a comment line belongs to: the elided body of the step above, or the element after it. */
final class CommentOwners {

    private CommentOwners() {
    }

    /**
     * Decides where the comments seen since the last step belong, now that the next element is
     * known ({@code nextParent}/{@code nextLevel}; level -1 means the end of the block or a new root);
     * {@code last} is the last step read, {@code pending} the comment lines seen since, emptied as they are settled.
     * They are the last step's <em>body</em> — the step is elided — when the next element is not its
     * child and they stand inside it: deeper than the step, or, for an if/else/loop/case head with
     * nothing on its line, at its column when they say the body was skipped ({@code ## 先略}). A deeper
     * comment above the next step is that step's leading comment unless it says something was skipped,
     * or it is under a branch head whose body it must be. The rest lead the next element.
     */
    static void settle(List<TraceLine> pending, StepNode last, StepNode nextParent, int nextLevel,
                       List<Comment> blockComments) {
        if (pending.isEmpty()) {
            return;
        }
        StepNode p = last;
        boolean nextIsChild = p != null && nextParent == p;
        if (p != null && !nextIsChild && p.children.isEmpty() && !p.elided) {
            boolean emptyHead = p.kind.isBranchHead() && (p.line.reading() == null || p.line.reading().inline() == null);
            List<TraceLine> body = new ArrayList<>();
            for (TraceLine c : pending) {
                boolean deeper = c.indent() > p.level;
                boolean sameColumn = c.indent() == p.level;
                if (!(deeper || sameColumn && emptyHead)) {
                    break;
                }
                body.add(c);
            }
            boolean skipped = body.stream().anyMatch(CommentOwners::saysSkipped);
            boolean allDeeper = body.stream().allMatch(c -> c.indent() > p.level);
            if (!body.isEmpty() && (skipped || emptyHead && allDeeper && nextLevel <= p.level)) {
                pending.subList(0, body.size()).clear();
                take(p.comments, body, Comment.Placement.BODY);
                p.elided = true;
            }
        }
        if (nextLevel < 0 && !pending.isEmpty()) {
            take(blockComments, pending, Comment.Placement.END);
        }
    }

    /**
     * Whether a comment-only line goes on with the trailing comment of the line just above: its one
     * comment starts at that comment's column, with the same marker, on the next line
     * ({@code => f()   // does x} then {@code           // and y}).
     */
    static boolean continuesTrailing(List<Comment> ownerComments, TraceLine line) {
        if (ownerComments.isEmpty() || line.comments().size() != 1) {
            return false;
        }
        Comment above = ownerComments.get(ownerComments.size() - 1);
        Comment c = line.comments().get(0);
        return above.placement() == Comment.Placement.TRAILING && above.range().endLine() == line.line() - 1
                && above.range().column() == c.range().column() && above.marker().equals(c.marker())
                && !above.marker().isEmpty();
    }

    /** Whether a comment line says a body was left out ({@link Comment#saysSkipped}). */
    private static boolean saysSkipped(TraceLine commentLine) {
        return commentLine.comments().stream().anyMatch(Comment::saysSkipped);
    }

    /** Moves the comments of {@code lines} into {@code into} with the given placement, emptying {@code lines}. */
    static void take(List<Comment> into, List<TraceLine> lines, Comment.Placement placement) {
        for (TraceLine l : lines) {
            for (Comment c : l.comments()) {
                into.add(new Comment(c.marker(), c.text(), placement, c.range()));
            }
        }
        lines.clear();
    }

    /** How far right of a step's text its trailing comment's wrapped rest stands, at least. */
    private static final int WRAP_INDENT = 8;
    /** How far left of its trailing comment's column the comment's wrapped rest may start. */
    private static final int WRAP_SLACK = 2;

    /**
     * Whether line {@code index}, words without a comment marker, is the wrapped rest of the trailing
     * comment of {@code step}, the line right above it: it starts at the comment's own column, or at most
     * {@value #WRAP_SLACK} columns left of it (where the comment ran on, not where a body would start, even
     * for an author who indents bodies by eight), and at least {@value #WRAP_INDENT} right of the step's
     * text; and nothing deeper follows it.
     */
    static boolean wrapsTrailingComment(List<TraceLine> lines, int index, TraceLine step) {
        TraceLine line = lines.get(index);
        StepReader.Reading r = line.reading();
        if (step == null || line.arrow() != Arrow.NONE || r == null || r.kind() != StepKind.PROSE || r.expression() != null
                || step.comments().isEmpty()
                || step.comments().get(step.comments().size() - 1).placement() != Comment.Placement.TRAILING
                || line.indent() < step.textIndent() + WRAP_INDENT
                || line.indent() < trailingCommentColumn(step) - WRAP_SLACK) {
            return false;
        }
        return !AuthorLayout.bodyFollows(lines, index);
    }

    /**
     * The display column of a step's trailing comment, in the frame of the step's indent: the characters
     * between the step's start and the comment on its line, a CJK character counting two (a tab between them
     * counts one); no column when the step's own line has none.
     */
    static int trailingCommentColumn(TraceLine step) {
        Comment c = null;
        for (Comment k : step.comments()) {
            if (k.placement() == Comment.Placement.TRAILING && k.range().line() == step.range().line()) {
                c = k;
            }
        }
        if (c == null) {
            return Integer.MAX_VALUE;
        }
        int chars = c.range().column() - step.range().column();
        String text = step.reading() == null ? "" : step.reading().text();
        return step.indent() + chars + RootLines.displayWidth(text) - text.length();
    }
}
