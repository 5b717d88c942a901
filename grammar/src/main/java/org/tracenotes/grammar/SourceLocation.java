package org.tracenotes.grammar;

/**
 * A source location written after a step of a call tree as its note: {@code submit_io   fs/buf.c},
 * {@code |--lock_init   # kernel/lock.c:3570}, {@code >mount_fs (super.c) 返回dentry}. A location is a
 * path with a {@code /} whose last part is a file name with an extension ({@code kernel/fork.c}), or a
 * bare C source or header file ({@code super.c}, {@code x.h}), then maybe {@code :line}; it may stand in
 * parentheses and be followed by a remark. C never writes a name, blanks and then a path, so a line
 * that does is a call with a note, not code. Each test is a scan of the code points, no regex.
 */
public final class SourceLocation {

    private SourceLocation() {
    }

    /** Whether the code points [q, e) of {@code t} start with a location, maybe after {@code #} or {@code //} and blanks. */
    static boolean startsAt(int[] t, int q, int e) {
        if (q >= e || !mayStart(t[q])) {
            return false;
        }
        if (t[q] == '#' || t[q] == '/') {
            int p = q + 1;
            if (t[q] == '/') {
                if (p >= e || t[p] != '/') {
                    return false;
                }
                p++;
            }
            int marker = p;
            p = LineScan.skipBlanks(t, p, e);
            return p > marker && path(t, p, e, false) > 0;
        }
        if (t[q] == '(' || t[q] == 0xFF08) {
            return path(t, q + 1, e, true) > 0;
        }
        return path(t, q, e, false) > 0;
    }

    /**
     * Whether the code points [q, e) of {@code t} start with a file's path as an editor lists it, maybe from
     * the home or the root directory ({@code ~/mm/zone.c}, {@code /src/boot.c}, {@code mm/zone.c:12},
     * {@code conf/app.yaml}): a location without a comment marker or parentheses.
     */
    static boolean pathAt(int[] t, int q, int e) {
        return path(t, pastRoot(t, q, e), e, false) > 0;
    }

    /**
     * Whether the code points [q, e) of {@code t} start with a source file's path ({@link #pathAt}) whose
     * file is C source or a header ({@code ~/mm/zone.c}, {@code fs/super.h:40}); {@code conf/app.yaml} is none.
     */
    static boolean sourceFileAt(int[] t, int q, int e) {
        int end = path(t, pastRoot(t, q, e), e, false);
        if (end < 0) {
            return false;
        }
        int dot = end - 1;
        while (t[dot] != '.') {
            dot--;
        }
        int extEnd = dot + 1;
        while (extEnd < end && LineScan.isIdentStart(t[extEnd])) {
            extEnd++;
        }
        return extension(t, dot + 1, extEnd, false);
    }

    /** Whether {@code s} from {@code q} on is a file's path ({@link #pathAt}, {@code mm/zone.c}, {@code zone.h}) and blanks at most. */
    public static boolean pathAlone(CharSequence s, int q) {
        if (q >= s.length()) {
            return false;
        }
        int[] t = chars(s, q);
        int end = path(t, pastRoot(t, 0, t.length), t.length, false);
        return end > 0 && LineScan.skipBlanks(t, end, t.length) == t.length;
    }

    /** Past a leading {@code ~/} or {@code /} at {@code q}. */
    private static int pastRoot(int[] t, int q, int e) {
        if (q + 1 < e && t[q] == '~' && t[q + 1] == '/') {
            return q + 2;
        }
        return q < e && t[q] == '/' ? q + 1 : q;
    }

    /** As {@link #startsAt(int[], int, int)}, for {@code s} from {@code q} on. */
    public static boolean startsAt(CharSequence s, int q) {
        return q < s.length() && mayStart(s.charAt(q)) && startsAt(chars(s, q), 0, s.length() - q);
    }

