package org.tracenotes.grammar;

/**
 * A tag in capitals and brackets leading a step, which the author uses to point a step out
 * ({@code [BUG-1] f()}, {@code [WINDOW] mm/x.c:f:12}, {@code [WARN] g}, {@code [FIX] h()}): the tag marks the
 * step, the text after it is the step. A tag is {@code [}, a capital, more capitals, digits, {@code _} or
 * {@code -} (two to sixteen in all, two letters at least), {@code ]}, then blanks and the step's first
 * character. A checkbox ({@code [X]}, {@code [ ]}), a link's text ({@code [docs]}), a dump's stamp
 * ({@code [    0.000]}) and a number ({@code [2]}) are none. A status word ({@code [OK]}, {@code [PASS]},
 * {@code [RUN]}, {@code [TODO]}, {@code [DONE]}, {@link #STATUS_WORDS}) is a tag only before a call (a {@code (}
 * on the line) or a location chain ({@link LocatedSteps#chainedStep}): boot logs, test runs and checklists
 * tag their entries so, names of services, tests or tasks that nobody calls.
 */
public final class StepTags {

    /** Tags that report a state or an outcome: before a bare name they mark a log's or a list's entry. */
    private static final java.util.Set<String> STATUS_WORDS = java.util.Set.of("OK", "PASS", "PASSED", "FAIL",
        "FAILED", "RUN", "RUNNING", "DONE", "TODO", "WIP", "SKIP", "SKIPPED", "INFO", "WARN", "WARNING", "ERROR");

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
        if (r == q + 1 || r >= e || !(LineScan.isIdentStart(t[r]) || t[r] == '/' || t[r] == '~')) {
            return p;
        }
        return !isStatus(t, p + 1, q) || callFollows(t, r, e) ? r : p;
    }

    /** Whether the tag's word [from, to) is one of {@link #STATUS_WORDS}. */
    private static boolean isStatus(int[] t, int from, int to) {
        return to - from <= 7 && STATUS_WORDS.contains(new String(t, from, to - from));
    }

    /** Whether the step [r, e) after a status tag is a call ({@code (} on it) or a location chain. */
    private static boolean callFollows(int[] t, int r, int e) {
        for (int k = r; k < e; k++) {
            if (t[k] == '(') {
                return true;
            }
        }
        return LocatedSteps.chainedStep(t, r, e) >= 0;
    }

    /** As {@link #pastTag(int[], int, int)} for {@code s} from {@code q} on, an index into {@code s}. */
    public static int pastTag(CharSequence s, int q) {
        if (q + 4 >= s.length() || s.charAt(q) != '[' || s.charAt(q + 1) < 'A' || s.charAt(q + 1) > 'Z') {
            return q;   // the cheap test, as above
        }
        int n = s.length() - q;   // the whole step: a status tag needs a call after it
        int[] t = new int[n];
        for (int k = 0; k < n; k++) {
            t[k] = s.charAt(q + k);
        }
        int r = pastTag(t, 0, n);
        return q + r;
    }
}
