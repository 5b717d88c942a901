package org.tracenotes.grammar;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flat call chains: a column of three or more function names or calls at one column, no arrow and no
 * indentation, right under a heading or comment that names a call chain ({@code // call chain of
 * recv}, {@code ## 调用链}, {@code # call flow}). Each line is called by the line above it: the author
 * wrote the chain caller first, one function a line.
 * <pre>
 * // call chain of a send
 * sys_send        { finds the socket }
 * sock_sendmsg
 * proto_sendmsg
 * </pre>
 * A column of names is a list of siblings only under a parent; with no parent above it and a heading
 * saying it is a chain, the first line is the root and each next line the callee of the one before.
 * Two such lines right above a deeper call tree head that tree: the tree hangs from the last of them.
 * Source paths alone on a line ({@code mm/memory.c}) may stand between the lines as labels.
 * A line of the column is a name (with {@code ->} and {@code .}) or a call, optionally followed by a
 * note: two or more blanks and words, a {@code { … }} note, or a {@code //} comment.
 */
public final class FlatChainRuns {

    /** Words that name a chain of calls, caller first (lower case); a call stack, innermost first, is none. */
    private static final String[] CHAIN_WORDS = {"call chain", "callchain", "call path", "call flow", "调用链", "调用流程", "调用路径",
            "调用过程"};
    private static final Pattern LINK = Pattern.compile(
            "[A-Za-z_]\\w*(?:(?:->|\\.)[A-Za-z_]\\w*)*(?:\\s*\\([^()]*\\))?(?:\\s*|\\s{2,}\\S.*|\\s*\\{.*|\\s*//.*)");
    /** The fewest links of a chain written flat. */
    public static final int MIN_LINKS = 3;
    /** The most links a chain written flat is read as: a longer column is a list (and would nest too deep). */
    public static final int MAX_LINKS = 64;
    /** Links of a flat run with a deeper tree right below it: the tree's caller and its caller at least. */
    public static final int MIN_LINKS_BEFORE_TREE = 2;

    private FlatChainRuns() {
    }

    /** Whether {@code text}, a heading or a comment line, names a call chain. */
    public static boolean namesCallChain(String text) {
        int p = 0;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (p == text.length() || "/#*".indexOf(text.charAt(p)) < 0) {
            return false;   // the cheap test: a comment or a heading starts with one of these
        }
        if (text.indexOf('\u8C03') < 0 && text.indexOf("all", p) < 0 && text.indexOf("ALL", p) < 0) {
            return false;   // neither 调 nor the all of call: no chain word
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : CHAIN_WORDS) {
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
                if (at == 0 || !Character.isLetter(lower.charAt(at - 1)) || w.charAt(0) > 0x7F) {
                    return true;   // a word of its own (`Recall path` names no call path)
                }
            }
        }
        return false;
    }

    /** Whether {@code text} is a link of a flat chain: a name or call, and a note at most. */
    public static boolean isLink(String text) {
        return !text.isEmpty() && LineScan.isIdentStart(text.charAt(0)) && LINK.matcher(text).matches();
    }

    /**
     * Marks as trace blocks the flat chains among the text lines of {@code layout}: right under a text
     * or heading line naming a call chain (blank lines between), three or more link lines at the
     * heading's column, up to a blank line or a line that is no link.
     */
    static void unfencedChains(NoteLayout layout) {
        int n = layout.lineCount();
        int blockId = -1;
        for (int i = 0; i < n; i++) {
            NoteLayout.Role role = layout.role(i);
            if (role != NoteLayout.Role.TEXT && role != NoteLayout.Role.HEADING) {
                continue;
            }
            int p = LineScan.stripStart(layout.codePoints(), layout.start(i), layout.contentEnd(i));
            int c = p < layout.contentEnd(i) ? layout.codePoints()[p] : ' ';
            if (c != '/' && c != '#' || !namesCallChain(layout.lineText(i))) {
                continue;
            }
            int first = i + 1;
            while (first < n && layout.role(first) == NoteLayout.Role.BLANK) {
                first++;
            }
            int last = first - 1;
            int links = 0;
            int column = first < n ? layout.indentOf(first) : 0;
            while (last + 1 < n && layout.role(last + 1) == NoteLayout.Role.TEXT && layout.indentOf(last + 1) == column) {
                String line = layout.lineText(last + 1).strip();
                if (isLink(line)) {
                    links++;
                } else if (!isPath(line)) {
                    break;
                }
                last++;
            }
            boolean treeBelow = last + 1 < n && layout.role(last + 1) == NoteLayout.Role.TRACE
                    && layout.block(last + 1) >= 0 && layout.indentOf(last + 1) > column;
            if (!treeBelow && last + 1 < n && layout.role(last + 1) == NoteLayout.Role.TRACE && layout.block(last + 1) >= 0
                    && layout.indentOf(last + 1) == column && (last < 0 || layout.block(last) != layout.block(last + 1))
                    && isLink(layout.lineText(last + 1).strip())) {
                treeBelow = true;   // the tree below starts with a link at the run's column (a file label let it start there)
                links++;
            }
            if (links > MAX_LINKS) {
                i = last;   // a list of names, not a chain
            } else if (treeBelow && links >= MIN_LINKS_BEFORE_TREE) {
                layout.markTrace(first, last, layout.block(last + 1));   // the run heads the tree below it: one block
                i = last;
            } else if (links >= MIN_LINKS) {
                if (blockId < 0) {
                    blockId = nextBlockId(layout);
                }
                layout.markTrace(first, last, blockId++);
                i = last;
            }
        }
    }

    /** A source file's path alone on a line ({@code mm/memory.c}): a label of the functions below it. */
    private static boolean isPath(String line) {
        int dot = line.lastIndexOf('.');
        return line.indexOf('/') > 0 && dot > 0 && line.indexOf(' ') < 0 && line.length() - dot <= 3;
    }

    /**
     * Whether the fence opened on line {@code open}, its content lines {@code first}..{@code last}, is a
     * flat chain: three or more link lines at one column and nothing else, right under a heading or
     * text line naming a call chain (blank lines between).
     */
    static boolean isFencedChain(NoteLayout layout, int open, int first, int last) {
        int above = open - 1;
        while (above >= 0 && layout.blank(above)) {
            above--;
        }
        if (above < 0 || last - first + 1 < MIN_LINKS) {
            return false;
        }
        int p = LineScan.stripStart(layout.codePoints(), layout.start(above), layout.contentEnd(above));
        int c = p < layout.contentEnd(above) ? layout.codePoints()[p] : ' ';
        if (c != '/' && c != '#' || !namesCallChain(layout.lineText(above))) {
            return false;
        }
        int links = 0;
        int column = -1;
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int indent = layout.indentOf(j);
            if (column >= 0 && indent != column || !isLink(layout.lineText(j).strip())) {
                return false;
            }
            column = indent;
            links++;
        }
        return links >= MIN_LINKS && links <= MAX_LINKS;
    }

    /** A block id no block of {@code layout} has yet. */
    static int nextBlockId(NoteLayout layout) {
        int max = -1;
        for (int j = 0; j < layout.lineCount(); j++) {
            max = Math.max(max, layout.block(j));
        }
        return max + 1;
    }
}
