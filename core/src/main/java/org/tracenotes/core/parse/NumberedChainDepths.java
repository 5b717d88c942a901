package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * How deep the lines of a call chain written as a numbered list stand ({@code NumberedCallChains} in the
 * grammar finds them): the items are numbered 1, 2, 3 … at one column and unnumbered calls stand at the
 * same column between them.
 * <pre>
 * 1. bus_add(dev);
 * 2. bus_probe(dev);
 * bus_sysfs(dev);
 * 3. probe_one(dev);
 * </pre>
 * The layout marks such a block only when it shows that its numbers count depth (line links into the
 * source on most items, or a caption naming a call chain). The numbers count how deep the chain goes: item {@code k} is one call deeper than item {@code k-1},
 * in the body of the last call one level up. An unnumbered line is another call in the same body as
 * the line above it (a sibling), unless both link to the lines they stand on in the same source file
 * ({@code …/bus.c#L84}) and it stands above the other there: the callee's body comes before its caller in
 * a C file, so going back up the file is going one call deeper. Every line is a step.
 */
final class NumberedChainDepths {

    /** How many numbered items, at least. */
    private static final int MIN_ITEMS = 3;
    /** How much deeper each level is drawn. */
    private static final int STEP = 2;
    /** A line number has at most this many digits (no source file is longer). */
    private static final int MAX_DIGITS = 9;

    private NumberedChainDepths() {
    }

    /**
     * The block's lines with each line of such a chain at its depth; {@code lines} itself for any other
     * block. {@code chain} says the layout marked the block as such a chain (it decides, with the evidence
     * that the numbers count depth); this only finds the items again and checks they still stand as laid out.
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean chain) {
        if (!chain) {
            return lines;
        }
        int first = -1;
        int items = 0;
        int column = -1;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;   // a remark under an item
            }
            String text = source.line(l.line());
            int number = number(text);
            if (first < 0) {
                first = i;
                if (number < 0) {
                    continue;   // the root line above the list
                }
            }
            if (l.reading() == null || number >= 0 && number != items + 1) {
                return lines;   // the items no longer count up by one: leave the block as it is
            }
            if (column >= 0 && l.indent() != column) {
                return lines;
            }
            column = l.indent();
            if (number >= 0) {
                items++;   // unnumbered lines need no count: the layout's caption path already asked for one
            }
        }
        if (items < MIN_ITEMS) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int previousDepth = -1;
        String previousLink = null;
        for (int i = first; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            String text = source.line(l.line());
            int number = number(text);
            if (i == first && number < 0) {
                continue;   // the root keeps its column
            }
            String link = callSite(text);
            int depth = number >= 0 ? column + STEP * number
                    : deeperInFile(link, previousLink) ? previousDepth + STEP : previousDepth;
            int shift = depth - l.indent();
            out.set(i, new TraceLine(l.line(), depth, l.textIndent() + shift, Arrow.TREE, l.reading(), l.range(), l.comments()));
            previousDepth = depth;
            previousLink = link;
        }
        return out;
    }

    /** The item number a line starts with at its margin ({@code 12. }), or -1. */
    private static int number(String line) {
        return org.tracenotes.grammar.ListNumbers.itemNumber(line, 0);
    }

    /** The first link target on the line that names a line of a file ({@code …/bus.c#L84}), or null. */
    private static String callSite(String line) {
        for (int k = line.indexOf("]("); k >= 0; k = line.indexOf("](", k + 2)) {
            int close = line.indexOf(')', k + 2);
            if (close < 0) {
                return null;
            }
            String url = line.substring(k + 2, close);
            int hash = url.lastIndexOf("#L");
            if (hash > 0 && isLineNumber(url, hash + 2)) {
                return url;
            }
        }
        return null;
    }

    /** Whether {@code url} from {@code from} on is a line number: 1 to {@link #MAX_DIGITS} ASCII digits. */
    private static boolean isLineNumber(String url, int from) {
        int n = url.length() - from;
        if (n < 1 || n > MAX_DIGITS) {
            return false;
        }
        for (int k = from; k < url.length(); k++) {
            if (url.charAt(k) < '0' || url.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code link} points to the same file as {@code previous}, at a line above it. */
    private static boolean deeperInFile(String link, String previous) {
        if (link == null || previous == null) {
            return false;
        }
        int a = link.lastIndexOf("#L");
        int b = previous.lastIndexOf("#L");
        if (!link.substring(0, a).equals(previous.substring(0, b))) {
            return false;
        }
        return Integer.parseInt(link.substring(a + 2)) < Integer.parseInt(previous.substring(b + 2));
    }
}
