package org.tracenotes.grammar;

/**
 * A word that offers a step as an alternative, written in the left margin before the step's arrow:
 * {@code or\t->ext_map_blocks} under {@code \t\t->ext_map_blocks}, {@code OR  -> slow_path}. The word
 * stands where blanks would, so the arrow gives the step its level, as it does on every other line of
 * the tree; it is margin, like a connector, never the step's text. Only a leading {@code or} (any case)
 * followed by blanks and then an arrow is such a word: {@code or_mask = 1} or {@code or -x} are code.
 */
final class AlternativeWord {

    private AlternativeWord() {
    }

    /** Whether the character at {@code i} of {@code line} (chars up to {@code end}; blanks only before the word) is part of such a word. */
    static boolean at(CharSequence line, int i, int end) {
        char c = line.charAt(i);
        int start = c == 'o' || c == 'O' ? i : (c == 'r' || c == 'R') && i > 0 ? i - 1 : -1;
        if (start < 0 || start + 2 >= end || !isOr(line, start)) {
            return false;
        }
        for (int k = start - 1; k >= 0; k--) {
            char b = line.charAt(k);
            if (b == '\n' || b == '\r') {
                break;
            }
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        int q = start + 2;
        if (line.charAt(q) != ' ' && line.charAt(q) != '\t') {
            return false;
        }
        while (q < end && (line.charAt(q) == ' ' || line.charAt(q) == '\t')) {
            q++;
        }
        return q < end && LineMargin.arrowEnd(line, q, end) >= 0;
    }

    private static boolean isOr(CharSequence line, int p) {
        char a = line.charAt(p);
        char b = line.charAt(p + 1);
        return (a == 'o' || a == 'O') && (b == 'r' || b == 'R');
    }
}
