package org.tracenotes.grammar;

/**
 * A tag in capitals and brackets leading a step, which the author uses to point a step out
 * ({@code [BUG-1] f()}, {@code [WINDOW] mm/x.c:f:12}, {@code [WARN] g}, {@code [FIX] h()}): the tag marks the
 * step, the text after it is the step. A tag is {@code [}, a capital, more capitals, digits, {@code _} or
 * {@code -} (two to sixteen in all, two letters at least), {@code ]}, then blanks and the step's first
 * character. A checkbox ({@code [X]}, {@code [ ]}), a link's text ({@code [docs]}), a dump's stamp
 * ({@code [    0.000]}) and a number ({@code [2]}) are none.
 */
public final class StepTags {

    private StepTags() {
    }

    /** Where the step after a tag leading [p, e) starts, or {@code p} when no tag leads it. */
    public static int pastTag(int[] t, int p, int e) {
        if (p + 4 >= e || t[p] != '[' || t[p + 1] < 'A' || t[p + 1] > 'Z') {
            return p;   // the cheap test
        }
        int q = p + 1;
        int letters = 0;
        while (q < e && q - p <= 16 && (t[q] >= 'A' && t[q] <= 'Z' || LineScan.isDigit(t[q]) || t[q] == '_' || t[q] == '-')) {
            letters += t[q] >= 'A' && t[q] <= 'Z' ? 1 : 0;
            q++;
        }
        if (letters < 2 || q >= e || t[q] != ']') {
            return p;
        }
        int r = LineScan.skipBlanks(t, q + 1, e);
        return r > q + 1 && r < e && (LineScan.isIdentStart(t[r]) || t[r] == '/' || t[r] == '~') ? r : p;
    }

    /** As {@link #pastTag(int[], int, int)} for {@code s} from {@code q} on, an index into {@code s}. */
    public static int pastTag(CharSequence s, int q) {
        if (q + 4 >= s.length() || s.charAt(q) != '[') {
            return q;
        }
        int n = Math.min(s.length() - q, 24);   // a tag, its blanks and the step's first character fit in 24
        int[] t = new int[n];
        for (int k = 0; k < n; k++) {
            t[k] = s.charAt(q + k);
        }
        int r = pastTag(t, 0, n);
        return q + r;
    }
}
