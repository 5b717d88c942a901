package org.tracenotes.grammar;

/**
 * A call tree drawn by indentation alone, with no arrow: {@code start_kernel} / four blanks /
 * {@code setup_arch} / eight blanks / {@code paging_init}, or with tree connectors that have no
 * arrow head ({@code |-- name}, {@code `-- name}, {@code +-- name}, {@code |name}).
 *
 * <p>What tells it from a listing of code: a line that is a complete call or statement (it ends with
 * {@code )}, {@code );}, a bare name, or a trailing note) followed by a deeper line. In C that never
 * happens (a body is opened by an {@code if}/{@code for}/{@code while}/{@code else}/{@code do} header,
 * a {@code {}, or a line left unfinished); in a call tree it is every callee. A block is a call tree
 * when it has two such descents, its call-like lines are at least half of its lines, its first line is
 * at its least indent (an unwinding drawn innermost first dedents and is not a trace) or is the one line
 * deeper than the second (a tree resumed from an earlier note: the last callee of a body drawn there, then
 * its caller's next callee, with two descents below), and it is not a
 * listing of files, a log or a stack dump. Each line is read by
 * {@link CallTreeLine}; {@link UnfencedCallTrees} finds such trees among text lines outside fences.
 */
final class IndentedCallTree {

    /** Lines a call's wrapped arguments or parameters spill over, deeper than it, at most. */
    private static final int MAX_WRAPPED_LINES = 4;

    private IndentedCallTree() {
    }

    /** Whether lines {@code first}..{@code last} of {@code layout} (code points {@code t}) are an arrowless call tree. */
    static boolean isCallTree(int[] t, NoteLayout layout, int first, int last) {
        return isCallTree(t, layout, first, last, true);
    }

