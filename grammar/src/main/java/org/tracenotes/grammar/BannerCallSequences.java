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
 * a step in words. It is a sequence of statements when two of its lines at least, and half
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

    /** What a line of the column is. */
    private static final int OTHER = 0;
    private static final int STATEMENT = 1;   // a call with `;` or arguments
    private static final int NAME = 2;        // a bare name, or a call with neither
    private static final int WORDS = 3;       // a step in words

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
            semicolon |= endsInSemicolon(t, p, e);
            switch (lineKind(t, p, e)) {
                case STATEMENT -> statements++;
                case NAME -> names++;
                case WORDS -> {
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

    /** What the line on [{@code p}, {@code e}) is: {@link #STATEMENT}, {@link #NAME}, {@link #WORDS} or {@link #OTHER}. */
    static int lineKind(int[] t, int p, int e) {
        int end = LineScan.stripEnd(t, p, remarkStart(t, p, e));
        boolean semicolon = end > p && t[end - 1] == ';';
        if (semicolon) {
            end = LineScan.stripEnd(t, p, end - 1);
        }
        if (end == p) {
            return OTHER;
        }
        if (!LineScan.isIdentStart(t[p])) {
            return inWords(t, p, end) ? WORDS : OTHER;
        }
        int q = path(t, p, end);
        int k = LineScan.skipBlanks(t, q, end);
        if (k < end && t[k] == '=' && (k + 1 == end || t[k + 1] != '=')) {
            int call = LineScan.skipBlanks(t, k + 1, end);   // `x = f(a)`: a call's result kept
            if (call == end || !LineScan.isIdentStart(t[call])) {
                return OTHER;
            }
            q = path(t, call, end);
            k = LineScan.skipBlanks(t, q, end);
            return k < end && t[k] == '(' && callEnds(t, k, end) ? STATEMENT : OTHER;
        }
        if (k == end) {
            return bareName(t, p, q) ? NAME : OTHER;
        }
        if (t[k] == '(') {
            if (!callEnds(t, k, end)) {
                return OTHER;
            }
            boolean arguments = LineScan.skipBlanks(t, k + 1, end) < end - 1;
            return arguments || semicolon ? STATEMENT : NAME;
        }
        return inWords(t, p, end) ? WORDS : OTHER;
    }

    /** Whether the line on [{@code p}, {@code e}) ends in a {@code ;} before its remark: a C statement. */
    private static boolean endsInSemicolon(int[] t, int p, int e) {
        int end = LineScan.stripEnd(t, p, remarkStart(t, p, e));
        return end > p && t[end - 1] == ';';
    }

    /** Past a name or a member path ({@code a}, {@code a->b.c}) from {@code p}. */
    private static int path(int[] t, int p, int e) {
        int q = LineScan.skipIdent(t, p, e);
        while (true) {
            if (q + 1 < e && t[q] == '.' && LineScan.isIdentStart(t[q + 1])) {
                q = LineScan.skipIdent(t, q + 1, e);
            } else if (q + 2 < e && t[q] == '-' && t[q + 1] == '>' && LineScan.isIdentStart(t[q + 2])) {
                q = LineScan.skipIdent(t, q + 2, e);
            } else {
                return q;
            }
        }
    }

    /** Whether the parenthesis at {@code k} closes right at {@code end} with no string or brace inside. */
    private static boolean callEnds(int[] t, int k, int end) {
        if (LineScan.closeParen(t, k, end) != end - 1) {
            return false;
        }
        for (int i = k; i < end; i++) {
            if (t[i] == '"' || t[i] == '\'' || t[i] == '{' || t[i] == '}' || t[i] == '`') {
                return false;
            }
        }
        return true;
    }

    /** Whether [{@code p}, {@code q}) may be a bare C name as a step: four characters or more, a lower-case letter among them. */
    private static boolean bareName(int[] t, int p, int q) {
        boolean lower = false;
        for (int k = p; k < q; k++) {
            lower |= t[k] >= 'a' && t[k] <= 'z';
        }
        return lower && q - p >= 4;
    }

    /** Whether [{@code p}, {@code e}) is a step in words: CJK words, with no code punctuation. */
    private static boolean inWords(int[] t, int p, int e) {
        boolean cjk = false;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == '{' || c == '}' || c == '=' || c == ';' || c == '"' || c == '$' || c == '/' || c == '<' || c == '>') {
                return false;
            }
            cjk |= LineScan.isCjk(c) || LineScan.isHangul(c);
        }
        return cjk;
    }

    /** Where a remark after the step starts ({@code //}, {@code /*} or {@code #} after a blank); {@code e} when none. */
    private static int remarkStart(int[] t, int p, int e) {
        for (int k = p + 1; k < e; k++) {
            if (t[k - 1] != ' ' && t[k - 1] != '\t') {
                continue;
            }
            if (t[k] == '#' || t[k] == '/' && k + 1 < e && (t[k + 1] == '/' || t[k + 1] == '*')) {
                return k;
            }
        }
        return e;
    }
}
