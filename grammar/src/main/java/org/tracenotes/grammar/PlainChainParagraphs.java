package org.tracenotes.grammar;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.grammar.PlainChainLines.Line;

/**
 * Call paths written in a plain note's text as paragraphs of one-line arrow chains and bare function names, no
 * fence and no indentation tree: each line a chain of calls joined by {@code ->}, {@code -->} or {@code --->}
 * (blanks around the arrow or none), a label and a chain or a name ({@code ext9: f -> g}, {@code Write - f},
 * {@code make_fn: f}), a bare function name or call, a {@code * words} bullet labelling the lines under it, or a
 * {@code {} … {@code }} group of alternatives ({@code or} between them) under the line above:
 * <pre>
 * # readahead path
 * ondemand_ra
 * page_cache_ra_order(ractl, ra)
 * sys_readahead-&gt; ksys_readahead
 * vfs_readx -&gt; ext9_readx-&gt;generic_readx
 * {
 *         filemap_fetch-&gt;read_pages/read_page-&gt;mpage_readx-&gt;submit_bio
 *         or
 *         blk_issue_read -&gt; submit_bio_wait
 * }
 * * onset - munmap
 * do_munmap -&gt; __do_munmap -&gt; unmap_region
 * Read: filemap_map_pages -&gt; next_uptodate_page or do_read_fault
 * </pre>
 * A run of such lines at one column (a group's lines deeper) inside a paragraph of text lines is a trace block of
 * shape {@link BlockShape#PLAIN_CHAINS} when it shows a call path beyond its shape: two chains of code names or
 * more ({@link PlainChainLines#strong}: two links or more with an {@code _} or a call's parentheses, one named as a
 * function is, none named like data, no words among the links, no rename), one such chain of {@value #LONE_LINKS}
 * links or more, every link a bare name of code and no label, or one among three chain and label lines or more. A chain of bare names alone in
 * its paragraph ({@code virtio_tx-->vhost_send}) is one when it stands between two fences of C or its last callee is a
 * function the note's code calls or defines ({@code vhost_send(} in a fence, or a C definition's head). Tight
 * {@code ->} between bare names only ({@code my_conn->read_row->trim_text}) is a method's path, and two-name chains
 * under a caption naming renames ({@code Renamed functions:}) are a table of old and new names. A paragraph of bare function
 * names right after such a block (one blank line between) is a group of its own. Member access in pasted C
 * ({@code a->b = c;}), words joined by arrows ({@code user -> kernel}, {@code A -> B means}), a sentence led by a
 * member ({@code dev->ops is set in}) and a caption ending in a colon are no such line. The core
 * ({@code PlainChainDepths}) reads each chain line as one call, a root at the margin.
 */
public final class PlainChainParagraphs {

    /** Links of a lone strong chain that is a trace by itself. */
    static final int LONE_LINKS = 3;
    /** Strong chains that make a run a trace. */
    private static final int MIN_STRONG = 2;
    /** Chain and label lines that make a run with one strong chain a trace. */
    private static final int MIN_LABELLED = 3;
    /** Lines a run has at most. */
    private static final int MAX_RUN = 64;

    /** A C function's definition or prototype alone on a text line: {@code int name(args)}, a brace or {@code ;} after it perhaps. */
    private static final Pattern DEFINED = Pattern.compile("(?:[A-Za-z_][A-Za-z0-9_]*\\s+){1,3}\\**\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\([^()]*\\)\\s*[{;]?");
    /** A caption word over a list of old and new names. */
    private static final Pattern RENAMES = Pattern.compile("(?i)renam|deprecat|migrat|replaced|moved to");
    /** A line of C in a fence: a statement's {@code ;}, a brace, or a definition's head. */
    private static final Pattern C_LINE = Pattern.compile(".*(?:;|\\{|\\})\\s*(?://.*|/\\*.*)?");

    private PlainChainParagraphs() {
    }