    /**
     * As {@link #isCallTree(int[], NoteLayout, int, int)}; {@code fenced}: the lines are a fence's, whose
     * initializers ({@code x = {} … {@code }}) are values inside the tree. Outside a fence an initializer
     * is the snippet of code an author goes on to below a tree, and ends it.
     */
    static boolean isCallTree(int[] t, NoteLayout layout, int first, int last, boolean fenced) {
        if (!mayHaveDescents(t, layout, first, last) || LockOrderLists.isCaptionedTree(t, layout, first, last)
                || !fenced && TargetRecipeLists.isRecipe(t, layout, first, last)   // lock orders, make targets: no calls
                || TypeHierarchyTrees.isTypeTree(t, layout, first, last)) {   // `SlotBase` over `HeapSlotBase`: subtypes
            return false;
        }
        int descents = 0;
        int lines = 0;
        int complete = 0;
        int bare = 0;
        int noted = 0;
        int other = 0;
        int braces = 0;
        int files = 0;
        int asm = 0;
        int firstIndent = -1;
        boolean resumed = false;   // the first line stands deeper than the second
        int minIndent = Integer.MAX_VALUE;
        int prev4 = -1;
        int prev8 = -1;
        boolean prevComplete = false;
        int openParens = 0;   // parentheses a wrapped line left open: the deeper lines that close them continue it
        int wrapped = 0;      // continuation lines of that line so far
        int wrapLead = Integer.MAX_VALUE;   // the column of the arm that leads that line, if one does
        boolean initializer = false;   // inside `x = {` … `}`: the entries are the value, no steps
        for (int j = first; j <= last; j++) {
            int s = layout.start(j) + layout.marginEnd(j);   // past a margin the layout made (a comment's ` * `)
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            if (openParens > 0 && wrapped < MAX_WRAPPED_LINES && width(t, s, p, 4) > Math.min(prev4, wrapLead)) {
                // a wrapped call's arguments or parameters: part of the line above; when they close, it is complete
                wrapped++;
                openParens += parenBalance(t, p, e);
                prevComplete = openParens <= 0 && t[LineScan.stripEnd(t, p, e) - 1] != '{';
                continue;
            }
            openParens = 0;
            if (initializer) {
                if (t[p] != '}') {
                    continue;   // `.field = value,`: an entry of the initializer above, its value, no step
                }
                initializer = false;
            }
            int stemmed = pastStems(t, p, e);
            if (stemmed == e) {
                continue;   // a bare `|` stem between steps
            }
            int text = pastConnector(t, stemmed, e);   // a connector's step starts where its name does
            CallTreeLine.Kind kind = ArmedControlSteps.kind(t, stemmed, text, e,
                    CallTreeLine.classify(t, stemmed, LineScan.stripEnd(t, stemmed, e)));   // `|-int n = f(x);`: C an arm leads
            if (kind == CallTreeLine.Kind.NEUTRAL) {
                continue;
            }
            if (kind == CallTreeLine.Kind.OPEN && labelCaptions(t, layout, j, last, lines == 0 ? -1 : prev4)) {
                kind = CallTreeLine.Kind.COMPLETE;   // `do_fault:` over its calls: a caption, no C label
            }
            initializer = fenced && kind == CallTreeLine.Kind.OPEN && opensInitializer(t, p, e);
            if (kind == CallTreeLine.Kind.OPEN && LineScan.isIdentStart(t[p]) && !CallTreeLine.isHeader(t, p, LineScan.stripEnd(t, p, e))
                    || ArmedControlSteps.wrapsArmed(stemmed, text, parenBalance(t, text, e))) {   // `|-if (a &&` over its condition's rest
                openParens = Math.max(0, parenBalance(t, p, e));
                wrapped = 0;
                wrapLead = text > stemmed ? width(t, s, p, 4) : Integer.MAX_VALUE;   // an arm's wrapped text continues right of the arm
            }
            if (kind == CallTreeLine.Kind.DUMP || kind == CallTreeLine.Kind.ASM && ++asm >= 2) {
                return false;
            }
            if (lines == 0 && !kind.complete() && WordedRoots.isWordedRoot(layout, j, last)
                    && WordedRoots.speaksOfCalls(t, p, LineScan.stripEnd(t, p, e))) {
                kind = CallTreeLine.Kind.COMPLETE;   // `用户调用` over the names: the root in words, its callees under it
            }
            int i4 = width(t, s, text, 4);   // tabs after a stem too reach their next stop
            int i8 = width(t, s, text, 8);
            if (firstIndent >= 0 && i4 < firstIndent) {
                if (lines > 1 || resumed) {
                    return false;   // the first line is not at the least indent: decided, the rest need not be read
                }
                resumed = true;   // one line deeper than the next: the end of a body drawn elsewhere, the tree resumed
                firstIndent = i4;
            }
            if (prevComplete && kind != CallTreeLine.Kind.OTHER && i4 > prev4 && i8 > prev8) {
                descents++;
            }
            if (firstIndent < 0) {
                firstIndent = i4;
            }
            minIndent = Math.min(minIndent, i4);
            lines++;
            complete += kind.complete() ? 1 : 0;
            bare += kind == CallTreeLine.Kind.COMPLETE || kind == CallTreeLine.Kind.NOTED ? 1 : 0;
            noted += kind == CallTreeLine.Kind.NOTED ? 1 : 0;
            other += kind == CallTreeLine.Kind.OTHER ? 1 : 0;
            if (other * 2 >= last - first + 1) {
                return false;   // other lines are half of all lines at least, and lines are no more than all lines
            }
            braces += kind == CallTreeLine.Kind.BRACE ? 1 : 0;
            files += kind == CallTreeLine.Kind.FILE ? 1 : 0;
            prev4 = i4;
            prev8 = i8;
            prevComplete = kind.complete() || ArmedControlSteps.opensArmedBody(t, stemmed, text, e, kind);   // `|-case A:` over its body
        }
        // one descent is enough when the lines are a call tree's own: names without `;`, notes in words
        boolean tree = descents >= 2 || !resumed && descents == 1 && (noted >= 2 || bare >= 4 && bare * 3 >= complete * 2);
        return tree && other * 2 < lines && complete * 4 >= lines && braces <= descents && files * 8 < lines
                && firstIndent == minIndent;
    }

