package org.tracenotes.grammar;

/**
 * Two ways a one-line chain alone in a Markdown paragraph ({@link OneLineChains}) is written by authors who
 * walk a code base file by file:
 * <pre>
 * # Execution paths
 *
 * syscall `read()` → `pl_file.c:57:pl_read()` → `fs_ops.c:180:fs_read()`
 *
 * POSIX-entry `sync()` → `fs_ops.c:88:fs_sync()` → `log.c:356:log_flush()`
 * </pre>
 * <ul>
 * <li>a link is a code span naming the function after where it is defined, {@code `file.c:LINE:name()`}
 *     (a file with an extension, a line number, colons between): the function is the link, the place is its
 *     address, as {@code gdb} and {@code grep -n} print it;</li>
 * <li>one word before the first link ({@code syscall}, {@code POSIX-entry}: letters, digits and hyphens) says
 *     where the chain enters, as a caption does without its colon ({@link ChainCaptions}); it is the line's
 *     margin, the chain after it must be one by {@link OneLineChains#links}' strict rule (every link a call or
 *     a code span naming a function) with a located link at least, so a sentence ({@code Then call `f()` first})
 *     stays one, and so does a changelog's line ({@code Renamed `get_x()` → `fetch_x()`}): without a location
 *     the word is a verb, and the line must start with its chain.</li>
 * </ul>
 * A span whose location has no line number ({@code `x.c:f()`}), or a path alone ({@code `fs/x.c`}), names no
 * function and is no link.
 */
final class LocatedChainLinks {

    /** Characters the entry word has at most. */
    static final int MAX_LABEL = 24;

    private LocatedChainLinks() {
    }

    /**
     * Where the name of a code span's link starts when the span, whose first character inside the backtick is at
     * {@code q}, opens with a location {@code file.ext:LINE:}; {@code q} otherwise.
     */
    static int nameStart(String s, int q) {
        int k = q;
        int dot = -1;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '.') {
                dot = k;
            } else if (!(LineScan.isIdentPart(c) || c == '/' || c == '-')) {
                break;
            }
            k++;
        }
        if (dot <= q || dot + 1 >= k || k >= s.length() || s.charAt(k) != ':' || !letters(s, dot + 1, k)) {
            return q;   // no file with an extension before a colon
        }
        int d = k + 1;
        while (d < s.length() && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
            d++;
        }
        return d > k + 1 && d + 1 < s.length() && s.charAt(d) == ':' && LineScan.isIdentStart(s.charAt(d + 1)) ? d + 1 : q;
    }

    /** The code span {@code named} (backticks around) with its location, when it has one, left out. */
    static String unlocated(String named) {
        int name = named.length() > 1 ? nameStart(named, 1) : 1;
        return name == 1 ? named : "`" + named.substring(name);
    }

    /**
     * The text of paragraph line {@code i} from its first link on, its entry word made the line's margin, when the
     * line is such a word, blanks and a chain by {@link OneLineChains#links}' strict rule; {@code text} otherwise.
     */
    static String unlabelled(NoteLayout layout, int i, String text) {
        int p = 0;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        int w = p;
        while (w < text.length() && (Character.isLetterOrDigit(text.charAt(w)) && text.charAt(w) < 0x80 || text.charAt(w) == '-')) {
            w++;
        }
        if (w == p || w - p > MAX_LABEL || !Character.isLetter(text.charAt(p)) || w >= text.length() || text.charAt(w) != ' ') {
            return text;
        }
        int chain = LineScan.skipBlanks(text, w);
        if (chain >= text.length() || text.charAt(chain) != '`') {
            return text;
        }
        String rest = text.substring(chain);
        if (!located(rest) || !OneLineChains.drawnArrowsJoinKernelNames(rest) || OneLineChains.links(rest, true) < OneLineChains.MIN_LINKS) {
            return text;   // no link located: a verb and the names it is about
        }
        layout.margins().setEnd(i, chain);
        return rest;
    }

    /** Whether a code span of {@code chain} opens with a location ({@link #nameStart}: {@code `x.c:12:f()`}). */
    private static boolean located(String chain) {
        for (int open = chain.indexOf('`'); open >= 0; ) {
            int close = chain.indexOf('`', open + 1);
            if (close < 0) {
                return false;
            }
            if (nameStart(chain, open + 1) > open + 1) {
                return true;
            }
            open = chain.indexOf('`', close + 1);
        }
        return false;
    }

    /** Whether [p, e) of {@code s} is letters only: a file's extension. */
    private static boolean letters(String s, int p, int e) {
        for (int k = p; k < e; k++) {
            if (!Character.isLetter(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
