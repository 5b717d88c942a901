package org.tracenotes.grammar;

/**
 * A call chain written on one line: two or more calls or function names joined by arrows, caller
 * first, the last one perhaps followed by a note or a dangling arrow; blanks or tabs around arrows.
 * <pre>
 * main_x() -&gt; send_all_x() -&gt; kill_x()
 * `early_init_x()`--&gt;`arch_init_x()`--&gt;
 * read_x -&gt; file-&gt;f_op-&gt;read_iter [my_read_iter] 里面 …
 * </pre>
 * The line is a trace of its own, a root: alone in a fence (the fence's other lines, when any, being
 * paragraphs of words about the chain, which are remarks), or alone in a Markdown paragraph when every
 * link is a call or a code span naming a function. An arrow joins links when it is {@code -->}, {@code =>},
 * {@code --->}, or a {@code ->} with a blank, a {@code )} or a backtick before it; {@code file->f_op} is a member. A link
 * is a name with an {@code _}, a member ({@code ->}, {@code .}) or parentheses, so that words joined by
 * arrows ({@code user -> kernel}) are no chain; an ops member may name where it lands in
 * {@code [brackets]}. At least one link is a call (parentheses, or an ops member and where it lands):
 * names, states, options and files joined by arrows ({@code task_struct -> mm_struct},
 * {@code `TASK_RUNNING` --> `TASK_DEAD`}, {@code foo.c -> foo.o}) are what points to what or becomes what,
 * not who calls whom. A bare name followed by itself with {@code __} in front ({@code send_x -> __send_x})
 * counts as a call: only functions come in such pairs.
 */
public final class OneLineChains {

