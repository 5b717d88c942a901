package org.tracenotes.grammar;

/** A note's text decoded to code points, the unit of ANTLR's {@code CharStream} and of the layout pass. */
final class CodePoints {

    private CodePoints() {
    }

    /** The code points of {@code text}: a surrogate pair is one, an unpaired surrogate stands for itself. */
    static int[] of(String text) {
        int n = text.length();
        if (text.codePointCount(0, n) == n) {
            // no pair (String answers at once for a text of Latin-1 chars): a code point per char, read
            // from the String itself, without a copy of its chars
            int[] cps = new int[n];
            for (int i = 0; i < n; i++) {
                cps[i] = text.charAt(i);
            }
            return cps;
        }
        char[] chars = text.toCharArray();
        int[] cps = new int[chars.length];
        int c = 0;
        for (int i = 0; i < chars.length; c++) {
            char ch = chars[i];
            if (Character.isHighSurrogate(ch) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                cps[c] = Character.toCodePoint(ch, chars[i + 1]);
                i += 2;
            } else {
                cps[c] = ch;
                i++;
            }
        }
        return c == cps.length ? cps : java.util.Arrays.copyOf(cps, c);
    }
}
