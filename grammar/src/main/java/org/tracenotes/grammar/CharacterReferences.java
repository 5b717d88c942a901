package org.tracenotes.grammar;

/**
 * HTML character references as preformatted notes write them: the named ones for markup's own characters
 * ({@code &gt;}, {@code &lt;}, {@code &amp;}, {@code &quot;}, {@code &apos;}, {@code &nbsp;}) and numeric ones
 * ({@code &#39;}, {@code &#x2192;}) for a character of the Basic Multilingual Plane. A {@code &} that starts
 * none ({@code &dev}, {@code a && b}) is the author's text.
 */
final class CharacterReferences {

    private static final String[] NAMES = {"gt", "lt", "amp", "quot", "apos", "nbsp"};
    private static final char[] CHARS = {'>', '<', '&', '"', '\'', ' '};
    private static final int LONGEST = 8;   // `&#x2192;`, `&#65535;`

    private CharacterReferences() {
    }

    /** Past the {@code ;} of the reference starting with the {@code &} at {@code p}, or -1 when none does. */
    static int end(String t, int p, int e) {
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
    static char named(String t, int p, int end) {
        return (char) value(t, p, end);
    }

    private static int value(String t, int p, int end) {
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
            return v == 0xA0 ? ' ' : v >= 0x20 && !Character.isSurrogate((char) v) ? v : -1;
        }
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].length() == to - from && t.regionMatches(false, from, NAMES[k], 0, to - from)) {
                return CHARS[k];
            }
        }
        return -1;
    }
}
