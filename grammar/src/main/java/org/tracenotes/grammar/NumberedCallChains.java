package org.tracenotes.grammar;

/**
 * A call chain written as a numbered Markdown list outside any fence, under a caption that names where
 * it starts, every line a call (names often bold, in code spans or linked), with unnumbered calls
 * between the numbered ones:
 * <pre>
 * 解析：**`[dev_register](https://example.org/dev.c#L40)**(dev);`
 *
 * 1. **`[bus_add](https://example.org/dev.c#L12)**(dev);`
 * 2. **`[bus_probe](https://example.org/bus.c#L80)**(dev);`
 * **`[bus_sysfs](https://example.org/bus.c#L84)**(dev);`
 * 3. **`[probe_one](https://example.org/probe.c#L9)**(dev);`
 * </pre>
 * The caption is a short label ending with a colon, the call or the name the chain starts from after it
 * (the root) or nothing;
 * then, after a blank line, items numbered from 1 up by one and unnumbered lines at the items' column,
 * up to the next blank line. It is a trace when there are at least {@link #MIN_ITEMS} numbered items,
 * the list shows that its numbers count depth (see {@code showsDepth}: line links into the source on
 * most items, or a caption naming a call chain),
 * at least one unnumbered line among them, and every line is a call: its first name (past {@code **},
 * a backquote or a link's {@code [}, through {@code ->} or {@code .} members) stands right before a
 * {@code (}. A numbered list of sentences, or of links to read, is no such list. The numbers are margins,
 * and so is the caption's label; how deep each line is, core's {@code NumberedChainDepths} decides.
 *
 * <p>A numbered list whose items are themselves chains on one line ({@link OneLineChains}) needs no caption
 * (it may open the note, or stand right under a paragraph):
 * <pre>
 * 1. `sys_send`
 * 2. `do_send` =&gt; `__do_send` =&gt; `sock_send`
 *     - a remark on the item
 * 3. `proto_send` =&gt; `ip_out`
 * </pre>
 * each item goes on where the one above stopped, its first link called by the last link above, so its
 * number counts depth as well. Every item is a chain led by a code span ({@link OneLineChains#lastLinkStart})
 * or a lone code span or call, {@link #MIN_CHAIN_ITEMS} items and most items chains; the only other lines are bullets deeper than the items, remarks.
 */
final class NumberedCallChains {

    /** How many numbered items, at least. */
    private static final int MIN_ITEMS = 3;
    /** The fewest items that are chains of their own in a list of such items. */
    private static final int MIN_CHAIN_ITEMS = 2;
    /** A label longer than this (code points) before its colon is a sentence, no caption. */
    private static final int MAX_LABEL = 20;

    private NumberedCallChains() {
    }

    /** Marks every such list among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !startsAtOne(layout, i)
                    || i > 0 && layout.role(i - 1) != NoteLayout.Role.BLANK) {
                i++;   // the cheap test: an item numbered 1 on the note's first line or after a blank line
                continue;
            }
            int last = layout.paragraphEnd(i);
            int label = i >= 2 && layout.role(i - 2) == NoteLayout.Role.TEXT ? labelEnd(layout, i - 2) : -1;
            if (label >= 0 && isChain(layout, i, last) && showsDepth(layout, i - 2, label, i, last)) {
                markCaptioned(layout, i, last, label, blockId++);
            } else if (chainItems(layout, i, last)) {
                markChainItems(layout, i, last, blockId++);   // needs no caption: under a paragraph too
            }
            i = Math.max(i, last) + 1;
        }
        return blockId;
    }

    /** Marks a captioned chain {@code first}..{@code last} under the caption two lines above, whose label ends at {@code label}. */
    private static void markCaptioned(NoteLayout layout, int first, int last, int label, int blockId) {
        int caption = first - 2;
        int[] t = layout.codePoints();
        int afterLabel = LineScan.stripStart(t, layout.start(caption) + label, layout.contentEnd(caption));
        boolean rooted = afterLabel < layout.contentEnd(caption) && (isCall(t, afterLabel, layout.contentEnd(caption))
                || isName(t, afterLabel, layout.contentEnd(caption)));
        CallItemLists.markTraceKeepingRoles(layout, rooted ? caption : first, last, blockId);
        layout.mark(BlockShape.NUMBERED_CHAIN, blockId);
        if (rooted) {
            layout.margins().setEnd(caption, afterLabel - layout.start(caption));
        }
        for (int j = first; j <= last; j++) {
            int number = SentenceItemLists.numberEnd(layout, j);
            if (number >= 0) {
                layout.margins().setEnd(j, number);
            }
        }
    }