    /**
     * Whether blanks and then a location (not after a comment marker, which is a comment already, nor
     * in parentheses, which the lexer reads as the call's argument or its location tag) follow a step's
     * call that ends at {@code leadEnd} of {@code line}.
     */
    public static boolean follows(CharSequence line, int leadEnd) {
        int p = leadEnd;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        if (p == leadEnd || p >= line.length() || line.charAt(p) == '#' || line.charAt(p) == '/'
                || !mayStart(line.charAt(p)) && "-@\u2013\u2014".indexOf(line.charAt(p)) < 0) {
            return false;
        }
        int[] t = chars(line, p);
        if (!startsAt(t, 0, t.length)) {
            return afterSeparator(t, 0, t.length) > 0;   // `f() - mm/x.c`, `f() @ mm/x.c:12`
        }
        return t[0] != '(' && t[0] != 0xFF08;   // `f (x.c)` stays the call the lexer reads (its argument a location)
    }

    /**
     * Where the location written after a call and a separator word or sign starts, or -1: at {@code q} (past
     * the call and its blanks) a dash ({@code -}, {@code --}, an en or em dash), an {@code @}, or the word
     * {@code in} or {@code at}, then blanks and a location ({@code f() - mm/x.c}, {@code f() @ mm/x.c:12},
     * {@code f in kernel/fork.c}). C never writes a call, a dash and a path.
     */
    static int afterSeparator(int[] t, int q, int e) {
        int s = separatorEnd(t, q, e);
        if (s < 0) {
            return -1;
        }
        int p = LineScan.skipBlanks(t, s, e);
        return p > s && p < e && t[p] != '#' && t[p] != '/' && startsAt(t, p, e) ? p : -1;
    }

    /** Past a separator word or sign at {@code q} that must be followed by a blank, or -1. */
    private static int separatorEnd(int[] t, int q, int e) {
        if (q >= e) {
            return -1;
        }
        int c = t[q];
        int end = c == '-' && q + 1 < e && t[q + 1] == '-' ? q + 2
                : c == '-' || c == '@' || c == 0x2013 || c == 0x2014 ? q + 1
                : (c == 'i' && q + 1 < e && t[q + 1] == 'n' || c == 'a' && q + 1 < e && t[q + 1] == 't') ? q + 2 : -1;
        return end > 0 && end < e && (t[end] == ' ' || t[end] == '\t') ? end : -1;
    }

    /**
     * Where the call starts on a line that opens with a C source file's location and a separator
     * ({@code mm/page_alloc.c - init_zone()}, {@code mm/page_alloc.c: init_zone()}, {@code mm/zone.c:init_zone},
     * {@code x.c -- f}), or
     * {@code q} when it does not: the location says where the function lives, the name after it is the step.
     * The name must start a C name; whether it reads as a call is the caller's test.
     */
    static int pastLeadingLocation(int[] t, int q, int e) {
        if (q >= e || !(LineScan.isIdentStart(t[q]) || t[q] == '~' || t[q] == '/' || t[q] == '.')) {
            return q;
        }
        int from = pastRoot(t, q, e);
        int end = scan(t, from, e);
        if (end < 0 || !sourceExtension(t, from, end)) {
            return q;
        }
        int s;
        int b = LineScan.skipBlanks(t, end, e);
        if (b == end && end < e && t[end] == ':' && (end + 1 == e || t[end + 1] != ':')) {
            s = end + 1;   // `mm/x.c: f()`, `mm/x.c:f`
            int p = LineScan.skipBlanks(t, s, e);
            return p < e && LineScan.isIdentStart(t[p]) ? p : q;
        } else if (b > end && b < e && t[b] != 'i' && t[b] != 'a') {
            s = separatorEnd(t, b, e);   // a dash or `@` between blanks; `in`, `at` lead no call
        } else {
            return q;
        }
        if (s < 0) {
            return q;
        }
        int p = LineScan.skipBlanks(t, s, e);
        return p > s && p < e && LineScan.isIdentStart(t[p]) ? p : q;
    }

    /** As {@link #pastLeadingLocation(int[], int, int)} for {@code s} from {@code q} on: the index of the call, or {@code q}. */
    public static int pastLeadingLocation(CharSequence s, int q) {
        if (q >= s.length() || s.charAt(q) >= 0x80) {
            return q;
        }
        return q + pastLeadingLocation(chars(s, q), 0, s.length() - q);
    }

