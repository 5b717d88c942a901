package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;

/**
 * A remark kept in a right-hand column beside a tree, carried on below its step: an author who writes a
 * note far right of a step ({@code src/evl.c}, {@code 注册读事件,}) and needs more room goes on in that
 * column on the next lines, with nothing at the steps' columns. Those lines say more about the step whose
 * note they continue; they are no steps, whatever they name.
 * <pre>
 * --evloop_create()                          src/evl.c
 *     --evloop_add(fd, on_accept)            registers the read event,
 *                                            on_accept()          (a remark on evloop_add, no step)
 *     --evloop_run()
 * </pre>
 * A line is such a remark when it has no arrow and its text (past blanks and a tree's {@code |} stems) starts
 * at least {@value #GAP} columns right of that step's text and at, or up to {@value #SLACK} columns right of,
 * where the trailing note of the nearest line above starts (past
 * the remarks of the same run, with no blank line between), that note led by a comment marker ({@code //}, its
 * comment carried on: {@code |-> f(); // set up by} over {@code |          the loader}) or standing at
 * least {@value #GAP} columns right of its step's text, and when the next line with text starts left of the
 * note's column (a remark has no body). A run of words only is left to the tree's builder, which adds it to
 * the note it wraps ({@link CommentOwners#wrapsTrailingComment}); from a line of code on, the run is read here.
 */
final class RightColumnRemarks {

    /** How far right of its note's column a remark line may start (authors align it by eye). */
    static final int SLACK = 8;
    /** How far right of its step's text a note must start to be a column of its own. */
    static final int GAP = 8;

    private RightColumnRemarks() {
    }

    /** The block's lines with each continued right-column remark made a comment line. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = lines;
        int note = -1;   // the column of the note the current run continues; -1 when none
        int owner = 0;   // where the text of the step whose note it is starts
        boolean words = true;   // whether the run so far is words, which the tree's builder takes as the note's wrapped rest
        int end = -1;   // the line that ends the run last scanned at column `endNote` (lines.size() when none): once a run
        int endNote = -1;   // is scanned, every line of it ends at that same line, so the run is scanned once
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                note = -1;
                continue;
            }
            int start = textStart(source.line(l.line()));
            boolean remark = note >= 0 && l.arrow() == Arrow.NONE && l.reading() != null && AdjacentGlosses.onlyAdjacent(l, start)
                    && start >= owner + GAP && start >= note && start <= note + SLACK;
            if (remark && (i >= end || note != endNote)) {
                end = runEnd(lines, i, source, note);
                endNote = note;
            }
            if (remark && !bodyAt(lines, end, source, note)) {
                words &= l.reading().kind() == StepKind.PROSE && l.reading().expression() == null;
                if (!words) {   // CommentOwners.wrapsTrailingComment takes a run of words on its own
                    if (out == lines) {
                        out = new ArrayList<>(lines);
                    }
                    out.set(i, l.asCommentLine());
                }
                continue;   // the run goes on at the same note
            }
            note = noteColumn(l, start);
            owner = start;
            words = true;
        }
        return out;
    }

    /** The char index in its line where a step's trailing note starts, when it stands far right of the step's text; else -1. */
    private static int noteColumn(TraceLine l, int start) {
        if (l.reading() == null || l.comments().size() != 1) {
            return -1;
        }
        Comment c = l.comments().get(0);
        if (c.placement() != Comment.Placement.TRAILING || c.range().line() != l.line()) {
            return -1;
        }
        int column = c.range().column() - 1;
        return !c.marker().isEmpty() || column >= start + l.reading().text().length() + GAP ? column : -1;
    }

    /** The char index of a line's first char past blanks and the stems of a tree ({@code |}, {@code │}) drawn left of it. */
    private static int textStart(String line) {
        int p = 0;
        while (p < line.length() && " \t|\u2502\u2503".indexOf(line.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }

    /**
     * The first line after {@code index} that ends a run of remark lines at column {@code note}: a line with text
     * left of it, or right of its slack, or with an arrow; {@code lines.size()} when the block ends first.
     */
    private static int runEnd(List<TraceLine> lines, int index, SourceText source, int note) {
        for (int k = index + 1; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (l.isBlank()) {
                continue;
            }
            int start = textStart(source.line(l.line()));
            if (start < note || start > note + SLACK || l.arrow() != Arrow.NONE) {
                return k;
            }
        }
        return lines.size();
    }

    /** Whether the line {@code end} that ends a run ({@link #runEnd}) is a body: it starts at or right of {@code note}. */
    private static boolean bodyAt(List<TraceLine> lines, int end, SourceText source, int note) {
        return end < lines.size() && textStart(source.line(lines.get(end).line())) >= note;
    }
}