    /**
     * Whether line {@code j}, when it is a name and a colon alone ({@link CallTreeLine#bareLabel}), captions the
     * calls indented below it rather than labelling C code: it stands at or right of the line above it ({@code above},
     * that line's width; -1 for none), where a C label stands left of the statements around it, and below it,
     * past more such captions each deeper than the one above, stands a deeper complete call or a branch of C's
     * ({@code if (!x)}). The keys of a YAML
     * mapping, however deep, end in a key with a value, which is no call.
     */
    static boolean labelCaptions(int[] t, NoteLayout layout, int j, int last, int above) {
        int s = layout.start(j) + layout.marginEnd(j);
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, s, e);
        int end = LineScan.stripEnd(t, p, e);
        int width = width(t, s, p, 4);
        if (above >= 0 && width < above || !CallTreeLine.bareLabel(t, p, end)) {
            return false;
        }
        for (int k = j + 1; k <= last; k++) {
            int sk = layout.start(k) + layout.marginEnd(k);
            int ek = layout.contentEnd(k);
            int pk = LineScan.stripStart(t, sk, ek);
            if (pk == ek) {
                continue;
            }
            int endk = LineScan.stripEnd(t, pk, ek);
            CallTreeLine.Kind kind = CallTreeLine.classify(t, pk, endk);
            if (kind == CallTreeLine.Kind.NEUTRAL) {
                continue;   // a comment between the caption and its calls
            }
            int widthk = width(t, sk, pastConnector(t, pastStems(t, pk, ek), ek), 4);
            if (widthk <= width) {
                return false;
            }
            if (!CallTreeLine.bareLabel(t, pk, endk)) {
                return kind.complete() || kind == CallTreeLine.Kind.OPEN
                        && CallTreeLine.cStatementWord(t, pk, LineScan.skipIdent(t, pk, endk));   // `if (!x)` under it
            }
            width = widthk;
        }
        return false;
    }

    /**
     * The cheap reject, a pass that classifies no line: {@link #isCallTree} needs a descent for each
     * brace line and at least one, and a descent (a complete line, then a deeper one, comments between)
     * needs a line deeper than the non-blank line before it. The line it goes deeper from is never a
     * header that opens a body, a name first ({@code if (x)}, {@code for_each_cpu(c) {}, {@code out:}),
     * which {@link CallTreeLine} never reads as complete. Most listings of C fail here: a brace line for
     * each body, and their bodies open under a header.
     */
    private static boolean mayHaveDescents(int[] t, NoteLayout layout, int first, int last) {
        int braces = 0;
        int deeper = 0;
        int previous = -1;
        boolean previousOpens = false;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j) + layout.marginEnd(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            int stemmed = pastStems(t, p, e);
            if (stemmed == e) {
                continue;
            }
            int indent = width(t, s, pastConnector(t, stemmed, e), 4);
            if (previous >= 0 && indent > previous && !previousOpens) {
                deeper++;
            }
            int c = t[p];
            if (c == '{' || c == '}') {
                braces++;
            }
            int end = LineScan.stripEnd(t, p, e);
            previousOpens = LineScan.isIdentStart(c) && CallTreeLine.isHeader(t, p, end) && !CallTreeLine.captionCall(t, p, end)
                    && !(CallTreeLine.bareLabel(t, p, end) && indent >= previous);   // `do_fault:` not left of the line above
            previous = indent;
        }
        return deeper > 0 && braces <= deeper;
    }

    /**
     * Past a list number padded out to the column of its call ({@code 1.          mm/zone.c - fill_zone()}):
     * a number of one or two digits, a {@code .} or {@code )}, then a tab or three or more blanks before code
     * ({@link ListNumbers#padsNumber}).
     * The author lines the call up with the tree above it, the number only counts: the call's column is its
     * depth. A Markdown list item ({@code 1. text}, {@code 1.  text}) keeps its column.
     */
    static int pastPaddedNumber(int[] t, int p, int e) {
        if (p >= e || !LineScan.isDigit(t[p])) {
            return p;
        }
        int q = p + 1;
        if (q < e && LineScan.isDigit(t[q])) {
            q++;
        }
        if (q + 2 >= e || t[q] != '.' && t[q] != ')') {
            return p;
        }
        int r = LineScan.skipBlanks(t, q + 1, e);
        return ListNumbers.padsNumber(t, q + 1, e) && r < e && LineScan.isIdentStart(t[r]) ? r : p;
    }

    /**
     * How many more {@code (} than {@code )} the code points [p, e) hold outside quotes: a parenthesis in a
     * string or a character literal ({@code putc(m, '(')}, {@code print(" (")}) opens nothing.
     * ({@link LineScan#count} counts every one, quoted or not.)
     */
    private static int parenBalance(int[] t, int p, int e) {
        int n = 0;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == '"' || c == '\'') {
                k = LineScan.literalEnd(t, k, e);
            } else {
                n += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
        }
        return n;
    }

    /** The width of code points [s, p) (blanks, stems, a connector) with tabs to multiples of {@code tab}. */
    static int width(int[] t, int s, int p, int tab) {
        int w = 0;
        for (int k = s; k < p; k++) {
            w = t[k] == '\t' ? w + tab - w % tab : w + 1;
        }
        return w;
    }

    /**
     * Past the {@code |} (and dotted {@code :}) stems that lead a line, each followed by a blank ({@code |    lb_pick()} under
     * {@code |-if x}, {@code |      |-f}, a bare {@code |}): where the line's own text or connector starts;
     * {@code e} for a line of stems alone. A line that ends with a {@code |} is a table's row: no stems.
     */
    static int pastStems(int[] t, int p, int e) {
        if (t[p] != '|' && t[p] != ':' || t[LineScan.stripEnd(t, p, e) - 1] == '|' && LineScan.stripEnd(t, p, e) - p > 1) {
            return p;   // the cheap test: most lines start with no stem
        }
        int q = p;
        while (q < e && (t[q] == '|' || t[q] == ':' && dottedStem(t, q, e)) && (q + 1 == e || t[q + 1] == ' ' || t[q + 1] == '\t')) {
            q = LineScan.skipBlanks(t, q + 1, e);
        }
        return q;
    }

    /**
     * Whether the {@code :} at {@code q} is a stem drawn dotted: alone on the line, or before another stem or
     * an arm ({@code :  +- f()}, {@code :  |  `- g()}), never before words ({@code : note}) or code.
     */
    private static boolean dottedStem(int[] t, int q, int e) {
        int r = LineScan.skipBlanks(t, q + 1, e);
        return r == e || t[r] == '|' || t[r] == ':' || r + 1 < e && (t[r] == '+' || t[r] == '`' || t[r] == '\\') && t[r + 1] == '-';
    }

    /** Whether the line [p, e) ends in {@code = {}: it opens an initializer, whose entries follow. */
    private static boolean opensInitializer(int[] t, int p, int e) {
        int end = LineScan.stripEnd(t, p, e);
        if (end - p < 3 || t[end - 1] != '{') {
            return false;
        }
        int q = end - 2;
        while (q > p && (t[q] == ' ' || t[q] == '\t')) {
            q--;
        }
        return t[q] == '=' && q > p && t[q - 1] != '=' && t[q - 1] != '!' && t[q - 1] != '<' && t[q - 1] != '>';
    }

    /** Past a tree connector without an arrow head: {@code |-- }, {@code +-- }, {@code `-- }, {@code |} before a name. */
    static int pastConnector(int[] t, int p, int e) {
        int c = t[p];
        if (c == '|' && p + 1 < e && t[p + 1] == '_') {
            int edge = UnderscoreEdges.edgeEnd(k -> t[k], p, e);   // `|______name`
            if (edge >= 0) {
                return LineScan.skipBlanks(t, edge, e);
            }
        }
        if ((c == '|' || c == '+' || c == '`' || c == '\\') && p + 1 < e && t[p + 1] == '-') {
            int q = p + 1;
            while (q < e && t[q] == '-') {
                q++;
            }
            if (q == p + 2) {   // `|-name`: one dash right against the name, no arrow with a label after it
                return c == '|' && q < e && LineScan.isIdentStart(t[q]) && !Connectors.labelsArrow(k -> t[k], q, e) ? q : p;
            }
            return q > p + 2 && q < e && (t[q] == ' ' || t[q] == '\t' || LineScan.isIdentStart(t[q])) ? LineScan.skipBlanks(t, q, e) : p;
        }
        if ((c == '|' || c == '>') && p + 1 < e && (LineScan.isIdentStart(t[p + 1]) || t[p + 1] == '#')) {
            return p + 1;
        }
        return p;
    }
}