    /** Whether the path [from, end) names a C source file or header (its extension after the last dot). */
    private static boolean sourceExtension(int[] t, int from, int end) {
        int dot = end - 1;
        while (dot > from && t[dot] != '.') {
            dot--;
        }
        int extEnd = dot + 1;
        while (extEnd < end && LineScan.isIdentStart(t[extEnd])) {
            extEnd++;
        }
        return t[dot] == '.' && extEnd > dot + 1 && extension(t, dot + 1, extEnd, false);
    }

    /** The characters of {@code s} from {@code from} on, one code unit an element, as the scanners read them. */
    static int[] chars(CharSequence s, int from) {
        int[] t = new int[s.length() - from];
        for (int k = 0; k < t.length; k++) {
            t[k] = s.charAt(from + k);
        }
        return t;
    }

    private static boolean mayStart(int c) {
        return c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '(' || c == '#' || c == '/' || c == '.')
                || c == 0xFF08;
    }

    /**
     * Where a location starting at {@code p} ends (past its {@code :line} and, when {@code closed}, its
     * {@code )}), or -1: it must then end the line or be followed by a blank or a character outside ASCII.
     */
    private static int path(int[] t, int p, int e, boolean closed) {
        int q = scan(t, p, e);
        if (q < 0) {
            return -1;
        }
        if (closed) {
            return q < e && (t[q] == ')' || t[q] == 0xFF09) ? q + 1 : -1;
        }
        return q == e || t[q] == ' ' || t[q] == '\t' || t[q] > 0x7F ? q : -1;
    }

    /** Where a path with a file's extension starting at {@code p} ends (past a {@code :line}), or -1 when none starts there. */
    private static int scan(int[] t, int p, int e) {
        int q = p;
        int slashes = 0;
        int lastDot = -1;
        int partStart = p;
        while (q < e) {
            int c = t[q];
            if (LineScan.isIdentPart(c) && c < 0x80 || c == '-') {
                q++;
            } else if (c == '.') {
                lastDot = q++;
            } else if (c == '/' && q > p && q + 1 < e && t[q + 1] != '/' && t[q + 1] != ' ') {
                slashes++;
                partStart = ++q;
            } else {
                break;
            }
        }
        if (q == p || lastDot < partStart || lastDot + 1 >= q || !extension(t, lastDot + 1, q, slashes > 0)) {
            return -1;
        }
        if (q + 1 < e && t[q] == ':' && LineScan.isDigit(t[q + 1])) {
            q++;
            while (q < e && LineScan.isDigit(t[q])) {
                q++;
            }
        }
        return q;
    }

    /** A source file's extension; after a {@code /}, any extension of one to four letters. */
    private static boolean extension(int[] t, int from, int to, boolean inPath) {
        int n = to - from;
        if (inPath) {
            if (n > 4) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (!(t[k] >= 'a' && t[k] <= 'z' || t[k] >= 'A' && t[k] <= 'Z')) {
                    return false;
                }
            }
            return true;
        }
        int c = t[from];
        return n == 1 && (c == 'c' || c == 'h' || c == 'S')
                || n == 2 && c == 'c' && t[from + 1] == 'c'
                || n == 3 && (c == 'c' || c == 'h') && t[from + 1] == 'p' && t[from + 2] == 'p';
    }

    /**
     * Where a C source or header file's path opening [p, e) ends ({@code kernel/fork.c}, {@code fork.c},
     * {@code ~/mm/x.h}, {@code //x.c}), right before a {@code :}; -1 when none opens it or no colon follows.
     * The extension is {@link #extension}'s, the one list of source files' extensions.
     */
    static int sourcePathEnd(int[] t, int p, int e) {
        int q = p < e && (t[p] == '/' || t[p] == '~') ? p + 1 : p;
        q = q < e && t[q] == '/' ? q + 1 : q;
        int dot = -1;
        int start = q;
        while (q < e && t[q] < 0x80 && (LineScan.isIdentPart(t[q]) || t[q] == '-' || t[q] == '.' || t[q] == '/')) {
            dot = t[q] == '.' ? q : t[q] == '/' ? -1 : dot;
            q++;
        }
        if (q == start || dot < 0 || q >= e || t[q] != ':' || !LineScan.isIdentStart(t[start]) && t[start] != '.') {
            return -1;
        }
        return dot + 1 < q && extension(t, dot + 1, q, false) ? q : -1;
    }
}
