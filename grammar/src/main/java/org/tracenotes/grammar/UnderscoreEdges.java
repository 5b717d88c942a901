package org.tracenotes.grammar;

import java.util.function.IntUnaryOperator;

/**
 * A tree edge drawn with underscores: a {@code |} stem, then a run of underscores along the line to the
 * step's name ({@code |______snd_open_x}), or the run alone ({@code |___}) over a body below it. The stem
 * and the underscores are margin, like {@code |--}: the step starts where its name does. Kernel names may
 * start with {@code __} or {@code ___}, so a run against a name is an edge only when it is four
 * underscores long or more; a run of three or more that ends the line (or meets a blank) is one whatever
 * its length.
 */
final class UnderscoreEdges {

    /** The fewest underscores of an edge right against a name. */
    private static final int MIN_BEFORE_NAME = 4;
    /** The fewest underscores of an edge that ends the line or meets a blank. */
    private static final int MIN_ALONE = 3;

    private UnderscoreEdges() {
    }

    /**
     * Where the underscore edge holding the {@code |} or {@code _} at {@code i} ends (the index past its last
     * underscore), or -1 when the character is in no such edge.
     */
    static int edgeEnd(CharSequence line, int i, int end) {
        return edgeEnd(line::charAt, i, end);
    }

    /** As {@link #edgeEnd(CharSequence, int, int)}, {@code at} giving the line's characters (or code points) by index. */
    static int edgeEnd(IntUnaryOperator at, int i, int end) {
        int lead = i;
        while (lead >= 0 && at.applyAsInt(lead) == '_') {
            lead--;
        }
        if (lead < 0 || at.applyAsInt(lead) != '|') {
            return -1;
        }
        int q = lead + 1;
        while (q < end && at.applyAsInt(q) == '_') {
            q++;
        }
        int run = q - lead - 1;
        boolean alone = q == end || at.applyAsInt(q) == ' ' || at.applyAsInt(q) == '\t';
        boolean beforeName = q < end && Character.isLetter(at.applyAsInt(q));
        return alone && run >= MIN_ALONE || beforeName && run >= MIN_BEFORE_NAME ? q : -1;
    }
}
