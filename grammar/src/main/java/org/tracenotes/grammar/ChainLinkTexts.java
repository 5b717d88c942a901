package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * The links of a chain on one line as their texts: {@code a => b --> c -> d} is {@code a}, {@code b}, {@code c},
 * {@code d}; a {@code ->} right after a name is a member ({@code anon_vma->rwsem}, one link: {@link ChainArrows}), backticks
 * around a link are dropped. Asked only of a line already found to be a chain ({@link OneLineChains#namedLinks}),
 * so it may allocate.
 */
final class ChainLinkTexts {

    private ChainLinkTexts() {
    }

    /** The links of the chain {@code text}, stripped, in order; the arrows are {@link ChainArrows}'. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int arrowEnd = ChainArrows.endAt(text, i, n);
            if (arrowEnd > 0) {
                add(out, text.substring(from, i));
                i = arrowEnd;
                from = i;
            } else {
                i++;
            }
        }
        add(out, text.substring(from));
        return out;
    }

    private static void add(List<String> out, String link) {
        String s = link.strip();
        if (s.length() > 2 && s.startsWith("`") && s.endsWith("`")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
