package org.tracenotes.grammar;

/**
 * Lines inside a fenced trace that are no steps though they hold no comment marker: a numbered caption
 * in words over the tree it introduces, and a link.
 * <pre>
 * 1、情况一：页面不足
 * alloc_x(gfp)
 *  |-> alloc_node_x
 *   |-> slowpath_x
 *  2、情况二：缺页
 *     fault_x-->handle_x
 *     |-->do_fault_x
 *   https://example.org/notes/42
 * </pre>
 * A caption is a number, the enumeration comma {@code 、} and a sentence in words (a CJK word in it, no
 * call's parenthesis), standing right above an arrowless line that heads a tree (the line after it is an
 * arrow or deeper): it names the case the tree shows, it is no step of the tree above, and the line under
 * it is that tree's root (core's {@code CaptionedTrees} starts a new tree there). A numbered step with arrows
 * right under it ({@code 2、调用 f} / {@code |-> g}) is no caption. A link is a line that is only a URL. Both
 * are marked remarks, which the lexer reads as comments. Captions number the cases of the whole fence only
 * when the fence opens with one (the cases are numbered from the top); numbered lines inside a function's
 * body ({@code foo_x()} / {@code   1、检查参数} / {@code   check_x(a)}) are its steps in words, no captions.
 */
public final class CaptionLines {

    private CaptionLines() {
    }

    /** Marks the captions and links among lines {@code first}..{@code last} of a fenced trace as remarks. */
    static void mark(NoteLayout layout, int first, int last) {
        int opening = nextNonBlank(layout, first, last);
        boolean cases = opening >= 0 && isCaption(layout.lineText(opening));
        for (int j = first; j <= last; j++) {
            String text = layout.lineText(j);
            int p = LineScan.skipBlanks(text, 0);
            if (p == text.length()) {
                continue;
            }
            char c = text.charAt(p);
            if (c == 'h' && isLink(text, p) || cases && c >= '0' && c <= '9' && isCaption(text) && headsTree(layout, j, last)) {
                layout.margins().setRemark(j);
            }
        }
    }

    /**
     * Whether {@code line} is a title in words ending in a colon ({@code call path:}, {@code 调用链：}):
     * letters, digits, blanks and CJK text, two words at least or CJK among them, so that a name with a
     * colon ({@code do_read:}, {@code out:}) is none.
     */
    static boolean isTitle(CharSequence line) {
        int p = LineScan.skipBlanks(line, 0);
        int e = line.length();
        while (e > p && (line.charAt(e - 1) == ' ' || line.charAt(e - 1) == '\t')) {
            e--;
        }
        if (e - p < 2 || e - p > 60 || line.charAt(e - 1) != ':' && line.charAt(e - 1) != '\uFF1A') {
            return false;   // the cheap test: a colon last
        }
        boolean words = false;
        for (int k = p; k < e - 1; k++) {
            char c = line.charAt(k);
            if (c == ' ') {
                words |= k > p && line.charAt(k - 1) != ' ';
            } else if (LineScan.isCjk(c)) {
                words = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return words;
    }

    /**
     * Whether {@code line} is shaped as a caption: blanks, a number of at most three digits, the
     * enumeration comma {@code 、}, and words with a CJK ideograph among them and no ASCII {@code (}.
     */
    public static boolean isCaption(CharSequence line) {
        int p = LineScan.skipBlanks(line, 0);
        if (p == line.length() || line.charAt(p) < '0' || line.charAt(p) > '9') {
            return false;   // the cheap test: a digit first
        }
        int q = p;
        while (q < line.length() && q - p < 3 && line.charAt(q) >= '0' && line.charAt(q) <= '9') {
            q++;
        }
        while (q < line.length() && line.charAt(q) == ' ') {
            q++;
        }
        if (q >= line.length() || line.charAt(q) != '\u3001') {
            return false;
        }
        boolean words = false;
        for (int i = q + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                return false;
            }
            words |= LineScan.isCjk(c);
        }
        return words;
    }

    /**
     * Whether the next non-blank line after {@code caption} is an arrowless step (no caption, no comment)
     * and the next line after that which is neither blank nor a comment is an arrow or deeper than it.
     */
    private static boolean headsTree(NoteLayout layout, int caption, int last) {
        int head = nextNonBlank(layout, caption + 1, last);
        if (head < 0 || layout.arrowEnd(head) >= 0 || comment(layout.lineText(head)) || isCaption(layout.lineText(head))) {
            return false;
        }
        int below = head + 1;
        while ((below = nextNonBlank(layout, below, last)) >= 0 && comment(layout.lineText(below))) {
            below++;
        }
        return below >= 0 && (layout.arrowEnd(below) >= 0 || layout.indentOf(below) > layout.indentOf(head));
    }

    private static int nextNonBlank(NoteLayout layout, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (!layout.blank(j)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the line, past its blanks, starts with a comment marker ({@code //}, {@code /*}, {@code #}). */
    private static boolean comment(String text) {
        int p = LineScan.skipBlanks(text, 0);
        return p < text.length() && (text.charAt(p) == '#' || text.startsWith("//", p) || text.startsWith("/*", p));
    }

    /** Whether the line from {@code p} is only a URL ({@code http://} or {@code https://}, no blank in it) and blanks. */
    private static boolean isLink(String text, int p) {
        int q = text.startsWith("https://", p) ? p + 8 : text.startsWith("http://", p) ? p + 7 : -1;
        if (q < 0 || q >= text.length() || text.charAt(q) == ' ' || text.charAt(q) == '\t') {
            return false;
        }
        while (q < text.length() && text.charAt(q) != ' ' && text.charAt(q) != '\t') {
            q++;
        }
        return LineScan.skipBlanks(text, q) == text.length();
    }
}