    /** Marks the runs of the family among the text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int afterBlock = -2;   // the last line of the last block found, when it ended its paragraph
        Set<String> called = null;   // the names the note's code calls or defines, found once when a lone chain asks
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT) {
                continue;
            }
            int end = layout.paragraphEnd(i);
            if (afterBlock >= 0 && i == afterBlock + 2 && layout.role(i - 1) == NoteLayout.Role.BLANK && namesOnly(layout, i, end)) {
                layout.markTrace(i, end, blockId);
                layout.mark(BlockShape.PLAIN_CHAINS, blockId++);
                i = end;
                continue;   // `scsi_done` / `blk_end_rq` / `__blk_mq_end_rq` after a block: a group of its own
            }
            boolean arrow = false;
            for (int j = i; j <= end && !arrow; j++) {
                arrow = layout.lineText(j).contains("->");
            }
            if (!arrow) {
                i = end;
                continue;   // the cheap test: no chain in the paragraph
            }
            called = called == null && i == end ? called(layout) : called;
            if (i == end && loneShape(layout, i) && lone(layout, i, called) || IndentedChains.alone(layout, i, end)) {   // or alone in indented code
                layout.markTrace(i, end, blockId);
                layout.mark(BlockShape.PLAIN_CHAINS, blockId++);
                afterBlock = end;
                i = end;
                continue;
            }
            Line[] kinds = new Line[end - i + 1];
            for (int j = i; j <= end; j++) {
                kinds[j - i] = PlainChainLines.kind(layout.lineText(j).strip());
            }
            for (int j = i; j <= end; j++) {
                int last = run(layout, kinds, i, j, end);
                if (last < j) {
                    continue;
                }
                called = called == null && last == j ? called(layout) : called;
                if (shows(layout, kinds, i, j, last) && !renames(layout, kinds, i, j, last)
                        && (last > j || lone(layout, j, called))) {   // one chain alone: the note's code shows it called
                    layout.markTrace(j, last, blockId);
                    layout.mark(BlockShape.PLAIN_CHAINS, blockId++);
                    afterBlock = last == end ? last : -2;
                }
                j = last;
            }
            i = end;
        }
        return blockId;
    }

    /**
     * The last line of the run of the family starting at line {@code j} of the paragraph {@code p}..{@code end} (its
     * lines' kinds {@code kinds}), or -1 when none starts there: lines at {@code j}'s column, a group's lines between
     * its braces deeper, no bullet last, a plain word ({@code syncfs}) only first and over a name of code.
     */
    private static int run(NoteLayout layout, Line[] kinds, int p, int j, int end) {
        Line first = kinds[j - p];
        if (first == Line.OTHER || first == Line.OPEN || first == Line.CLOSE || first == Line.OR || !plainWordLeads(layout, kinds, p, j, end)) {
            return -1;
        }
        int column = layout.indentOf(j);
        int closed = j;   // the last line with no group open after it
        boolean open = false;
        for (int k = j + 1; k <= end && k - j < MAX_RUN; k++) {
            Line kind = kinds[k - p];
            int indent = layout.indentOf(k);
            if (kind == Line.OTHER || !open && indent != column || open && indent < column) {
                break;
            }
            if (kind == Line.OPEN) {
                if (open || indent != column || kinds[k - 1 - p] == Line.BULLET || kinds[k - 1 - p] == Line.CLOSE) {
                    break;
                }
                open = true;
            } else if (kind == Line.CLOSE) {
                if (!open || indent != column) {
                    break;
                }
                open = false;
            } else if (kind == Line.OR && !open || kind == Line.NAME && !PlainChainLines.codeName(layout.lineText(k).strip())) {
                break;
            }
            closed = open ? closed : k;
        }
        int last = closed;
        while (last >= j && kinds[last - p] == Line.BULLET) {
            last--;   // a bullet over nothing labels nothing
        }
        return last;
    }

    /** Whether line {@code k}, a name line, is a name of code, or a plain word over one ({@code syncfs} over {@code sync_sb}). */
    private static boolean plainWordLeads(NoteLayout layout, Line[] kinds, int p, int k, int end) {
        if (kinds[k - p] != Line.NAME || PlainChainLines.codeName(layout.lineText(k).strip())) {
            return true;
        }
        return k + 1 <= end && kinds[k + 1 - p] == Line.NAME && PlainChainLines.codeName(layout.lineText(k + 1).strip())
                && layout.indentOf(k + 1) == layout.indentOf(k);
    }

    /**
     * Whether the run {@code first}..{@code last} shows a call path: two strong chains, one long one of code, or one
     * with a function's name ({@link PlainChainLines#verbed}) among {@value #MIN_LABELLED} chain and label lines or more.
     */
    private static boolean shows(NoteLayout layout, Line[] kinds, int p, int first, int last) {
        int strong = 0;
        int chains = 0;
        boolean lone = false;
        boolean verbed = false;
        for (int j = first; j <= last; j++) {
            Line kind = kinds[j - p];
            if (kind != Line.CHAIN && kind != Line.LABELLED) {
                continue;
            }
            chains++;
            String s = layout.lineText(j).strip();
            if (PlainChainLines.strong(s)) {
                strong++;
                verbed |= PlainChainLines.verbed(s);
                String chain = PlainChainLines.unlabelled(s);
                lone |= kind == Line.CHAIN && chain.indexOf('(') < 0 && PlainChainLines.links(chain) >= LONE_LINKS
                        && PlainChainLines.allCode(chain, false) && !PlainChainLines.tight(chain);   // `a_x -> b_y -> c_z`, no caption, no calls' parentheses, not a method path `a_x->b_y->c_z`
            }
        }
        return strong >= MIN_STRONG || lone || verbed && chains >= MIN_LABELLED;
    }

