package org.tracenotes.grammar;

/**
 * Hand-written scans of one line of the layout pass, over code points [from, to) of the note: each
 * decides exactly what the regular expression in its comment decides, or is a condition every match
 * of it needs (the {@code may…} ones), so that {@link NoteLayout} tries the expression only where it
 * can match. {@code \s} is the regular expressions' {@code [ \t\n\x0B\f\r]}; "stripped" is
 * {@link String#strip()}'s {@link Character#isWhitespace(int)}.
 */
final class LineScan {

    private LineScan() {
    }

    /**
     * The length of the fence marker of an opening fence line, else 0: {@code ^([ \t]*)(`{3,}|~{3,})(.*)$}
     * (matched whole), without a backtick after a backtick fence's marker.
     */
    static int fenceOpen(int[] t, int from, int to) {
        int p = from + blanks(t, from, to);
        if (p >= to || t[p] != '`' && t[p] != '~') {
            return 0;
        }
        int c = t[p];
        int q = p;
        while (q < to && t[q] == c) {
            q++;
        }
        if (q - p < 3) {
            return 0;
        }
        for (int r = q; r < to; r++) {
            if (isLineTerminator(t[r]) || c == '`' && t[r] == '`') {
                return 0;
            }
        }
        return q - p;
    }

    /** A heading: {@code ^ {0,3}#{1,6}(?:[ \t].*)?$}, matched whole. */
    static boolean heading(int[] t, int from, int to) {
        int p = from;
        while (p < to && t[p] == ' ' && p - from < 3) {
            p++;
        }
        int h = p;
        while (h < to && t[h] == '#') {
            h++;
        }
        if (h == p || h - p > 6) {
            return false;
        }
        if (h == to) {
            return true;
        }
        if (t[h] != ' ' && t[h] != '\t') {
            return false;
        }
        for (int r = h + 1; r < to; r++) {
            if (isLineTerminator(t[r])) {
                return false;
            }
        }
        return true;
    }

    /** A fence line: {@code ^\s*(?:```|~~~)}, found. */
    static boolean fenceLine(int[] t, int from, int to) {
        int p = skipRegexSpace(t, from, to);
        return startsWith(t, p, to, "```") || startsWith(t, p, to, "~~~");
    }

    /**
     * Needed by {@code (?i)^\s*(?:[-=+|\\]*>\s*)?(?:cpu|thread|task)…}: a {@code c} or {@code t} after the
     * leading {@code \s} and an arrow, if any.
     */
    static boolean mayBeTwoColumns(int[] t, int from, int to) {
        int p = skipRegexSpace(t, from, to);
        int q = p;
        while (q < to && (t[q] == '-' || t[q] == '=' || t[q] == '+' || t[q] == '|' || t[q] == '\\')) {
            q++;
        }
        if (q < to && t[q] == '>') {
            p = skipRegexSpace(t, q + 1, to);
        }
        return p < to && (t[p] == 'c' || t[p] == 'C' || t[p] == 't' || t[p] == 'T');
    }

    /** Needed by {@code ^\s*(?:Location|Symbol|Prompt|Depends on|Selected by)\s*:}. */
    static boolean mayBeKconfigHeader(int[] t, int from, int to) {
        int p = skipRegexSpace(t, from, to);
        return p < to && (t[p] == 'L' || t[p] == 'S' || t[p] == 'P' || t[p] == 'D');
    }

    /** Needed by {@code ^(?:struct|union|enum)\s+…}. */
    static boolean mayBeTypeNode(int[] t, int from, int to) {
        return startsWith(t, from, to, "struct") || startsWith(t, from, to, "union") || startsWith(t, from, to, "enum");
    }

    /** Needed by the box edges' pattern: three dashes, or an arrow and a bar. */
    static boolean mayDrawBoxEdge(int[] t, int from, int to) {
        boolean arrow = false;
        boolean bar = false;
        for (int p = from; p < to; p++) {
            int c = t[p];
            if (c == '-' && p + 1 < to) {
                if (t[p + 1] == '>') {
                    arrow = true;
                } else if (t[p + 1] == '-' && p + 2 < to && t[p + 2] == '-') {
                    return true;
                }
            } else if (c == '|') {
                bar = true;
            }
        }
        return arrow && bar;
    }

