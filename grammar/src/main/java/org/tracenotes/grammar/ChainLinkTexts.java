package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * The links of a chain on one line as their texts: {@code a => b --> c -> d} is {@code a}, {@code b}, {@code c},
 * {@code d}; a {@code ->} with no blank before it is a member ({@code anon_vma->rwsem}, one link), backticks
 * around a link are dropped. Asked only of a line already found to be a chain ({@link OneLineChains#namedLinks}),
 * so it may allocate.
 */
final class ChainLinkTexts {

    private ChainLinkTexts() {
    }

    /** The links of the chain {@code text}, stripped, in order. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int arrow = arrowLength(text, i);
            if (arrow > 0) {
                add(out, text.substring(from, i));
                i += arrow;
                from = i;
            } else {
                i++;
            }
        }
        add(out, text.substring(from));
        return out;
    }

    /** The length of the chain arrow at {@code i} ({@code =>}, {@code ==>}, {@code -->}, a {@code ->} after a blank), else 0. */
    private static int arrowLength(String s, int i) {
        char c = s.charAt(i);
        if (c != '-' && c != '=') {
            return 0;
        }
        int k = i;
        while (k < s.length() && s.charAt(k) == c) {
            k++;
        }
        if (k == s.length() || s.charAt(k) != '>') {
            return 0;
        }
        boolean member = c == '-' && k - i == 1 && i > 0 && s.charAt(i - 1) != ' ' && s.charAt(i - 1) != '\t'
                && s.charAt(i - 1) != ')' && s.charAt(i - 1) != '`';
        return member ? 0 : k + 1 - i;
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