    /** The fewest links of a chain on one line. */
    static final int MIN_LINKS = 2;
    /** The fewest links of a paragraph that is plain names joined by long arrows. */
    private static final int MIN_LONG_LINKS = 3;

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
            if (layout.role(i) != NoteLayout.Role.TEXT) {
                continue;
            }
            if (captionedChain(layout, i)) {
                layout.markTrace(i, i, blockId++);   // `调用链：a()→b()`, in a paragraph or an item: a chain of its own
                continue;
            }
            if (i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT || i + 1 < n && layout.role(i + 1) == NoteLayout.Role.TEXT) {
                blockId = BulletedChains.bulletChain(layout, i, blockId);   // a list item among others: a chain of its own, perhaps
                continue;   // the cheap test: a paragraph of one text line
            }
            String text = LocatedChainLinks.unlabelled(layout, i, layout.lineText(i));   // `syscall `f()` → …`: an entry word
            if (!hasArrowHead(text) || !drawnArrowsJoinKernelNames(text)
                    || links(text, true) < MIN_LINKS && !longArrowChain(text)) {
                blockId = BulletedChains.bulletChain(layout, i, blockId);
                continue;
            }
            layout.markTrace(i, i, blockId++);
        }
        return blockId;
    }

    /** Whether {@code s} holds an arrow's head, {@code >} or {@code →}: the cheap test before reading links. */
    private static boolean hasArrowHead(String s) {
        return s.indexOf('>') >= 0 || s.indexOf(LineMargin.RIGHTWARDS_ARROW) >= 0;
    }

    /**
     * Whether a paragraph line whose only arrows are drawn ones ({@code →}) names a kernel-shaped function,
     * one with an {@code _}: prose draws {@code →} for an order of steps ({@code `constructor()` → `render()`},
     * hooks running one after another), so only a kernel name there says the arrows are calls. Lines with an
     * ASCII arrow ({@code >}) are left to {@link #links}.
     */
    static boolean drawnArrowsJoinKernelNames(String text) {
        return text.indexOf('>') >= 0 || text.indexOf('_') >= 0;
    }

    /**
     * Whether line {@code i} is a chain after a caption naming it ({@link ChainCaptions}), alone or inside a
     * paragraph, a bullet before it perhaps; the caption (and the bullet) then become the line's margin.
     */
    private static boolean captionedChain(NoteLayout layout, int i) {
        int s = layout.start(i);
        int e = layout.contentEnd(i);
        int bullet = ListItemMarkers.bulletEnd(layout, i);
        int p = LineScan.stripStart(layout.codePoints(), bullet > 0 ? s + bullet : s, e);
        int chain = p == e ? -1 : ChainCaptions.chainStart(layout.codePoints(), p, e);
        if (chain < 0) {
            return false;
        }
        layout.margins().setEnd(i, chain - s);
        return true;
    }

    /**
     * Whether a paragraph's line is kernel names joined by long arrows ({@code -->}), three links or more,
     * one of them a call, and nothing after the last: {@code reg_card_x --> setup_card_x --> ops->start(x)}.
     * Plain kernel names (an {@code _} or a member in each) need no code span there: a long arrow between
     * them is no member access, and words after the chain would make it a sentence.
     */
    private static boolean longArrowChain(String text) {
        return text.contains("-->") && lastLinkStart(text) >= 0 && links(text, false) >= MIN_LONG_LINKS;
    }

    /**
     * How many links {@code line} joins when it is a chain (0 when it is none); {@code strict}: every
     * link a call or a code span, and nothing after the last one but an arrow. A chain holds at least
     * one call ({@link #isCall}, or a name's {@code __} worker after it): names joined by arrows and nothing called are data structures, states or
     * build steps ({@code task_struct -> mm_struct}, {@code TASK_RUNNING -> TASK_DEAD}, {@code foo.c -> foo.o}).
     */
    static int links(String line, boolean strict) {
        String s = line.strip();
        if (s.isEmpty() || !LineScan.isIdentStart(s.charAt(0)) && s.charAt(0) != '`' || !hasArrowHead(s)) {
            return 0;   // the cheap test: a name or a code span first, and an arrow's head somewhere
        }
        int p = 0;
        int links = 0;
        boolean called = false;
        int previous = -1;
        int previousEnd = -1;
        while (true) {
            int end = link(s, p, strict, links == 0);
            if (end < 0) {
                return 0;   // an arrow to words, or no link first
            }
            links++;
            called |= isCall(s, p, end) || isInnerOf(s, previous, previousEnd, p, end);
            previous = p;
            previousEnd = end;
            int q = LineScan.skipBlanks(s, end);
            int arrow = arrowAt(s, q, end > 0 && (s.charAt(end - 1) == ')' || s.charAt(end - 1) == '`' || q > end));
            if (arrow < 0) {
                // the chain ends: a note of words after a blank, or nothing
                boolean ends = q == s.length() || !strict && q > end && links >= MIN_LINKS;
                return ends && called ? links : 0;
            }
            p = LineScan.skipBlanks(s, arrow);
            if (p == s.length()) {
                return called ? links : 0;   // a dangling arrow: the chain goes on elsewhere
            }
        }
    }

    /**
     * Where the last link of {@code line} starts in {@code line.strip()} when the whole stripped line is a
     * chain of two or more links by the rules of {@link #links} (each a call, a code span naming a function,
     * or a kernel name with an {@code _} or a member and a lower-case letter, the first perhaps a plain
     * lower-case word, the system call a path enters by; a dangling arrow at most after the last), else -1. No call is needed: a root {@code fault_x-->handle_x} says through which function the
     * tree under it is reached, whereas {@code CPU0 --> CPU1} or {@code user -> kernel} joins no functions.
     */
    public static int lastLinkStart(String line) {
        return namedChain(line, true, true);
    }

    /**
     * How many links {@code line} joins when the whole of it is a chain of names by the rules of
     * {@link #lastLinkStart}, its first link perhaps a plain lower-case word ({@code listen => __sys_x => y_z}:
     * the system call a path enters by), else 0. No call is needed: the caller counts the links it wants.
     */
    static int namedLinks(String line) {
        return Math.max(0, namedChain(line, true, false));
    }

    /** {@link #lastLinkStart} ({@code start}) or {@link #namedLinks}; {@code plainEntry}: the first link may be a plain word. */
    private static int namedChain(String line, boolean plainEntry, boolean start) {
        String s = line.strip();
        if (s.isEmpty() || !LineScan.isIdentStart(s.charAt(0)) && s.charAt(0) != '`' || !hasArrowHead(s)) {
            return -1;   // the cheap test, as in links
        }
        int p = 0;
        int links = 0;
        while (true) {
            int end = link(s, p, false, plainEntry && links == 0);
            if (end < 0) {
                return -1;
            }
            links++;
            int q = LineScan.skipBlanks(s, end);
            int arrow = arrowAt(s, q, end > 0 && (s.charAt(end - 1) == ')' || s.charAt(end - 1) == '`' || q > end));
            int next = arrow < 0 ? q : LineScan.skipBlanks(s, arrow);
            if (arrow < 0 || next == s.length()) {
                // words after the last link: no chain of names; a dangling arrow ends one
                return (arrow >= 0 || q == s.length()) && links >= MIN_LINKS ? (start ? p : links) : -1;
            }
            p = next;
        }
    }

    /**
     * Whether the link [p, end) names the inner function of the link before it, [pp, pe): the same name
     * with {@code __} in front ({@code vfs_read_x -> __vfs_read_x}), the kernel's way of naming the worker a
     * function calls; structures and states have no such pairs, so the chain is one of calls. The earlier
     * name must itself look like a function (an {@code _} or a {@code (} in it): a bare word beside its
     * {@code __} namesake is an annotation or a type ({@code user -> __user}, {@code u32 -> __u32},
     * {@code init -> __init}), no call.
     */
    private static boolean isInnerOf(String s, int pp, int pe, int p, int end) {
        return pp >= 0 && end - p == pe - pp + 2 && s.startsWith("__", p) && s.regionMatches(p + 2, s, pp, pe - pp)
                && functionLike(s, pp, pe);
    }

    /** Whether [p, end) holds an {@code _} or a {@code (}. */
    private static boolean functionLike(String s, int p, int end) {
        for (int i = p; i < end; i++) {
            if (s.charAt(i) == '_' || s.charAt(i) == '(') {
                return true;
            }
        }
        return false;
    }

    /** Whether [p, end) is one word of lower-case letters and digits ({@code sendto}, {@code read}). */
    private static boolean isLowerWord(String s, int p, int end) {
        for (int k = p; k < end; k++) {
            char c = s.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the link [p, end) is a call: parentheses ({@code f()}, {@code `f(x)`}), or an ops member
     * with where it lands in brackets ({@code file->f_op->read_iter [my_read_iter]}).
     */
    private static boolean isCall(String s, int p, int end) {
        if (s.charAt(end - 1) == ']') {
            return true;
        }
        return s.lastIndexOf('(', end - 1) >= p;
    }

    /**
     * Where the arrow at {@code q} ends, or -1: {@code →}, {@code =>}, {@code ==>}, two or more dashes and a head
     * ({@code -->}, {@code --->}), or a {@code ->} only when {@code spaced} (after a blank, ) or `). Not
     * {@link LineMargin#arrowEnd}: that one reads a line's margin, skipping connectors and taking tree
     * edges ({@code |->}, {@code +->}) that inside a line are drawing, and has no {@code ==>}.
     */
    private static int arrowAt(String s, int q, boolean spaced) {
        if (q < s.length() && s.charAt(q) == LineMargin.RIGHTWARDS_ARROW) {
            return q + 1;   // `a()→b()`: an author's drawn `->`
        }
        if (s.startsWith("=>", q) || s.startsWith("==>", q)) {
            return s.indexOf('>', q) + 1;
        }
        int d = q;
        while (d < s.length() && s.charAt(d) == '-') {
            d++;
        }
        boolean head = d < s.length() && s.charAt(d) == '>';
        return head && (d - q >= 2 || d - q == 1 && spaced) ? d + 1 : -1;
    }

    /**
     * Where the link starting at {@code p} ends, or -1 when none starts there: a call, a code span naming a
     * function ({@link CodeSpanLists#namesFunction}: a lower-case letter, no path), or a kernel name (an
     * {@code _}, a member); a name in capitals only ({@code TASK_RUNNING}) or a file ({@code foo.ko}) is none.
     * The {@code entry} link, the chain's first, may be one plain lower-case word ({@code sendto -> sock_x()}):
     * a system call or an entry point; the chain still needs a call, which {@code user -> kernel} lacks.
     */
    private static int link(String s, int p, boolean strict, boolean entry) {
        boolean span = p < s.length() && s.charAt(p) == '`';
        int q = span ? LocatedChainLinks.nameStart(s, p + 1) : p;   // `x.c:12:f()`: a function and its place
        if (q >= s.length() || !LineScan.isIdentStart(s.charAt(q))) {
            return -1;
        }
        boolean kernelName = false;
        boolean lower = false;
        int dot = -1;
        int arrow = -1;
        while (q < s.length()) {
            char c = s.charAt(q);
            if (LineScan.isIdentPart(c)) {
                kernelName |= c == '_';
                lower |= c >= 'a' && c <= 'z';
                q++;
            } else if (c == '.' && q + 1 < s.length() && LineScan.isIdentStart(s.charAt(q + 1))) {
                kernelName = true;
                dot = q;
                q++;
            } else if (c == '-' && s.startsWith("->", q) && q + 2 < s.length() && LineScan.isIdentStart(s.charAt(q + 2))) {
                kernelName = true;
                arrow = q;
                q += 2;
            } else {
                break;
            }
        }
        boolean family = span && q + 1 < s.length() && s.charAt(q) == '*' && s.charAt(q + 1) == '`' && s.charAt(q - 1) == '_';
        q += family ? 1 : 0;   // `ops->vidioc_*`: the family of functions named so, each a link's callee
        int nameEnd = q;
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
            String named = LocatedChainLinks.unlocated(family ? s.substring(p, q - 2) + "`" : s.substring(p, q));
            if (!CodeSpanLists.namesFunction(named.codePoints().toArray(), 0, named.codePointCount(0, named.length()))) {
                return -1;   // `TASK_RUNNING`, `CONFIG_X`, `fs/x.c`: no function
            }
        } else if (strict && !call) {
            return -1;
        } else if (!call && (!kernelName && !(entry && nameEnd == q && isLowerWord(s, p, nameEnd))
                || !lower || dot > arrow && nameEnd - dot <= 3)) {
            return -1;   // a plain word (`user -> kernel`) past the entry, a name in capitals, a file (`foo.ko`)
        }
        int b = LineScan.skipBlanks(s, q);
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
