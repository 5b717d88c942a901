package org.tracenotes.grammar;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flat call chains: a column of three or more function names or calls at one column, no arrow and no
 * indentation, right under a heading or comment that names a call chain ({@code // call chain of
 * recv}, {@code ## 调用链}, {@code # call flow}, Korean {@code 호출 흐름}, Japanese {@code 呼び出しの流れ}). Each line is called by the line above it: the author
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
 *
 * <p>Without such a heading, a paragraph of bare function names alone is a chain when its names show the
 * layering a call path has ({@link #layered}): a name followed by a longer name built on it
 * ({@code rx_frame} then {@code __rx_frame} or {@code rx_frame_core}), the wrapper calling the worker. A
 * list of siblings ({@code foo_init}, {@code foo_exit}) has no such pair; a stack copied innermost first
 * has the pairs the other way round ({@code __schedule} then {@code schedule}) and stays text.
 */
public final class FlatChainRuns {

    /**
     * Words that name a chain of calls, caller first (lower case); a call stack, innermost first, is none. The one
     * list of them: {@code CallPathLists} and {@code NumberedCallChains} read captions with it too.
     */
    static final String[] CHAIN_WORDS = {"call chain", "callchain", "call path", "call flow", "dispatch chain", "调用链", "调用关系", "调用流程", "调用路径",
            "调用过程", "호출 체인", "호출 흐름", "호출 경로", "호출 과정", "호출 순서", "콜 체인", "呼び出しの流れ", "呼び出し経路",
            "呼び出しチェーン", "呼び出し順", "コールチェーン", "コールパス"};
    /**
     * Words that name a call stack, its frames maybe innermost first (lower case). The one list of them
     * ({@link #namesCallStack}): {@code SectionedFlatChains}' captions, {@code PastedStacks}' (with its wider words)
     * and the core's captioned stacks of bullets read them.
     */
    private static final String[] STACK_WORDS = {"call stack", "callstack", "backtrace", "调用栈", "堆栈"};
    private static final Pattern LINK = Pattern.compile(
            NameShapes.MEMBER_NAME + "(?:\\s*\\([^()]*\\))?(?:\\s*|\\s{2,}\\S.*|\\s*\\{.*|\\s*//.*)");
    /** The fewest links of a chain written flat with no heading naming it ({@link #layered}). */
    public static final int MIN_LAYERED_LINKS = 4;
    /** The fewest pairs of a name and a longer name built on it right below, in a chain with no heading. */
    private static final int MIN_LAYERED_PAIRS = 2;
    /** The shortest name another name is seen built on (shorter ones, {@code ip}, are word parts by chance). */
    private static final int MIN_STEM = 4;
    /** The fewest links of a chain written flat. */
    public static final int MIN_LINKS = 3;
    /**
     * The most links a chain written flat is read as: a longer column is a list (and would nest too deep). Also the
     * cap of the other columns read as chains though drawn without depth (located {@code ->} columns, backtraces):
     * a real call path is shorter, and a column of thousands, each link a level deeper, would pass the parser's
     * nesting limit and get the note rejected.
     */
    public static final int MAX_LINKS = 64;
    /** Links of a flat run with a deeper tree right below it: the tree's caller and its caller at least. */
    public static final int MIN_LINKS_BEFORE_TREE = 2;

    private FlatChainRuns() {
    }

    /** Whether {@code text} names a call stack: it holds one of the stack words ({@code call stack}, {@code 调用栈} …), in any case. */
    public static boolean namesCallStack(CharSequence text) {
        String lower = text.toString().toLowerCase(Locale.ROOT);
        for (String w : STACK_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
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
        if (text.indexOf('\u8C03') < 0 && text.indexOf("all", p) < 0 && text.indexOf("ALL", p) < 0
                && text.indexOf('\uD638') < 0 && text.indexOf('\uCF5C') < 0 && text.indexOf('\u547C') < 0 && text.indexOf('\u30B3') < 0) {
            return false;   // neither 调 nor the all of call nor 호, 콜, 呼, コ: no chain word
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
                last = SectionedFlatChains.sectionsEnd(layout, last, column, MAX_LINKS - links);
                if (blockId < 0) {
                    blockId = nextBlockId(layout);
                }
                layout.markTrace(first, last, blockId++);
                i = last;
            }
        }
    }

    /**
     * Marks as a trace block a paragraph of {@link #layered} bare names at one column among the text lines
     * of {@code layout}, blank lines (or the note's edge) above and below it.
     */
    static void unfencedLayeredChains(NoteLayout layout) {
        int n = layout.lineCount();
        int blockId = -1;
        int[] t = layout.codePoints();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT || i > 0 && layout.role(i - 1) != NoteLayout.Role.BLANK) {
                continue;
            }
            int p = LineScan.stripStart(t, layout.start(i), layout.contentEnd(i));
            if (p >= layout.contentEnd(i) || !LineScan.isIdentStart(t[p])) {
                continue;   // the cheap test: a paragraph led by a name
            }
            int column = layout.indentOf(i);
            int last = i;
            while (last + 1 < n && layout.role(last + 1) == NoteLayout.Role.TEXT && layout.indentOf(last + 1) == column
                    && last + 1 - i < MAX_LINKS) {
                last++;
            }
            boolean ends = last + 1 >= n || layout.role(last + 1) == NoteLayout.Role.BLANK;
            if (ends && last - i + 1 >= MIN_LAYERED_LINKS) {
                String[] names = new String[last - i + 1];
                for (int j = i; j <= last; j++) {
                    names[j - i] = layout.lineText(j).strip();
                }
                if (layered(names)) {
                    if (blockId < 0) {
                        blockId = nextBlockId(layout);
                    }
                    layout.markTrace(i, last, blockId++);
                }
            }
            i = last;
        }
    }

    /**
     * Whether {@code names}, the lines of a flat column, are bare C names (a call's empty parentheses at
     * most) of a call path: {@link #MIN_LAYERED_LINKS} or more, lower-case, at least half with an
     * underscore, none shaped like data ({@link NameTrees.Names}), two or more followed by a longer name built
     * on them (not by a data or limit part, {@code x_max}), and none following a longer name built on it (a
     * stack, innermost first).
     */
    public static boolean layered(String[] names) {
        return layered(names, false);
    }

    /**
     * Whether {@code names}, a column of function names alone in a code block under a heading or a caption
     * ({@link NameColumns}), are layered as a call path: {@link #layered}, or layered so but with one pair only,
     * where the path leaves a function's family and comes back to it ({@code fork}, {@code sys_clone},
     * {@code _do_fork}: a name built on a name two rows up or more, no row between built on that name). A
     * listing groups a family's names, each built-on name right below its stem ({@code parse_config},
     * {@code parse_config_file}); upper-case names ({@code WIDGET_VERSION}, {@code DATABASE_URL}) are none.
     */
    public static boolean layeredPath(String[] names) {
        return layered(names, true);
    }

    private static boolean layered(String[] names, boolean comesBack) {
        if (names.length < MIN_LAYERED_LINKS || names.length > MAX_LINKS) {
            return false;
        }
        int underscores = 0;
        String[] bare = new String[names.length];
        NameTrees.Names shapes = new NameTrees.Names();
        for (int k = 0; k < names.length; k++) {
            String name = names[k].endsWith("()") ? names[k].substring(0, names[k].length() - 2) : names[k];
            if (!bareLowerName(name)) {
                return false;
            }
            underscores += name.indexOf('_') >= 0 ? 1 : 0;
            bare[k] = name;
            int[] t = names[k].codePoints().toArray();
            shapes.add(NameLine.read(t, 0, t.length));
        }
        if (shapes.namesData()) {
            return false;   // a type's or a unit's name among them (`dirty_ratio`, `task_struct`): data
        }
        int pairs = 0;
        for (int k = 1; k < bare.length; k++) {
            if (builtOn(bare[k], bare[k - 1])) {
                pairs++;
            } else if (builtOn(bare[k - 1], bare[k])) {
                return false;   // `__f` above `f`: innermost first, a stack
            }
        }
        return (pairs >= MIN_LAYERED_PAIRS || comesBack && comesBack(bare)) && underscores * 2 >= names.length;
    }

    /** Whether a name of {@code bare} is built on a name two rows up or more, no row between built on that name. */
    private static boolean comesBack(String[] bare) {
        for (int k = 2; k < bare.length; k++) {
            for (int j = k - 2; j >= 0; j--) {
                if (builtOn(bare[k], bare[j])) {
                    boolean away = true;
                    for (int m = j + 1; m < k && away; m++) {
                        away = !builtOn(bare[m], bare[j]) && !bare[m].equals(bare[j]);
                    }
                    if (away) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code name} is a C identifier of lower-case letters, digits and underscores. */
    private static boolean bareLowerName(String name) {
        if (name.isEmpty() || !(name.charAt(0) == '_' || name.charAt(0) >= 'a' && name.charAt(0) <= 'z')) {
            return false;
        }
        for (int k = 1; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code longer} is {@code stem} with more name parts around it ({@code __stem}, {@code stem_core}). */
    static boolean builtOn(String longer, String stem) {
        int at = longer.indexOf(stem);
        if (stem.length() < MIN_STEM || longer.length() <= stem.length() || at < 0) {
            return false;
        }
        int end = at + stem.length();
        return (at == 0 || longer.charAt(at - 1) == '_') && (end == longer.length() || longer.charAt(end) == '_')
                && !(end < longer.length()   // `x_max`: a bound beside x, not built on it
                        && NameShapes.dataOrLimitPart(longer.substring(longer.lastIndexOf('_') + 1)));
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
