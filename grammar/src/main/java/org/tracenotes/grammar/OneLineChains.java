package org.tracenotes.grammar;

/**
 * A call chain written on one line: two or more calls or function names joined by arrows, caller
 * first, the last one perhaps followed by a note or a dangling arrow.
 * <pre>
 * main_x() -&gt; send_all_x() -&gt; kill_x()
 * `early_init_x()`--&gt;`arch_init_x()`--&gt;
 * read_x -&gt; file-&gt;f_op-&gt;read_iter [my_read_iter] 里面 …
 * </pre>
 * The line is a trace of its own, a root: alone in a fence (the fence's other lines, when any, being
 * paragraphs of words about the chain, which are remarks), or alone in a Markdown paragraph when every
 * link is a call or a code span. An arrow joins links when it is {@code -->}, {@code =>}, or a
 * {@code ->} with a blank, a {@code )} or a backtick before it; {@code file->f_op} is a member. A link is
 * a name with an {@code _}, a member ({@code ->}, {@code .}) or parentheses, so that words joined by
 * arrows ({@code user -> kernel}) are no chain; an ops member may name where it lands in
 * {@code [brackets]}.
 */
final class OneLineChains {

    /** The fewest links of a chain on one line. */
    private static final int MIN_LINKS = 2;

    private OneLineChains() {
    }

    /**
     * Whether the fence whose content is lines {@code first}..{@code last} holds one chain line first and
     * nothing but paragraphs of words after it (no chain among them: a column of chains is a table of
     * callers); those are then marked remarks.
     */
    static boolean isFencedChain(NoteLayout layout, int first, int last) {
        int chain = first;
        while (chain <= last && layout.blank(chain)) {
            chain++;
        }
        if (chain > last || links(layout.lineText(chain), false) < MIN_LINKS) {
            return false;
        }
        for (int j = chain + 1; j <= last; j++) {
            if (!layout.blank(j) && (!words(layout.lineText(j)) || links(layout.lineText(j), false) > 0)) {
                return false;
            }
        }
        for (int j = chain + 1; j <= last; j++) {
            if (!layout.blank(j)) {
                layout.margins().setRemark(j);
            }
        }
        return true;
    }

    /**
     * Marks as trace blocks from {@code blockId} the text lines outside fences that are a paragraph of
     * their own (blank, heading or fence lines around) and a chain whose every link is a call or a code
     * span; the next free block id.
     */
    static int unfencedChains(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT
                    || i + 1 < n && layout.role(i + 1) == NoteLayout.Role.TEXT) {
                continue;   // the cheap test: a paragraph of one text line
            }
            String text = layout.lineText(i);
            if (text.indexOf('>') < 0 || links(text, true) < MIN_LINKS) {
                continue;
            }
            layout.markTrace(i, i, blockId++);
        }
        return blockId;
    }

    /**
     * How many links {@code line} joins when it is a chain (0 when it is none); {@code strict}: every
     * link a call or a code span, and nothing after the last one but an arrow.
     */
    static int links(String line, boolean strict) {
        String s = line.strip();
        if (s.isEmpty() || !LineScan.isIdentStart(s.charAt(0)) && s.charAt(0) != '`' || s.indexOf('>') < 0) {
            return 0;   // the cheap test: a name or a code span first, and an arrow's head somewhere
        }
        int p = 0;
        int links = 0;
        while (true) {
            int end = link(s, p, strict);
            if (end < 0) {
                return 0;   // an arrow to words, or no link first
            }
            links++;
            int q = end;
            while (q < s.length() && s.charAt(q) == ' ') {
                q++;
            }
            int arrow = arrowAt(s, q, end > 0 && (s.charAt(end - 1) == ')' || s.charAt(end - 1) == '`' || q > end));
            if (arrow < 0) {
                // the chain ends: a note of words after a blank, or nothing
                return q == s.length() || !strict && q > end && links >= MIN_LINKS ? links : 0;
            }
            p = arrow;
            while (p < s.length() && s.charAt(p) == ' ') {
                p++;
            }
            if (p == s.length()) {
                return links;   // a dangling arrow: the chain goes on elsewhere
            }
        }
    }

    /** Where the arrow at {@code q} ends, or -1; a {@code ->} only when {@code spaced} (after a blank, ) or `). */
    private static int arrowAt(String s, int q, boolean spaced) {
        if (s.startsWith("-->", q) || s.startsWith("==>", q)) {
            return q + 3;
        }
        if (s.startsWith("=>", q) || spaced && s.startsWith("->", q)) {
            return q + 2;
        }
        return -1;
    }

    /** Where the link starting at {@code p} ends, or -1 when none starts there. */
    private static int link(String s, int p, boolean strict) {
        boolean span = p < s.length() && s.charAt(p) == '`';
        int q = span ? p + 1 : p;
        if (q >= s.length() || !LineScan.isIdentStart(s.charAt(q))) {
            return -1;
        }
        boolean kernelName = false;
        while (q < s.length()) {
            char c = s.charAt(q);
            if (LineScan.isIdentPart(c)) {
                kernelName |= c == '_';
                q++;
            } else if (c == '.' && q + 1 < s.length() && LineScan.isIdentStart(s.charAt(q + 1))) {
                kernelName = true;
                q++;
            } else if (c == '-' && s.startsWith("->", q) && q + 2 < s.length() && LineScan.isIdentStart(s.charAt(q + 2))) {
                kernelName = true;
                q += 2;
            } else {
                break;
            }
        }
        boolean call = q < s.length() && s.charAt(q) == '(';
        if (call) {
            int depth = 0;
            for (; q < s.length(); q++) {
                if (s.charAt(q) == '(') {
                    depth++;
                } else if (s.charAt(q) == ')' && --depth == 0) {
                    break;
                }
            }
            if (q == s.length()) {
                return -1;
            }
            q++;
        }
        if (span) {
            if (q >= s.length() || s.charAt(q) != '`') {
                return -1;
            }
            q++;
        } else if (strict && !call) {
            return -1;
        }
        if (!call && !span && !kernelName) {
            return -1;   // a plain word: `user -> kernel` is no chain
        }
        int b = q;
        while (b < s.length() && s.charAt(b) == ' ') {
            b++;
        }
        if (!strict && b < s.length() && s.charAt(b) == '[') {
            int close = s.indexOf(']', b);
            if (close > b + 1 && LineScan.isIdentStart(s.charAt(b + 1))) {
                q = close + 1;   // where an ops member lands: `f_op->read_iter [my_read_iter]`
            }
        }
        return q;
    }

    /** Whether {@code line} is words, no code: non-ASCII letters (CJK) or four words, no arrow first, no ; { } last. */
    private static boolean words(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("-") || s.startsWith("=") || s.startsWith("|") || s.startsWith("+")) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == ';' || last == '{' || last == '}') {
            return false;
        }
        int spaces = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x2E80) {
                return true;
            }
            spaces += c == ' ' ? 1 : 0;
        }
        return spaces >= 3;
    }
}
