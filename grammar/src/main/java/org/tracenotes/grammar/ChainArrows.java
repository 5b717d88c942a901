package org.tracenotes.grammar;

/**
 * The arrow that joins two links of a call chain written along a line ({@code f() -> g()},
 * {@code a => b --> c}, {@code open() → lookup()}): the one scanner the chain readers share
 * ({@link ChainColumns}, {@link ChainLinkTexts} and core's wrapped-chain reader), so that they agree on
 * what an arrow is. The rules:
 * <ul>
 *   <li>An arrow is {@code →} (U+2192, which authors draw for {@code ->}), or a shaft of one or more of the
 *       same character, {@code -} or {@code =}, and a head {@code >}: {@code ->}, {@code -->}, {@code =>},
 *       {@code ==>}. A shaft that mixes the two ({@code =->}) or a head alone is none.</li>
 *   <li>A {@code ->} right after anything but a blank, a call's {@code )} or a backtick is C's member access
 *       ({@code dev->ops}, {@code a[i]->next}), no chain arrow; after a blank, the text's start, a {@code )}
 *       ({@code f()->g()}) or a backtick ({@code `f`->g}) it is one.</li>
 *   <li>Every other arrow ({@code -->}, {@code =>}, {@code ==>}, {@code →}) is a chain arrow wherever it
 *       stands, right after a {@code )} ({@code f()=>g()}) or a name ({@code a-->b}) too: C writes none of them.</li>
 * </ul>
 * What must stand around the arrow (a blank after it, a call before it) is each reader's own rule.
 * No allocation; the first test rejects any character that cannot start an arrow.
 */
public final class ChainArrows {

    /** {@code →} (U+2192). */
    private static final char RIGHTWARDS_ARROW = LineMargin.RIGHTWARDS_ARROW;

    private ChainArrows() {
    }

    /**
     * Where the chain arrow starting at {@code i} of {@code s} (chars up to {@code end}) ends, just past its
     * head; -1 when no chain arrow starts there (also inside a shaft, whose first character is where the
     * arrow starts).
     */
    public static int endAt(CharSequence s, int i, int end) {
        char c = s.charAt(i);
        if (c == RIGHTWARDS_ARROW) {
            return i + 1;
        }
        if (c != '-' && c != '=' || i > 0 && s.charAt(i - 1) == c) {
            return -1;
        }
        int k = i + 1;
        while (k < end && s.charAt(k) == c) {
            k++;
        }
        if (k >= end || s.charAt(k) != '>') {
            return -1;
        }
        return c == '-' && k == i + 1 && isMemberAt(s, i) ? -1 : k + 1;
    }

    /** Where the arrow leading {@code s} (past blanks) ends, or -1: {@code -> f()}, {@code => f()}, {@code → f()}. */
    public static int leadingEnd(CharSequence s) {
        int p = 0;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        return p < s.length() ? endAt(s, p, s.length()) : -1;
    }

    /** Whether the {@code ->} at {@code i} follows a name or an operand: a member's access, not a hop. */
    private static boolean isMemberAt(CharSequence s, int i) {
        if (i == 0) {
            return false;
        }
        char before = s.charAt(i - 1);
        return before != ' ' && before != '\t' && before != ')' && before != '`';
    }
}