    /** A gdb current-instruction marker: {@code ^=>\s*0x[0-9a-fA-F]+}, found. */
    static boolean gdbPc(int[] t, int from, int to) {
        if (!startsWith(t, from, to, "=>")) {
            return false;
        }
        int p = skipRegexSpace(t, from + 2, to);
        return startsWith(t, p, to, "0x") && p + 2 < to && Character.digit(t[p + 2], 16) >= 0 && t[p + 2] < 0x80;
    }

    /** A QEMU trace-event line: {@code ^->\s*:}, found. */
    static boolean qemuTrace(int[] t, int from, int to) {
        if (!startsWith(t, from, to, "->")) {
            return false;
        }
        int p = skipRegexSpace(t, from + 2, to);
        return p < to && t[p] == ':';
    }

    /**
     * A line whose first character after blanks (or its last character) is a {@code |}: the line has a
     * bar, and its {@code |} is where its blanks end, the last character not skipped.
     */
    static boolean barLeads(int[] t, int from, int to) {
        if (count(t, from, to, '|') == 0) {
            return false;
        }
        int p = from;
        while (p < to - 1 && (t[p] == ' ' || t[p] == '\t')) {
            p++;
        }
        return t[p] == '|';
    }

    /**
     * Whether the line, lower-cased ({@link String#toLowerCase} in the root locale), holds one of the
     * words of a pasted stack dump: {@code stack trace}, {@code <stack>}, {@code call trace}.
     */
    static boolean stackWords(int[] t, int from, int to) {
        for (int p = from; p < to; p++) {
            int c = lower(t[p]);
            if ((c == 's' && matchesLower(t, p, to, "stack trace")) || (c == '<' && matchesLower(t, p, to, "<stack>"))
                    || (c == 'c' && matchesLower(t, p, to, "call trace"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line from {@code p}, lower-cased code point by code point, starts with {@code lowerNeedle}
     * (ASCII, lower case, without the {@code i} that the one code point lower-cased to two chars,
     * {@code U+0130}, starts).
     */
    static boolean matchesLower(int[] t, int p, int to, String lowerNeedle) {
        if (to - p < lowerNeedle.length()) {
            return false;
        }
        for (int k = 0; k < lowerNeedle.length(); k++) {
            if (lower(t[p + k]) != lowerNeedle.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int lower(int c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c);
    }

    /** How many blanks ({@code ' '}, {@code '\t'}) lead the line. */
    static int blanks(int[] t, int from, int to) {
        int p = from;
        while (p < to && (t[p] == ' ' || t[p] == '\t')) {
            p++;
        }
        return p - from;
    }

    /** Where the line, stripped at its start, starts. */
    static int stripStart(int[] t, int from, int to) {
        int p = from;
        while (p < to && isWhitespace(t[p])) {
            p++;
        }
        return p;
    }

    /**
     * Where the string or character literal opened by the quote at {@code k} ({@code "} or {@code '}) ends: the
     * index of its closing quote, a backslash escaping the character after it, or {@code e} when the line ends first.
     */
    static int literalEnd(int[] t, int k, int e) {
        for (int q = k + 1; q < e; q++) {
            if (t[q] == '\\') {
                q++;
            } else if (t[q] == t[k]) {
                return q;
            }
        }
        return e;
    }

    /** Where the line, stripped at its end, ends. */
    static int stripEnd(int[] t, int from, int to) {
        int p = to;
        while (p > from && isWhitespace(t[p - 1])) {
            p--;
        }
        return p;
    }

    /**
     * {@link Character#isWhitespace(int)}, answered without its tables: for ASCII, tab to carriage return, the
     * four separators FS to US and the space; past ASCII, the Unicode space, line and paragraph separators
     * except the no-break ones (U+00A0, U+2007, U+202F). The strips run over every line of a note in many
     * recognisers, and the notes' non-ASCII (CJK text, box drawing, arrows) is never whitespace;
     * LineScanTest checks every code point against {@code Character}.
     */
    static boolean isWhitespace(int c) {
        if (c < 0x80) {
            return c == ' ' || c <= 0x1F && (c >= 0x1C || c >= 0x09 && c <= 0x0D);
        }
        return c == 0x1680 || c >= 0x2000 && c <= 0x200A && c != 0x2007 || c == 0x2028 || c == 0x2029
                || c == 0x205F || c == 0x3000;
    }

    /** Whether [from, to) holds, between blanks, only an elision: {@code ...}, {@code ....}, {@code [...]}, {@code …}. */
    static boolean isElision(int[] t, int from, int to) {
        from = stripStart(t, from, to);
        to = stripEnd(t, from, to);
        if (to - from >= 2 && t[from] == '[' && t[to - 1] == ']') {
            from++;
            to--;
        }
        return to - from >= 3 && allAre(t, from, to, '.') || to > from && allAre(t, from, to, '\u2026');
    }

    /**
     * Whether [from, to) holds only a drawn stem: one or more {@code |}, {@code :} or {@code \u2502} between
     * blanks ({@code |}, {@code :}, {@code |   |}), a tree's vertical line with no step on it.
     */
    static boolean stemOnly(int[] t, int from, int to) {
        boolean stem = false;
        for (int p = from; p < to; p++) {
            int c = t[p];
            if (c == '|' || c == ':' || c == '\u2502') {
                stem = true;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return stem;
    }

    static boolean allAre(int[] t, int from, int to, int c) {
        for (int p = from; p < to; p++) {
            if (t[p] != c) {
                return false;
            }
        }
        return true;
    }

    /** The line's length in UTF-16 units, a {@code String}'s length. */
    static int utf16Length(int[] t, int from, int to) {
        int n = to - from;
        for (int p = from; p < to; p++) {
            if (t[p] > 0xFFFF) {
                n++;
            }
        }
        return n;
    }

    static boolean startsWith(int[] t, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (t[from + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(int[] t, int from, int to, String needle) {
        if (needle.isEmpty()) {
            return from <= to ? from : -1;
        }
        int first = needle.charAt(0);
        for (int p = from, last = to - needle.length(); p <= last; p++) {
            if (t[p] == first && startsWith(t, p, to, needle)) {   // the first char alone rules out most places
                return p;
            }
        }
        return -1;
    }

    static int count(int[] t, int from, int to, int c) {
        int n = 0;
        for (int p = from; p < to; p++) {
            n += t[p] == c ? 1 : 0;
        }
        return n;
    }

    /** Past the identifier characters ({@link #isIdentPart}) from {@code q}: {@code q} when none. */
    static int skipIdent(int[] t, int q, int e) {
        int k = q;
        while (k < e && isIdentPart(t[k])) {
            k++;
        }
        return k;
    }

    /** Past the blanks ({@code ' '}, {@code '\t'}) from {@code q}. */
    static int skipBlanks(int[] t, int q, int e) {
        return q + blanks(t, q, e);
    }

    /** Past the blanks ({@code ' '}, {@code '\t'}) of {@code s} from {@code q}: {@code s.length()} when only blanks follow. */
    static int skipBlanks(CharSequence s, int q) {
        while (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '\t')) {
            q++;
        }
        return q;
    }

    /** A CJK ideograph: the unified ideographs (U+4E00..U+9FFF) or their extension A (U+3400..U+4DBF). */
    static boolean isCjk(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF;
    }

    /** A Hangul syllable (Korean words: {@code 순서}, {@code 흐름}). */
    static boolean isHangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /** A C identifier's first character: an ASCII letter or {@code _}. */
    static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    /** A C identifier's character past its first. */
    static boolean isIdentPart(int c) {
        return isIdentStart(c) || isDigit(c);
    }

    /** An ASCII digit. */
    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Whether [p, q) holds {@code needle} (lower case ASCII letters and {@code _}) in any case. */
    static boolean containsLower(int[] t, int p, int q, String needle) {
        int n = needle.length();
        for (int k = p; k + n <= q; k++) {
            int m = 0;
            while (m < n && (t[k + m] | 0x20) == (needle.charAt(m) | 0x20)) {
                m++;
            }
            if (m == n) {
                return true;
            }
        }
        return false;
    }

    private static int skipRegexSpace(int[] t, int from, int to) {
        int p = from;
        while (p < to && (t[p] == ' ' || t[p] == '\t' || t[p] == '\n' || t[p] == 0x0B || t[p] == '\f' || t[p] == '\r')) {
            p++;
        }
        return p;
    }

    /** What a regular expression's {@code .} does not match. */
    private static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** The index of the {@code )} closing the {@code (} at {@code k}, nested parentheses counted; -1 when it does not close before {@code e}. */
    static int closeParen(int[] t, int k, int e) {
        return closing(t, k, e, '(', ')');
    }

    /**
     * The index of the {@code close} that closes the {@code open} at {@code k} ({@code ( )}, {@code [ ]}, <code>{ }</code>),
     * nested pairs counted; -1 when it does not close before {@code e}.
     */
    static int closing(int[] t, int k, int e, int open, int close) {
        int depth = 0;
        for (int i = k; i < e; i++) {
            if (t[i] == open) {
                depth++;
            } else if (t[i] == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
