package org.tracenotes.grammar;

/**
 * Captions over one-line call chains in a plain-text note's words: a caption (words ending in a colon,
 * {@code :} or {@code ：}) and right under it, at its column, a chain of calls joined by arrows; under the
 * chain perhaps a name alone aligned under one of its callees (another callee of that callee's caller), or a
 * line led by {@code ->} at the chain's column (the chain wrapped, carried on from where it ended):
 * <pre>
 * At boot:
 * board_setup() -&gt; core_init() -&gt; bus_init() -&gt; dev_register()
 *                                              bus_register()
 * When a driver registers:
 * plat_drv_register() -&gt; drv_register() -&gt; bus_each_dev()
 * -&gt; __drv_attach() -&gt; plat_match()
 * </pre>
 * Evidence is asked for, as this layout lives among prose: two captioned chains at least (blank lines
 * between them at most), every link of each a call ({@link OneLineChains#links}' strict rule, two links or
 * more), the caption short and free of code, and one sign of a trace in the run ({@link #signed}: a caption
 * naming a call path, a chain of three links or more with a kernel name, or an aligned callee or a wrapped line). A sentence holding an arrow ({@code Settings -> Advanced}, {@code A
 * -> B means}) is no chain, and a caption over one chain alone stays prose. A line of words right after a
 * chain (no arrow) is a remark. The block is marked {@link BlockShape#CAPTIONED_CHAINS}: the core hangs each
 * chain under its caption ({@code ProseChainDepths} in the core).
 */
final class CaptionedChainRuns {

    /** Characters a caption has at most. */
    private static final int MAX_CAPTION = 40;
    /** The fewest links of a chain that shows a trace by a kernel name in it ({@link #signed}). */
    private static final int MIN_KERNEL_LINKS = 3;
    /** The fewest captioned chains of a run. */
    private static final int MIN_CHAINS = 2;

    private CaptionedChainRuns() {
    }

    /** Marks the runs of captioned chains among the text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            int end = group(layout, i);
            if (end < 0) {
                i++;
                continue;
            }
            int first = i;
            int last = end;
            int chains = 1;
            boolean signed = signed(layout, first, end);
            while (true) {
                int next = last + 1;
                while (next < n && layout.role(next) == NoteLayout.Role.BLANK) {
                    next++;
                }
                int e = next < n && layout.indentOf(next) == layout.indentOf(first) ? group(layout, next) : -1;
                if (e < 0) {
                    break;
                }
                chains++;
                signed |= signed(layout, next, e);
                last = e;
            }
            if (chains >= MIN_CHAINS && signed) {
                for (int j = first; j <= last; j++) {
                    if (layout.role(j) == NoteLayout.Role.TEXT && remark(layout, j)) {
                        layout.margins().setRemark(j);
                    }
                }
                layout.markTrace(first, last, blockId);
                layout.mark(BlockShape.CAPTIONED_CHAINS, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /**
     * The last line of the captioned chain whose caption is line {@code c} (its aligned callees, wrapped lines
     * and remarks included), or -1 when line {@code c} opens none.
     */
    private static int group(NoteLayout layout, int c) {
        int n = layout.lineCount();
        if (c + 1 >= n || !isCaption(layout, c) || layout.role(c + 1) != NoteLayout.Role.TEXT
                || layout.indentOf(c + 1) != layout.indentOf(c) || !isChain(layout.lineText(c + 1))) {
            return -1;
        }
        int column = layout.indentOf(c);
        int chain = c + 1;
        int last = chain;
        for (int j = chain + 1; j < n && layout.role(j) == NoteLayout.Role.TEXT; j++) {
            String text = layout.lineText(j);
            String s = text.strip();
            int indent = layout.indentOf(j);
            if (indent == column && s.startsWith("->") && wrapped(s)) {
                last = j;   // `-> g() -> h()`: the chain carried on
            } else if (indent > column && alignedCallee(layout.lineText(chain), indent, s)) {
                last = j;   // a name under a callee: another callee of that callee's caller
            } else if (j + 1 < n && isCaption(layout, j) && layout.indentOf(j) == column && layout.role(j + 1) == NoteLayout.Role.TEXT
                    && layout.indentOf(j + 1) == column && isChain(layout.lineText(j + 1))) {
                break;   // the next caption
            } else if (remark(layout, j)) {
                last = j;   // words about the chain
            } else {
                break;
            }
        }
        return last;
    }