    /** Whether lines {@code first}..{@code last} are numbered items that are chains on one line: see the class comment. */
    private static boolean chainItems(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int[] chains = {0};
        int items = items(layout, first, last, (j, s, e, number) -> {
            if (number < 0) {
                return layout.indentOf(j) != 0 && ListItemMarkers.bulletEnd(layout, j) >= 0;   // only remarks, as deeper bullets, between the items
            }
            int p = LineScan.stripStart(t, s + number, e);
            if (p < e && t[p] == '`' && OneLineChains.lastLinkStart(layout.lineText(j).substring(
                    layout.lineText(j).offsetByCodePoints(0, p - s))) > 0) {
                chains[0]++;
                return true;
            }
            return isName(t, p, e) || isCall(t, p, e) && t[LineScan.stripEnd(t, p, e) - 1] == ')';   // else a sentence, not a link of the chain
        });
        return items >= MIN_ITEMS && chains[0] >= MIN_CHAIN_ITEMS && chains[0] * 2 >= items;
    }

    /** Judges a line of a numbered run: its text [{@code s}, {@code e}), its item number ending at {@code number} (-1 for none). */
    @FunctionalInterface
    private interface LineJudge {
        boolean accepts(int line, int s, int e, int number);
    }

    /**
     * How many items lines {@code first}..{@code last} hold when their numbers stand at the margin counting up
     * by one from 1 and {@code judge} accepts every line; -1 otherwise (at the first line that fails).
     */
    private static int items(NoteLayout layout, int first, int last, LineJudge judge) {
        int[] t = layout.codePoints();
        int expected = 1;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int number = SentenceItemLists.numberEnd(layout, j);
            if (number >= 0) {
                if (t[s] < '0' || t[s] > '9' || ListNumbers.value(t, s, s + number - 1) != expected) {
                    return -1;   // numbers at the margin, counting up by one
                }
                expected++;
            }
            if (!judge.accepts(j, s, e, number)) {
                return -1;
            }
        }
        return expected - 1;
    }

    /** Makes such a list a numbered chain: its numbers margins, its bullets remarks. */
    private static void markChainItems(NoteLayout layout, int first, int last, int blockId) {
        CallItemLists.markTraceKeepingRoles(layout, first, last, blockId);
        layout.mark(BlockShape.NUMBERED_CHAIN, blockId);
        for (int j = first; j <= last; j++) {
            int number = SentenceItemLists.numberEnd(layout, j);
            if (number >= 0) {
                layout.margins().setEnd(j, number);
            } else {
                layout.margins().setRemark(j);
            }
        }
    }

    private static boolean startsAtOne(NoteLayout layout, int line) {
        int[] t = layout.codePoints();
        int p = layout.start(line);
        return p < layout.contentEnd(line) && t[p] == '1' && SentenceItemLists.numberEnd(layout, line) == 2;
    }

    /** Where a caption's label ends, just past its colon, in code points from the line's start; -1 for no caption. */
    private static int labelEnd(NoteLayout layout, int line) {
        int[] t = layout.codePoints();
        int s = layout.start(line);
        int e = Math.min(layout.contentEnd(line), s + MAX_LABEL + 1);
        for (int k = s; k < e; k++) {
            int c = t[k];
            if (c == ':' || c == '\uFF1A') {
                return k > s ? k + 1 - s : -1;
            }
            if (c == '`' || c == '(' || c == '[' || c == '*') {
                return -1;   // code or markup before the colon: no label
            }
        }
        return -1;
    }

    /** Whether the run is a chain of calls: see the class comment. */
    private static boolean isChain(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int items = items(layout, first, last,
                (j, s, e, number) -> isCall(t, number >= 0 ? LineScan.stripStart(t, s + number, e) : s, e));
        return items >= MIN_ITEMS && items < last - first + 1;   // an unnumbered line among the items
    }

    /**
     * Whether the list gives the evidence that its numbers count depth, not order: most numbered items
     * link to the line of a source file they stand on ({@code …/bus.c#L80}, the chain read in the
     * source), or the caption names a call chain ({@link FlatChainRuns#CHAIN_WORDS}: {@code 调用链}, {@code call chain} …).
     * A numbered sequence of calls with neither is steps in order, no chain.
     */
    private static boolean showsDepth(NoteLayout layout, int caption, int label, int first, int last) {
        int[] t = layout.codePoints();
        int s = layout.start(caption);
        for (String w : FlatChainRuns.CHAIN_WORDS) {
            if (LineScan.containsLower(t, s, s + label, w)) {
                return true;
            }
        }
        int items = 0;
        int linked = 0;
        for (int j = first; j <= last; j++) {
            if (SentenceItemLists.numberEnd(layout, j) >= 0) {
                items++;
                linked += hasLineLink(t, layout.start(j), layout.contentEnd(j)) ? 1 : 0;
            }
        }
        return linked * 2 > items;
    }

    /** Whether [p, e) holds a link target ending in a line number: {@code #L} and 1 to 9 digits before its {@code )}. */
    static boolean hasLineLink(int[] t, int p, int e) {
        for (int k = p; k + 2 < e; k++) {
            if (t[k] != '#' || t[k + 1] != 'L') {
                continue;
            }
            int d = k + 2;
            while (d < e && d - k - 2 < 10 && t[d] >= '0' && t[d] <= '9') {
                d++;
            }
            if (d > k + 2 && d - k - 2 <= 9 && d < e && t[d] == ')') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether [p, e) starts with a call: past Markdown markup ({@code **}, a backquote, a link's {@code [}
     * and its {@code ](url)}), a name, members after {@code ->} or {@code .}, then a {@code (}.
     */
    static boolean isCall(int[] t, int p, int e) {
        int k = skipMarkup(t, p, e);
        while (true) {
            if (k >= e || !LineScan.isIdentStart(t[k])) {
                return false;
            }
            while (k < e && LineScan.isIdentPart(t[k])) {
                k++;
            }
            k = skipMarkup(t, k, e);
            if (k < e && t[k] == '(') {
                return true;
            }
            if (k + 1 < e && t[k] == '-' && t[k + 1] == '>') {
                k = skipMarkup(t, k + 2, e);
            } else if (k < e && t[k] == '.') {
                k = skipMarkup(t, k + 1, e);
            } else {
                return false;
            }
        }
    }

    /** Whether [p, e) is one name alone, past Markdown markup around it ({@code **`[name](url)`**}). */
    private static boolean isName(int[] t, int p, int e) {
        int k = skipMarkup(t, p, e);
        if (k >= e || !LineScan.isIdentStart(t[k])) {
            return false;
        }
        while (k < e && LineScan.isIdentPart(t[k])) {
            k++;
        }
        return LineScan.stripStart(t, skipMarkup(t, k, e), e) == e;
    }

    /** Past bold marks, backquotes, a link's brackets and its {@code (url)}. */
    private static int skipMarkup(int[] t, int k, int e) {
        while (k < e) {
            int c = t[k];
            if (c == '*' || c == '`' || c == '[') {
                k++;
            } else if (c == ']' && k + 1 < e && t[k + 1] == '(') {
                int close = k + 2;
                while (close < e && t[close] != ')' && t[close] != ' ') {
                    close++;
                }
                if (close >= e || t[close] != ')') {
                    return k;
                }
                k = close + 1;
            } else if (c == ']') {
                k++;
            } else {
                return k;
            }
        }
        return k;
    }
}
