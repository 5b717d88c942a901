package org.tracenotes.grammar;

/**
 * A name qualified by where it lives: {@code drivers/base/core.c::device_add} (the function
 * {@code device_add} of that file), {@code struct bus_type::probe} and {@code pinmux_ops::set_mux} (that
 * member of the structure, called through it). The qualifier says where, the name after the last
 * {@code ::} is what the line is about: a call tree written with such names is read as one written with
 * the bare names, and a file qualifier does not make the line a file's name.
 */
final class QualifiedNames {

    private QualifiedNames() {
    }

    /**
     * Where the qualified name at {@code p} of the stripped line [p, e) has its own name: past the last
     * {@code ::} of a leading word of path characters (letters, digits, {@code _ . / -}), optionally after
     * {@code struct} or {@code union} and blanks; {@code p} when the line starts with no such word. The
     * first test: the first character starts a name or a path.
     */
    static int pastQualifier(int[] t, int p, int e) {
        if (p >= e || !LineScan.isIdentStart(t[p]) && t[p] != '.') {
            return p;
        }
        int q = p;
        if (aggregateWord(t, p, e)) {
            q = LineScan.skipBlanks(t, p + (t[p] == 's' ? 6 : 5), e);
        }
        int name = -1;
        while (q < e) {
            int c = t[q];
            if (c == ':' && q + 2 < e && t[q + 1] == ':' && LineScan.isIdentStart(t[q + 2])) {
                q += 2;
                name = q;
            } else if (LineScan.isIdentPart(c) || c == '.' || c == '/' || c == '-' && !(q + 1 < e && t[q + 1] == '>')) {
                q++;
            } else {
                break;
            }
        }
        if (name < 0) {
            return p;
        }
        int end = name;
        while (end < e && LineScan.isIdentPart(t[end])) {
            end++;
        }
        return end == q ? name : p;   // the name after the last `::` ends the word: `a.c::f(x)`, not `a::b.c`
    }

    /** Whether the line starts with {@code struct } or {@code union } (a blank after the word). */
    private static boolean aggregateWord(int[] t, int p, int e) {
        String w = t[p] == 's' ? "struct" : t[p] == 'u' ? "union" : null;
        int n = w == null ? 0 : w.length();
        return w != null && e - p > n && LineScan.startsWith(t, p, e, w) && (t[p + n] == ' ' || t[p + n] == '\t');
    }
}
