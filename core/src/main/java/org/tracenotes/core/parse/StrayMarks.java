package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * A line holding one mark of punctuation and nothing else, {@code :}, {@code .} or {@code ,}, left in a block
 * by the editor the author drew it with (a pager's prompt, a stray key): no step, a comment line. So is a
 * lone {@code ;}: the empty statement that ends the loop header above it ({@code while (next(x))} /
 * {@code ;}), part of that statement, no step of its own.
 */
final class StrayMarks {

    private StrayMarks() {
    }

    /** The block's lines with each lone {@code :}, {@code .}, {@code ,} or {@code ;} line read as a comment line. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.arrow() != Arrow.NONE || l.reading() == null || !stray(l.reading().text())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, l.asCommentLine());
        }
        return out == null ? lines : out;
    }

    private static boolean stray(String text) {
        return text.length() == 1 && ":.,;".indexOf(text.charAt(0)) >= 0;
    }
}
