package org.tracenotes.grammar;

/**
 * A remark in English words after a step, two or more blanks after its call:
 * {@code handle_pte()  checks the entry}. C never follows a complete call with words, and a column of a
 * table or an instruction's operands holds one word or symbols; so two or more words of letters, with
 * no operator, brace or {@code ;}, are a note. A scan of the code points, no regex.
 */
final class WordedRemark {

    private WordedRemark() {
    }

    /** Whether the code points [q, e) of {@code t} (a line's rest, past blanks) are a remark in words. */
    static boolean at(int[] t, int q, int e) {
        if (q >= e || !(t[q] >= 'a' && t[q] <= 'z' || t[q] >= 'A' && t[q] <= 'Z')) {
            return false;
        }
        int w = q;
        while (w < e && (t[w] >= 'a' && t[w] <= 'z' || t[w] >= 'A' && t[w] <= 'Z')) {
            w++;
        }
        if (w + 1 >= e || t[w] != ' ' || !(t[w + 1] >= 'a' && t[w + 1] <= 'z' || t[w + 1] >= 'A' && t[w + 1] <= 'Z')) {
            return false;   // the first word is followed by a blank and a second word: not operands (`mov  ip, r7`)
        }
        int words = 1;
        for (int k = q + 1; k < e; k++) {
            int c = t[k];
            if (c == ' ') {
                if (k + 1 < e && (t[k + 1] >= 'a' && t[k + 1] <= 'z' || t[k + 1] >= 'A' && t[k + 1] <= 'Z')) {
                    words++;
                }
            } else if (!(c < 0x80 && Character.isLetterOrDigit(c) || c == '\'' || c == ',' || c == '.' || c == '-'
                    || c == '_' || c == '(' || c == ')' || c == ':' || c == '?' || c == '!' || c > 0x7F)) {
                return false;
            }
        }
        return words >= 2;
    }
}
