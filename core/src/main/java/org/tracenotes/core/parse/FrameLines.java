package org.tracenotes.core.parse;

import org.tracenotes.grammar.SourceLocation;

/**
 * The lines of a call stack copied by hand, top down, as a column of frames ({@link FrameColumns}): a frame is a
 * bare function name ({@code alloc_pages}, {@code alloc_pages()}), at most followed by the file it is in
 * ({@code alloc_pages : page_alloc.c}); the frame a debugger stopped in may close the column showing the values
 * of its arguments ({@code ret = map_area(addr=0x0, len=4096)}), as a debugger prints a frame.
 */
final class FrameLines {

    private FrameLines() {
    }

    /** Whether {@code text} is a frame: a bare C name, empty parentheses at most, and a {@code : file} note at most. */
    static boolean isFrame(String text) {
        int p = SourceText.firstNonBlank(text);
        int q = nameEnd(text, p);
        if (q == p) {
            return false;
        }
        if (q + 1 < text.length() && text.charAt(q) == '(' && text.charAt(q + 1) == ')') {
            q += 2;
        }
        int r = skipBlanks(text, q);
        if (r == text.length()) {
            return true;
        }
        return r > q && text.charAt(r) == ':' && SourceLocation.pathAlone(text, skipBlanks(text, r + 1));
    }

    /** The frame's function name ({@code alloc_pages} of {@code alloc_pages() : page_alloc.c}). */
    static String name(String text) {
        int p = SourceText.firstNonBlank(text);
        return text.substring(p, nameEnd(text, p));
    }

    /**
     * Whether {@code text} is a call showing its arguments' values as a debugger prints them: an optional
     * {@code lhs =}, a name, and in parentheses only {@code name=value} arguments, one of them an address
     * ({@code 0x…}). A call written as code ({@code f(a, 4096)}) or in words shows no values.
     */
    static boolean showsArgumentValues(String text) {
        int p = SourceText.firstNonBlank(text);
        int q = nameEnd(text, p);
        if (q == p) {
            return false;
        }
        int r = skipBlanks(text, q);
        if (r < text.length() && text.charAt(r) == '=' && (r + 1 == text.length() || text.charAt(r + 1) != '=')) {
            p = skipBlanks(text, r + 1);   // `ret = `: what the call returned goes to a variable
            q = nameEnd(text, p);
            if (q == p) {
                return false;
            }
            r = skipBlanks(text, q);
        }
        if (r == text.length() || text.charAt(r) != '(') {
            return false;
        }
        int close = text.lastIndexOf(')');
        if (close < r || skipBlanks(text, close + 1) != text.length()) {
            return false;
        }
        boolean address = false;
        for (int arg = r + 1; arg < close; ) {
            int n = skipBlanks(text, arg);
            int ne = nameEnd(text, n);
            int eq = skipBlanks(text, ne);
            if (ne == n || eq >= close || text.charAt(eq) != '=' || text.charAt(eq + 1) == '=') {
                return false;   // an argument without its name: code, not a debugger's frame
            }
            int v = skipBlanks(text, eq + 1);
            int comma = text.indexOf(',', v);
            int end = comma < 0 || comma > close ? close : comma;
            if (v >= end) {
                return false;
            }
            address |= end - v > 2 && text.charAt(v) == '0' && (text.charAt(v + 1) == 'x' || text.charAt(v + 1) == 'X');
            arg = end + 1;
        }
        return address;
    }

    /** The end of the C name starting at {@code p}, {@code p} when none does. */
    private static int nameEnd(String text, int p) {
        if (p >= text.length() || !PlainTextCalls.isNameStart(text.charAt(p))) {
            return p;
        }
        int q = p + 1;
        while (q < text.length() && PlainTextCalls.isNamePart(text.charAt(q))) {
            q++;
        }
        return q;
    }

    private static int skipBlanks(String text, int p) {
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }
}
