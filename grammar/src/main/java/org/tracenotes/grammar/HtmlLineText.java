package org.tracenotes.grammar;

/**
 * One line inside an HTML {@code <pre>} block as a browser shows it, written at the same length over a copy of
 * the note ({@link HtmlPreText}): character references decoded and closed up within their word, the word
 * padded with blanks at its end so that the next word stands where it stood; inline markup leading the line
 * (and the closing tags that then end it) and a trailing {@code <br>} blanked. Only the inline tags HTML puts
 * in preformatted text are markup ({@code span}, {@code b}, {@code a}, {@code font} …): {@code <linux/x.h>} or
 * {@code <- back} are the author's text.
 */
final class HtmlLineText {

    private static final String[] INLINE_TAGS = {
        "span", "b", "i", "u", "em", "strong", "font", "code", "a", "mark", "tt", "kbd", "var", "samp",
        "small", "big", "sub", "sup", "s", "del", "ins", "br",
    };

    private HtmlLineText() {
    }

    /** Writes line [s, e) of {@code t} as shown into {@code out} (same indices). */
    static void show(String t, int s, int e, char[] out) {
        if (!holdsMarkup(t, s, e)) {
            return;   // the common line: nothing to show otherwise
        }
        int p = s;
        while (p < e && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        int end = e;
        while (end > p && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        boolean led = false;
        for (int q = inlineTagEnd(t, p, end, false); q > 0; q = inlineTagEnd(t, p, end, false)) {
            blank(out, p, q);
            led = true;
            p = q;
            while (p < end && t.charAt(p) == ' ') {
                p++;
            }
        }
        end = blankTrailingTags(t, p, end, led, out);
        decodeReferences(t, p, end, out);
    }

    /** Blanks the tags ending [p, end): {@code <br>} always, closing inline tags when markup led the line. */
    private static int blankTrailingTags(String t, int p, int end, boolean led, char[] out) {
        boolean found = true;
        while (found && end > p && t.charAt(end - 1) == '>') {
            found = false;
            int open = t.lastIndexOf('<', end - 1);
            if (open >= p) {
                boolean closing = open + 1 < end && t.charAt(open + 1) == '/';
                boolean br = isBreak(t, open, end);
                if ((br || led && closing) && inlineTagEnd(t, open, end, true) == end) {
                    blank(out, open, end);
                    end = open;
                    while (end > p && t.charAt(end - 1) == ' ') {
                        end--;
                    }
                    found = true;
                }
            }
        }
        return end;
    }

    private static boolean isBreak(String t, int open, int end) {
        return t.regionMatches(true, open, "<br", 0, 3) && (open + 3 == end - 1 || !HtmlPreText.isLetter(t.charAt(open + 3)));
    }

    /**
     * Past the inline tag starting at {@code p} ({@code <span class="x">}, {@code </b>}, {@code <br/>}), or -1
     * when none starts there ({@code lastOnly}: the tag must end at {@code end}).
     */
    private static int inlineTagEnd(String t, int p, int end, boolean lastOnly) {
        if (p >= end || t.charAt(p) != '<') {
            return -1;
        }
        int q = p + 1;
        if (q < end && t.charAt(q) == '/') {
            q++;
        }
        int nameStart = q;
        while (q < end && HtmlPreText.isLetter(t.charAt(q))) {
            q++;
        }
        if (q == nameStart || q >= end || !inline(t, nameStart, q)) {
            return -1;
        }
        char after = t.charAt(q);
        if (after != '>' && after != ' ' && after != '/') {
            return -1;
        }
        int close = HtmlPreText.tagEnd(t, p, end);
        return close < 0 || lastOnly && close != end ? -1 : close;
    }

    private static boolean inline(String t, int from, int to) {
        for (String name : INLINE_TAGS) {
            if (name.length() == to - from && t.regionMatches(true, from, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes the character references of [p, end): each word holding one has its characters closed up from
     * its first column and blanks after them; a {@code &nbsp;} is blanks and ends the word.
     */
    private static void decodeReferences(String t, int p, int end, char[] out) {
        int amp = t.indexOf('&', p);
        while (amp >= 0 && amp < end) {
            int wordStart = amp;
            while (wordStart > p && !Character.isWhitespace(out[wordStart - 1])) {
                wordStart--;
            }
            int cursor = wordStart;
            int i = wordStart;
            while (i < end && !Character.isWhitespace(out[i])) {
                int refEnd = out[i] == '&' ? CharacterReferences.end(t, i, end) : -1;
                if (refEnd < 0) {
                    out[cursor++] = out[i++];
                    continue;
                }
                char c = CharacterReferences.named(t, i, refEnd);
                if (c == ' ') {   // &nbsp;, &emsp;: blanks where it stands, a new word after it
                    blank(out, cursor, refEnd);
                    cursor = refEnd;
                } else {
                    out[cursor++] = c;
                }
                i = refEnd;
            }
            blank(out, cursor, i);
            amp = t.indexOf('&', i);
        }
    }

    private static boolean holdsMarkup(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '<' || c == '&') {
                return true;
            }
        }
        return false;
    }

    private static void blank(char[] out, int from, int to) {
        for (int k = from; k < to; k++) {
            out[k] = ' ';
        }
    }
}
