package org.tracenotes.grammar;

/**
 * The one vocabulary of C's loop and scope macros, by the words of their names: a macro that opens a
 * body as {@code for}/{@code while} does says so in its name. {@link #forEach} is what a header names at
 * the least ({@code list_for_each_entry}, {@code QLIST_FOREACH}); {@link #loopsOrScopes} adds the words
 * a body-opening macro uses anywhere among its {@code _}-separated words ({@code bpf_for},
 * {@code bpf_repeat}, {@code skb_queue_walk}, {@code scoped_guard}, {@code with_intel_runtime_pm},
 * {@code drm_exec_until_all_locked}).
 */
final class LoopMacroNames {

    /** Words of a loop or scope macro's name, by length (lower case; matched in any case). */
    private static final String[][] WORDS = {
        {}, {}, {},
        {"for"},
        {"with", "each", "walk", "loop"},
        {"while", "until", "guard", "scope"},
        {"repeat", "scoped"},
        {"foreach"},
    };

    private LoopMacroNames() {
    }

    /** Whether the name [p, q) holds {@code for_each} or {@code foreach}, in any case. */
    static boolean forEach(int[] t, int p, int q) {
        return LineScan.containsLower(t, p, q, "for_each") || LineScan.containsLower(t, p, q, "foreach");
    }

    /** Whether the name [n, q) is a loop or scope macro's: {@link #forEach}, or one of its {@code _}-separated words is a loop or scope word. */
    static boolean loopsOrScopes(int[] t, int n, int q) {
        if (forEach(t, n, q)) {
            return true;
        }
        for (int a = n; a < q; ) {
            int b = a;
            while (b < q && t[b] != '_') {
                b++;
            }
            if (b - a < WORDS.length) {
                for (String word : WORDS[b - a]) {
                    if (sameWordAnyCase(t, a, word)) {
                        return true;
                    }
                }
            }
            a = b + 1;
        }
        return false;
    }

    /** Whether the code points from {@code a} spell the lower-case letters of {@code word} in any case. */
    private static boolean sameWordAnyCase(int[] t, int a, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((t[a + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
