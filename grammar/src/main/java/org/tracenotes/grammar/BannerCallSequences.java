package org.tracenotes.grammar;

/**
 * A banner over a column of call statements, outside a fence: the calls a function makes, in the order it
 * makes them, one a line, under a title set off by a run of rule characters.
 * <pre>
 * ========= server start =========        ------ config hooks flow ------
 * log_open(path);                          alloc_main_conf
 * conf_load(&amp;cfg, argv)    // args         alloc_srv_conf
 * 加载模块                                   run_preconfig      // remark
 * mod_init_all();                          merge_srv_conf
 * </pre>
 * Every line of the column is a step of that one flow, side by side under the block's implied root (core's
 * {@code ChainColumnSteps}); none is the callee of the line above, none a root. The banner is no step and
 * stays outside the block.
 *
 * <p>The banner is a line of its own: a run of three or more of one of {@code = - * #}, a title in words, and
 * (maybe) the same run closing it. The column starts right under it, every line at one column, up to a blank
 * line: each line a call ({@code name(args)}, a member path, {@code ;} and a {@code //}, {@code #} or
 * {@code /*} remark after it allowed, a call's result assigned to a name), a bare C name, or, now and then,
 * a step in words: what each line is, {@link CallStatementLines} says; this class reads the banner and weighs the
 * column. It is a sequence of statements when two of its lines at least, and half
 * of them, are calls written as statements (with a {@code ;} or arguments), and a line ends in a {@code ;} (C)
 * or the title says it is a flow; a column of names alone only when
 * the title says it is a flow, half the names have an {@code _} and they are no chain ({@link
 * FlatChainRuns#layered}). A flow title names calls or a flow ({@link NameTrees#saysCalls}: {@code call},
 * {@code flow}, {@code 调用}, {@code 流程}) or, in CJK, an order of steps ({@link #CJK_ORDER_WORDS}); the English
 * {@code order}, {@code steps} and {@code sequence} are no such title, they head checklists (a deploy's
 * {@code stop_workers}, {@code migrate_schema}) as often. What stays text: a column under a title that names an
 * example or a usage ({@link #EXAMPLE_WORDS}: a snippet to copy, in Python or C alike), a column of calls without
 * a {@code ;} under a title that names no flow (Python, JavaScript, Ruby), code with anything but calls (a brace,
 * a keyword, an assignment of a value, a string), commands ({@code ./configure}, {@code make install}), a config
 * ({@code workers 4;}), prose, constants in capitals.
 *
 * <p>Cost: a line is looked at only when it is text whose first character is a rule character.
 */
final class BannerCallSequences {

    /** The characters a banner's runs are made of. */
    private static final String RULE_CHARS = "=-*#";
    /** The shortest run of a banner. */
    private static final int MIN_RUN = 3;
    /** The longest title a banner holds. */
    private static final int MAX_TITLE = 80;
    /** The fewest steps of the column. */
    private static final int MIN_STEPS = 3;
    /** The most steps of the column: a longer one is a listing. */
    private static final int MAX_STEPS = 64;
    /**
     * CJK words in a banner's title that say the column under it is a flow, in order, besides the words of
     * {@link NameTrees#saysCalls} (CJK has no word boundaries: these are looked for anywhere in the title).
     */
    private static final String[] CJK_ORDER_WORDS = {"顺序", "步骤", "过程", "执行", "순서", "과정", "흐름", "手順", "流れ",
            "順序"};
    /** Words in a banner's title that name an example or a usage: the column under it is a snippet to copy. */
    private static final String[] EXAMPLE_WORDS = {"example", "usage", "sample", "demo", "quick start", "quickstart",
            "示例", "用法", "例子", "范例", "样例", "演示", "예제", "사용법", "使い方", "サンプル"};

    private BannerCallSequences() {
    }