    /** Whether text line {@code i} is a chain of bare names of code ({@code a_x-->b_y}), nothing after its last link, no method path. */
    private static boolean loneShape(NoteLayout layout, int i) {
        String s = layout.lineText(i).strip();
        return PlainChainLines.kind(s) == Line.CHAIN && PlainChainLines.allCode(s, true) && PlainChainLines.codeChain(s) && s.indexOf('(') < 0
                && s.equals(PlainChainLines.chainPart(s)) && !PlainChainLines.tight(s);
    }

    /**
     * Whether text line {@code i}, a paragraph of its own and a chain of bare names ({@link #loneShape}), stands
     * between two fences of C (blank lines between) or its last callee is a function the note's code calls or defines
     * ({@code called}: {@code b_y(} in a fence or in a C definition's head).
     */
    private static boolean lone(NoteLayout layout, int i, Set<String> called) {
        int above = i - 1;
        while (above >= 0 && layout.role(above) == NoteLayout.Role.BLANK) {
            above--;
        }
        int below = i + 1;
        while (below < layout.lineCount() && layout.role(below) == NoteLayout.Role.BLANK) {
            below++;
        }
        if (above >= 0 && layout.role(above) == NoteLayout.Role.FENCE_CLOSE && below < layout.lineCount()
                && layout.role(below) == NoteLayout.Role.FENCE_OPEN && cFence(layout, above - 1, -1) && cFence(layout, below + 1, 1)) {
            return true;
        }
        return called.contains(PlainChainLines.lastName(layout.lineText(i).strip()));
    }

    /** Whether the fence's code lines from {@code from} on (going by {@code step}) hold a line of C. */
    private static boolean cFence(NoteLayout layout, int from, int step) {
        for (int k = from; k >= 0 && k < layout.lineCount() && layout.role(k) == NoteLayout.Role.CODE; k += step) {
            if (C_LINE.matcher(layout.lineText(k).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The names the note's code calls or defines: {@code name(} in a fence or a trace, or a C definition's head in its text. */
    private static Set<String> called(NoteLayout layout) {
        Set<String> names = new HashSet<>();
        for (int k = 0; k < layout.lineCount(); k++) {
            NoteLayout.Role role = layout.role(k);
            if (role == NoteLayout.Role.CODE || role == NoteLayout.Role.TRACE) {
                addCalled(layout.lineText(k), names);
            } else if ((role == NoteLayout.Role.TEXT || role == NoteLayout.Role.HEADING) && layout.lineText(k).indexOf(')') > 0) {
                Matcher m = DEFINED.matcher(layout.lineText(k).strip());
                if (m.matches()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /**
     * Adds to {@code names} every name {@code s} calls: an identifier at a word boundary followed by {@code (}, blanks
     * between allowed ({@code foo_bar (}); what {@code \b([A-Za-z_][A-Za-z0-9_]*)\s*\(} finds, scanned by hand
     * because this runs over every code line of a note.
     */
    static void addCalled(String s, Set<String> names) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') || i > 0 && wordBefore(s, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isAsciiWord(s.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < n && (s.charAt(k) == ' ' || s.charAt(k) >= '\t' && s.charAt(k) <= '\r')) {
                k++;
            }
            if (k < n && s.charAt(k) == '(') {
                names.add(s.substring(i, j));
                i = k + 1;
            } else {
                i = j;
            }
        }
    }

    private static boolean isAsciiWord(char c) {
        return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Whether a word character stands before index {@code i} of {@code s}, as the regex word boundary of Java 17 sees it. */
    private static boolean wordBefore(String s, int i) {
        int cp = s.codePointBefore(i);
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = i - 1; x >= 0; x--) {   // a mark counts when a letter or digit carries it (char by char, as the JDK looks)
            int ch = s.codePointAt(x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the run {@code first}..{@code last} is a list of old and new names: every chain two names and the
     * line over it (the paragraph's or the one above it) naming renames ({@code Renamed functions:}).
     */
    private static boolean renames(NoteLayout layout, Line[] kinds, int p, int first, int last) {
        for (int j = first; j <= last; j++) {
            if ((kinds[j - p] == Line.CHAIN || kinds[j - p] == Line.LABELLED)
                    && PlainChainLines.links(PlainChainLines.unlabelled(layout.lineText(j).strip())) != 2) {
                return false;
            }
        }
        int above = first - 1;
        while (above >= 0 && layout.role(above) == NoteLayout.Role.BLANK) {
            above--;
        }
        return above >= 0 && first - above <= 2 && RENAMES.matcher(layout.lineText(above)).find();
    }

    /** Whether text lines {@code first}..{@code last} are two bare names of code or more, none named like data. */
    private static boolean namesOnly(NoteLayout layout, int first, int last) {
        if (last == first || last - first >= MAX_RUN || layout.indentOf(first) != 0) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            String s = layout.lineText(j).strip();
            int[] t = s.codePoints().toArray();
            if (layout.indentOf(j) != 0 || !PlainChainLines.NAME.matcher(s).matches() || s.indexOf('(') >= 0 || s.indexOf('_') < 0
                    || NameShapes.dataShaped(t, 0, t.length)) {
                return false;
            }
        }
        return true;
    }
}
