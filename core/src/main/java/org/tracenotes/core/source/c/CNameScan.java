package org.tracenotes.core.source.c;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fast name scan: the names a C file may define, found without parsing. Kernel style puts a
 * definition's type or name in column 0 ({@code static int foo(…)}, or {@code static int} then
 * {@code foo(…)} on the next line) and a function-like macro after {@code #define}; so only lines that
 * start with a letter, an underscore or {@code #} are looked at, and of those the first name followed
 * by {@code (}. A name found is a candidate: prototypes and macro calls in column 0 are found too, and
 * the parse of the file decides. Definitions indented away from column 0 are not found.
 */
public final class CNameScan {

    private CNameScan() {
    }

    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "switch", "return", "sizeof", "do",
            "else", "case", "typeof", "__typeof__", "__attribute__", "defined", "asm", "__asm__", "alignof",
            "_Alignof", "__alignof__", "_Static_assert", "static_assert", "offsetof", "int", "void", "char", "long",
            "short", "unsigned", "signed", "bool", "_Bool", "float", "double", "struct", "union", "enum", "const",
            "static", "inline", "extern", "volatile", "register");

    /**
     * Annotations written like calls before a definition's name ({@code bool __init __attribute((weak)) f(…)},
     * {@code __printf(1, 2) void g(…)}): their parentheses are skipped and the scan goes on along the line.
     */
    private static final Set<String> ANNOTATIONS = Set.of("__attribute__", "__attribute", "__printf", "__scanf",
            "__aligned", "__section", "__alias", "__must_hold", "__acquires", "__releases");

    /** The candidate names in {@code bytes}, in order of first appearance. */
    public static Set<String> names(byte[] bytes) {
        Set<String> out = new LinkedHashSet<>();
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            byte b = bytes[i];
            if (b == '#') {
                i = define(bytes, i, out);
            } else if (identStart(b)) {
                i = line(bytes, i, out);
            }
            i = lineEnd(bytes, i) + 1;   // to the next line
        }
        return out;
    }

    /** {@code #  define NAME(}: a function-like macro. */
    private static int define(byte[] s, int i, Set<String> out) {
        int n = s.length;
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) {
            i++;
        }
        if (i + 6 > n || s[i] != 'd' || s[i + 1] != 'e' || s[i + 2] != 'f' || s[i + 3] != 'i' || s[i + 4] != 'n'
                || s[i + 5] != 'e') {
            return i;
        }
        i += 6;
        if (i >= n || s[i] != ' ' && s[i] != '\t') {
            return i;
        }
        while (i < n && (s[i] == ' ' || s[i] == '\t')) {
            i++;
        }
        int start = i;
        while (i < n && identPart(s[i])) {
            i++;
        }
        if (i > start && i < n && s[i] == '(') {
            out.add(new String(s, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return i;
    }

    /** The first name followed by {@code (} on a line that starts in column 0. */
    private static int line(byte[] s, int i, Set<String> out) {
        int n = s.length;
        while (i < n && s[i] != '\n') {
            byte b = s[i];
            if (identStart(b)) {
                int start = i;
                while (i < n && identPart(s[i])) {
                    i++;
                }
                int end = i;
                while (i < n && (s[i] == ' ' || s[i] == '\t')) {
                    i++;
                }
                if (i < n && s[i] == '(') {
                    String name = new String(s, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (ANNOTATIONS.contains(name)) {
                        i = afterParentheses(s, i);
                        continue;
                    }
                    if (name.length() > 14 || !KEYWORDS.contains(name)) {   // no keyword is longer
                        out.add(name);
                        return i;
                    }
                }
            } else if (b == '(' || b == '=' || b == ';' || b == '"' || b == '{' || b == '/') {
                return i;   // `int (*fn)(…)`, an initialiser, a statement, a comment: no definition's name after it
            } else {
                i++;
            }
        }
        return i;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The index of the first {@code '\n'} at or after {@code i} (or the length): eight bytes at a time, the
     * first zero byte of {@code word ^ NEWLINES} found by the borrow trick (exact for the lowest one).
     */
    static int lineEnd(byte[] s, int i) {
        int n = s.length;
        while (i + 8 <= n) {
            long x = (long) LONGS.get(s, i) ^ NEWLINES;
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            i += 8;
        }
        while (i < n && s[i] != '\n') {
            i++;
        }
        return i;
    }

    /** The index after the parenthesis that closes the one at {@code i}, on this line. */
    private static int afterParentheses(byte[] s, int i) {
        int depth = 0;
        for (; i < s.length && s[i] != '\n'; i++) {
            if (s[i] == '(') {
                depth++;
            } else if (s[i] == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return i;
    }

    private static boolean identStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_';
    }

    private static boolean identPart(byte b) {
        return identStart(b) || b >= '0' && b <= '9';
    }
}
