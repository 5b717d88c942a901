package org.tracenotes.grammar;

/**
 * HTML character references as preformatted notes write them: the named ones for markup's own characters
 * ({@code &gt;}, {@code &lt;}, {@code &amp;}, {@code &quot;}, {@code &apos;}), the spaces ({@code &nbsp;},
 * {@code &ensp;}, {@code &emsp;}), the arrow authors draw for {@code ->} ({@code &rarr;}, case-sensitive as
 * every name: {@code &rArr;} is another arrow) and numeric ones ({@code &#39;}, {@code &#x2192;}) for a character of the Basic
 * Multilingual Plane. Every space reference ({@code &#160;}, {@code &#x2003;}, {@code &#12288;} too) names a blank. A {@code &} that starts
 * none ({@code &dev}, {@code a && b}) is the author's text.
 */
final class CharacterReferences {

    private static final String[] NAMES = {"gt", "lt", "amp", "quot", "apos", "nbsp", "ensp", "emsp", "rarr"};
    private static final char[] CHARS = {'>', '<', '&', '"', '\'', ' ', ' ', ' ', LineMargin.RIGHTWARDS_ARROW};
    private static final int LONGEST = 8;   // `&#x2192;`, `&#65535;`

    private CharacterReferences() {
    }

    /** Past the {@code ;} of the reference starting with the {@code &} at {@code p}, or -1 when none does. */
    static int end(CharSequence t, int p, int e) {
        int semi = -1;
        for (int i = p + 1; i < e && i <= p + LONGEST; i++) {
            if (t.charAt(i) == ';') {
                semi = i;
                break;
            }
        }
        if (semi < 0) {
            return -1;
        }
        return value(t, p, semi + 1) >= 0 ? semi + 1 : -1;
    }

    /** The character the reference [p, end) names (a blank for {@code &nbsp;}); call only after {@link #end}. */
    static char named(CharSequence t, int p, int end) {
        return (char) value(t, p, end);
    }

    /** The length of the reference at {@code p} of code points {@code t} when it names a space, 0 otherwise. */
    static int spaceLength(int[] t, int p, int e) {
        if (p >= e || t[p] != '&') {
            return 0;
        }
        CodePointChars chars = new CodePointChars(t);
        int end = end(chars, p, e);
        return end > 0 && named(chars, p, end) == ' ' ? end - p : 0;
    }

    private static int value(CharSequence t, int p, int end) {
        int from = p + 1;
        int to = end - 1;
        if (from < to && t.charAt(from) == '#') {
            boolean hex = from + 1 < to && (t.charAt(from + 1) == 'x' || t.charAt(from + 1) == 'X');
            int d = hex ? from + 2 : from + 1;
            if (d == to) {
                return -1;
            }
            int v = 0;
            for (int i = d; i < to; i++) {
                int digit = Character.digit(t.charAt(i), hex ? 16 : 10);
                if (digit < 0) {
                    return -1;
                }
                v = v * (hex ? 16 : 10) + digit;
                if (v > 0xFFFF) {
                    return -1;
                }
            }
            return isSpace(v) ? ' ' : v >= 0x20 && !Character.isSurrogate((char) v) ? v : -1;
        }
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].length() == to - from && matches(t, from, NAMES[k])) {
                return CHARS[k];
            }
        }
        return -1;
    }

    private static boolean isSpace(int v) {
        return v == 0xA0 || v == 0x2002 || v == 0x2003 || v == 0x3000;
    }

    private static boolean matches(CharSequence t, int from, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (t.charAt(from + i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Code points read as characters: one beyond the Basic Multilingual Plane names no reference's character. */
    private record CodePointChars(int[] t) implements CharSequence {
        @Override
        public int length() {
            return t.length;
        }

        @Override
        public char charAt(int i) {
            return t[i] > 0xFFFF ? '\uFFFF' : (char) t[i];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException();
        }
    }
}