    /**
     * Whether the captioned chain on lines {@code c}..{@code end} shows a trace beyond its shape: its caption names
     * a call path ({@link ChainCaptions#namesPath}), its chain is of {@value #MIN_KERNEL_LINKS} links or more one of
     * them a kernel name (an {@code _} outside parentheses), or a callee aligned under it or a wrapped line carries
     * it on. A rename ({@code get_value() -> read_value()}), a fluent call ({@code db()->table()->get()}) or a
     * rewrite rule ({@code f(x) -> g(x)}) under a caption has none.
     */
    private static boolean signed(NoteLayout layout, int c, int end) {
        for (int j = c + 2; j <= end; j++) {
            if (!remark(layout, j)) {
                return true;   // an aligned callee or a wrapped line: what group took besides remarks
            }
        }
        String caption = layout.lineText(c).strip();
        if (ChainCaptions.namesPath(caption.substring(0, caption.length() - 1))) {
            return true;
        }
        String chain = layout.lineText(c + 1).strip();
        if (OneLineChains.links(chain, true) < MIN_KERNEL_LINKS) {
            return false;
        }
        int depth = 0;
        for (int k = 0; k < chain.length(); k++) {
            char ch = chain.charAt(k);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (ch == '_' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** The cheap test of {@link #isCaption}, read without making a string: line {@code i} ends in a colon, blanks aside. */
    private static boolean endsInColon(NoteLayout layout, int i) {
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(i), layout.contentEnd(i));
        return e > layout.start(i) && (t[e - 1] == ':' || t[e - 1] == '\uFF1A');
    }

    /** Whether line {@code i} is a caption: short words ending in a colon, no code (no parenthesis, arrow or backtick). */
    private static boolean isCaption(NoteLayout layout, int i) {
        if (layout.role(i) != NoteLayout.Role.TEXT || layout.arrowEnd(i) >= 0 || !endsInColon(layout, i)) {
            return false;
        }
        String s = layout.lineText(i).strip();
        if (s.length() < 2 || s.length() > MAX_CAPTION) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last != ':' && last != '\uFF1A') {
            return false;
        }
        for (int k = 0; k < s.length() - 1; k++) {
            char c = s.charAt(k);
            if ("()`>=<{};:/#*|\u2192".indexOf(c) >= 0 || c == '\uFF1A') {
                return false;
            }
        }
        return Character.isLetter(s.charAt(0));
    }

    /** Whether {@code text} is a chain of two calls or more, every link a call, written with ASCII arrows. */
    private static boolean isChain(String text) {
        return text.indexOf('\t') < 0 && text.contains("->") && OneLineChains.links(text, true) >= OneLineChains.MIN_LINKS;
    }

    /** Whether {@code s}, a stripped line led by {@code ->}, carries a chain on: a call right after the arrow. */
    private static boolean wrapped(String s) {
        int p = LineScan.skipBlanks(s, 2);
        if (p == s.length() || !LineScan.isIdentStart(s.charAt(p))) {
            return false;
        }
        int q = p;
        while (q < s.length() && (LineScan.isIdentStart(s.charAt(q)) || Character.isDigit(s.charAt(q)))) {
            q++;
        }
        return q < s.length() && s.charAt(q) == '(';
    }

    /**
     * Whether {@code s}, standing at column {@code indent}, is one call alone ({@code name()} and blanks) whose
     * column is where a link after the first of {@code chain} starts, give or take one (aligned by hand).
     */
    private static boolean alignedCallee(String chain, int indent, String s) {
        if (!FlatChainRuns.isLink(s) || s.indexOf('(') < 0 || s.contains("  ")) {
            return false;
        }
        for (int k = chain.indexOf("->"); k >= 0; k = chain.indexOf("->", k + 2)) {
            int p = LineScan.skipBlanks(chain, k + 2);
            if (Math.abs(p - indent) <= 1 && (k == 0 || chain.charAt(k - 1) == ' ' || chain.charAt(k - 1) == ')')) {
                return true;
            }
        }
        return false;
    }

    /** Whether text line {@code i} is words ({@link #isWords}) with no arrow in its margin. */
    private static boolean remark(NoteLayout layout, int i) {
        return layout.arrowEnd(i) < 0 && isWords(layout.lineText(i));
    }

    /**
     * Whether {@code line} is words about a chain, no code: a blank or a CJK character in it, no call, arrow,
     * {@code ;} or {@code =}, and no {@code :} or {@code {} last (a caption, a body). The remarks of both layouts
     * of chains among words ({@link DashedChainSteps} too) are read by it.
     */
    static boolean isWords(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.indexOf('(') >= 0 || s.contains("->") || s.indexOf('\u2192') >= 0 || s.indexOf(';') >= 0
                || s.indexOf('=') >= 0) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last != ':' && last != '\uFF1A' && last != '{' && (s.indexOf(' ') > 0 || s.codePoints().anyMatch(LineScan::isCjk));
    }
}
