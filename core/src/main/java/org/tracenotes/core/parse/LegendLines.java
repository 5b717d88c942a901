package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;

/**
 * A legend written over a trace: a caption ({@code Legend:}, {@code Key:}, {@code Notation:}, {@code 图例：})
 * and, up to the next blank line, the lines that explain the marks the trace uses
 * ({@code --> the line above calls this one}). They describe the notation and are no steps, even when an
 * entry opens with the very arrow it explains: they are read as comment lines, owned by the step below.
 * <pre>
 * Legend:
 * --> the function above calls this one      (comment lines)
 *
 * start_x()
 * -->  run_x()                               (the trace)
 * </pre>
 * Only a caption alone on the block's first line, and only a paragraph that a blank line ends within the block and that
 * holds at most {@link #MAX_ENTRIES} entries: a caption with no blank below it is left as it is.
 */
final class LegendLines {

    /** Entries a legend holds, at most. */
    private static final int MAX_ENTRIES = 8;
    private static final Set<String> CAPTIONS = Set.of("legend", "legends", "key", "notation", "图例", "符号说明");

    private LegendLines() {
    }

    /** The block's lines with a legend's caption and entries turned into comment lines; {@code lines} itself when it holds none. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size()) {
            return lines;
        }
        TraceLine l = lines.get(i);
        if (l.reading() == null || l.arrow() != Arrow.NONE || !isCaption(l.reading().text())) {
            return lines;   // the cheap test: a legend opens the block
        }
        int end = blankAfter(lines, i);
        if (end <= i + 1 || end - i - 1 > MAX_ENTRIES) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        for (int k = i; k < end; k++) {
            out.set(k, asComment(lines.get(k)));
        }
        return out;
    }

    /** Whether the text is a legend's caption alone: the word and a colon (or the word alone). */
    private static boolean isCaption(String text) {
        int n = text.length();
        if (n < 2 || n > 12) {
            return false;   // the cheap test: captions are short
        }
        char last = text.charAt(n - 1);
        String word = last == ':' || last == '：' ? text.substring(0, n - 1).strip() : text;
        return CAPTIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The index of the first blank line after {@code caption}, or -1 when the block ends first. */
    private static int blankAfter(List<TraceLine> lines, int caption) {
        for (int k = caption + 1; k < lines.size(); k++) {
            if (lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    private static TraceLine asComment(TraceLine l) {
        if (l.isCommentOnly()) {
            return l;
        }
        String text = l.reading() != null ? l.reading().text()
                : l.comments().isEmpty() ? "" : l.comments().get(0).text();
        return new TraceLine(l.line(), l.indent(), l.indent(), Arrow.NONE, null, l.range(),
                List.of(new Comment("", text, Comment.Placement.LEADING, l.range())));
    }
}