    /** Marks every such column as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        int id = blockId;
        for (int i = 0; i + MIN_STEPS < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT) {
                continue;
            }
            int p = LineScan.stripStart(t, layout.start(i), layout.contentEnd(i));
            if (p == layout.contentEnd(i) || RULE_CHARS.indexOf(t[p]) < 0) {
                continue;   // the cheap test: a banner starts with a rule character
            }
            int title = titleStart(t, p, layout.contentEnd(i));
            if (title < 0 || holdsAny(t, title, layout.contentEnd(i), EXAMPLE_WORDS)) {
                continue;
            }
            int last = columnEnd(layout, i + 1, flowTitle(t, title, layout.contentEnd(i)));
            if (last > i) {
                layout.markTrace(i + 1, last, id);
                layout.mark(BlockShape.CALL_SEQUENCE, id);
                id++;
                i = last;
            }
        }
        return id;
    }

    /**
     * Where the title of the banner on [{@code p}, {@code e}) starts: a run of {@link #MIN_RUN} or more of one rule
     * character, then a title holding a letter, then nothing or the same run; -1 when it is no banner.
     */
    static int titleStart(int[] t, int p, int e) {
        int c = t[p];
        int q = p;
        while (q < e && t[q] == c) {
            q++;
        }
        if (q - p < MIN_RUN) {
            return -1;
        }
        int title = LineScan.skipBlanks(t, q, e);
        int end = LineScan.stripEnd(t, title, e);
        int close = end;
        while (close > title && t[close - 1] == c) {
            close--;
        }
        if (close < end && end - close < MIN_RUN) {
            return -1;   // `=== a == b`: no closing run
        }
        close = LineScan.stripEnd(t, title, close);
        if (close == title || close - title > MAX_TITLE) {
            return -1;
        }
        boolean letter = false;
        for (int k = title; k < close; k++) {
            if (t[k] == c && k + 1 < close && t[k + 1] == c) {
                return -1;   // a run inside: a drawing, no title
            }
            letter |= Character.isLetter(t[k]);
        }
        return letter ? title : -1;
    }

    /** Whether the title from {@code p} to {@code e} says what follows is a flow of calls, an order of steps. */
    private static boolean flowTitle(int[] t, int p, int e) {
        return NameTrees.saysCalls(t, p, e) || holdsAny(t, p, e, CJK_ORDER_WORDS);
    }

    /** Whether [{@code p}, {@code e}) holds one of {@code words}: ASCII ones in any case, others as they are. */
    private static boolean holdsAny(int[] t, int p, int e, String[] words) {
        for (String w : words) {
            if (w.charAt(0) < 0x80 ? LineScan.containsLower(t, p, e, w) : LineScan.indexOf(t, p, e, w) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The last line of the column starting on {@code first} when it is a sequence of calls; -1 when not. */
    private static int columnEnd(NoteLayout layout, int first, boolean flowTitle) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        if (first >= n || layout.role(first) != NoteLayout.Role.TEXT) {
            return -1;
        }
        int column = LineScan.stripStart(t, layout.start(first), layout.contentEnd(first)) - layout.start(first);
        int statements = 0;
        boolean semicolon = false;
        int names = 0;
        int words = 0;
        int last = first;
        for (int j = first; j < n && layout.role(j) == NoteLayout.Role.TEXT; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                break;
            }
            if (p - s != column || j - first >= MAX_STEPS) {
                return -1;
            }
            semicolon |= CallStatementLines.endsInSemicolon(t, p, e);
            switch (CallStatementLines.kind(t, p, e)) {
                case CallStatementLines.STATEMENT -> statements++;
                case CallStatementLines.NAME -> names++;
                case CallStatementLines.WORDS -> {
                    if (j == first) {
                        return -1;   // a column opening in words is prose
                    }
                    words++;
                }
                default -> {
                    return -1;
                }
            }
            last = j;
        }
        int steps = statements + names + words;
        if (steps < MIN_STEPS || words * 4 > steps) {
            return -1;
        }
        if (statements >= 2 && statements * 2 >= steps && (semicolon || flowTitle)) {
            return last;
        }
        return statements == 0 && words == 0 && flowTitle && siblingNames(layout, first, last) ? last : -1;
    }

    /**
     * Whether the names of lines {@code first}..{@code last} are C names side by side: half of them at least with an
     * {@code _} (words are none), and no call chain's layering ({@link FlatChainRuns#layered}).
     */
    private static boolean siblingNames(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        String[] names = new String[last - first + 1];
        int underscores = 0;
        for (int j = first; j <= last; j++) {
            int p = LineScan.stripStart(t, layout.start(j), layout.contentEnd(j));
            names[j - first] = new String(t, p, LineScan.skipIdent(t, p, layout.contentEnd(j)) - p);
            underscores += names[j - first].indexOf('_') >= 0 ? 1 : 0;
        }
        return underscores * 2 >= names.length && !FlatChainRuns.layered(names);
    }
}
