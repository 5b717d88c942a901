package org.tracenotes.grammar;

/**
 * What one line of an arrowless block is, for telling a call tree from a listing of code
 * ({@link IndentedCallTree}): a complete call or statement, a header that opens a body, a brace, a
 * file name, a row of a dump, an instruction, prose. Each line is read by a scan of its code points,
 * no regex and no string built; what follows a line's call or name is read by {@link CallTails}.
 */
final class CallTreeLine {

    private CallTreeLine() {
    }

    /** What a line is, for telling a call tree from a listing. */
    enum Kind {
        NEUTRAL, OPEN, BRACE, OTHER, FILE, DUMP, ASM,
        /** A complete call, name or assignment without a {@code ;}. */
        COMPLETE,
        /** A complete statement ending with {@code ;}, as C writes it. */
        COMPLETE_SEMI,
        /** A call or name with a note in words after it (CJK, a quoted string): C never writes that. */
        NOTED;

        boolean complete() {
            return this == COMPLETE || this == COMPLETE_SEMI || this == NOTED;
        }
    }

    /** What line {@code j} of {@code layout} is. */
    static Kind classify(int[] t, NoteLayout layout, int j) {
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j), e);
        return p == e ? Kind.NEUTRAL : classify(t, p, LineScan.stripEnd(t, p, e));
    }

    /**
     * A banner between a tree's parts, a comment to the lexer too: the stripped line [p, e) starts and
     * ends with three {@code *} ({@code *** the packet is IP ***}, {@code **********}, {@code *** 1 ***}).
     */
    static boolean banner(int[] t, int p, int e) {
        return e - p >= 3 && t[p] == '*' && t[p + 1] == '*' && t[p + 2] == '*'
                && t[e - 1] == '*' && t[e - 2] == '*' && t[e - 3] == '*';
    }

    /** Whether the stripped line [p, e) is a C comment or a comment's inner line: {@code //}, {@code /*}, {@code * …}, {@code *}{@code /}. */
    static boolean comment(int[] t, int p, int e) {
        return commentOpens(t, p, e) || t[p] == '*' && (p + 1 == e || t[p + 1] == ' ' || t[p + 1] == '/');
    }

    /** Whether a C comment opens at {@code p}: {@code //} or {@code /*}. */
    static boolean commentOpens(int[] t, int p, int e) {
        return LineScan.startsWith(t, p, e, "//") || LineScan.startsWith(t, p, e, "/*");
    }

    /** What the stripped line [p, e) is. */
    static Kind classify(int[] t, int p, int e) {
        p = StepTags.pastTag(t, p, e);   // `[BUG-1] f()`: the step after the tag pointing it out
        int c = t[p];
        // comments, directives, banners and elisions open and close nothing
        if (c == '#' || comment(t, p, e) || LineScan.isElision(t, p, e)) {
            return p + 1 < e && c == '#' && t[p + 1] == '0' ? Kind.DUMP : Kind.NEUTRAL;
        }
        if (banner(t, p, e) || e - p == 1 && (c == ':' || c == '.' || c == ',')) {   // a stray `:` too
            return Kind.NEUTRAL;
        }
        if (c == '[' && p + 1 < e && (t[p + 1] == '<' || t[p + 1] == ' ' || LineScan.isDigit(t[p + 1]))) {
            return Kind.DUMP;   // `[<ffff…>] f+0x1/0x2`, `[    0.000000] Linux version …`
        }
        if (c == '{' || c == '}') {
            return Kind.BRACE;
        }
        if (c == '.' && p + 1 < e && LineScan.isIdentStart(t[p + 1]) || instruction(t, p, e)) {
            return Kind.ASM;   // `.balign 8`, `.Lout:`, `movq  %rax, %rbx`, `pushq  $1`
        }
        int lead = p;
        p = IndentedCallTree.pastConnector(t, IndentedCallTree.pastPaddedNumber(t, p, e), e);
        if (p >= e) {
            return Kind.NEUTRAL;
        }
        boolean stem = p > lead;
        int located = LocatedSteps.chainedStep(t, p, e);   // `fs/x.c:caller:callee:12`: a step noted by its place, as C never is
        if (located >= 0) {
            return CallTails.tail(t, LocatedSteps.chainEnd(t, located, e), e, true) == Kind.OTHER ? Kind.OTHER : Kind.NOTED;
        }
        p = QualifiedNames.pastQualifier(t, p, e);   // `fs/x.c::f`, `struct ops::m`: the name after the qualifier
        p = SourceLocation.pastLeadingLocation(t, p, e);   // `mm/x.c - f()`, `mm/x.c: f()`: the call after its file
        p = Math.max(p, LocatedSteps.afterNumberedPath(t, p, e));   // `mm/x.c:120 f()`: the call after its line
        if (t[p] == '*' && p + 1 < e && LineScan.isIdentStart(t[p + 1])) {
            p++;   // `*ptr = f(x)`
        }
        if (!LineScan.isIdentStart(t[p])) {
            return Kind.OTHER;
        }
        if (hexWord(t, p, e)) {
            return Kind.DUMP;   // an address or a value leading a row of a memory or table dump
        }
        // the head: words and member paths, up to a call's parenthesis, an assignment or the end
        int words = 1;
        int q = p;
        boolean dotted = false;
        boolean slash = false;
        while (q < e) {
            int d = t[q];
            if (LineScan.isIdentPart(d)) {
                q++;
            } else if (d == '.' && q + 1 < e && LineScan.isIdentStart(t[q + 1])) {
                dotted = true;
                q++;
            } else if (d == '-' && q + 2 < e && t[q + 1] == '>' && LineScan.isIdentStart(t[q + 2])) {
                q += 2;
            } else if (d == ':' && q + 2 < e && t[q + 1] == ':' && LineScan.isIdentStart(t[q + 2])) {
                q += 2;
            } else if (d == '/' && q + 1 < e && LineScan.isIdentStart(t[q + 1])) {
                slash = true;
                q++;
            } else if (d == '[') {
                int r = close(t, q, e, '[', ']');
                if (r < 0) {
                    return Kind.OPEN;
                }
                q = r;
            } else if ((d == ' ' || d == '*') && words < 5 && q + 1 < e
                    && (LineScan.isIdentStart(t[q + 1]) || t[q + 1] == '*') && CallTails.followsCallOrAssign(t, q, e)) {
                words++;   // `static int foo(x)`, `struct page *p = f()`: type words before a call or an assignment
                q++;
            } else {
                break;
            }
        }
        if (isHeader(t, p, e)) {
            return captionCall(t, p, e) ? Kind.COMPLETE : Kind.OPEN;
        }
        int rest = q;
        if (rest < e && t[rest] == '(') {
            int r = close(t, rest, e, '(', ')');
            if (r < 0) {
                return Kind.OPEN;   // arguments spill onto the next line
            }
            rest = r;
        } else if (words > 1) {
            return Kind.OTHER;   // words without a call or an assignment: prose
        } else if (slash || dotted && fileExtension(t, p, q) && (q == e || !CallTails.isAssign(t, LineScan.skipBlanks(t, q, e), e))) {
            return Kind.FILE;
        }
        return CallTails.tail(t, rest, e, stem || rest > q || codeName(t, p, q));
    }

    /** Whether the name {@code t[p..q)} reads as code, not a word: it has an underscore or a member arrow. */
    private static boolean codeName(int[] t, int p, int q) {
        for (int i = p; i < q; i++) {
            if (t[i] == '_' || t[i] == '>') {
                return true;
            }
        }
        return false;
    }

    /**
     * Statement keywords and loop macros that open a body in C: not a complete line. A line led by a
     * name that is a header is never complete ({@link #classify} reads it as opening a body or worse).
     */
    static boolean isHeader(int[] t, int p, int e) {
        int q = p;
        while (q < e && LineScan.isIdentPart(t[q])) {
            q++;
        }
        if (oneOf(t, p, q, C_STATEMENT_WORDS) || oneOf(t, p, q, KEYWORDS)) {
            return true;
        }
        if (q < e && t[q] == ':' && (q + 1 == e || t[q + 1] != ':')) {
            return true;   // a label, a YAML key, `target:` of a Makefile
        }
        return t[e - 1] == ':' || t[e - 1] == '{' || LoopMacroNames.forEach(t, p, q);
    }

    /**
     * Whether the stripped line [p, e) is a call ending in {@code :} ({@code alloc_page(gfp):}): a call
     * captioning the calls below it, complete as a call tree's line is. C writes no {@code ):}; a header
     * of another language that does ({@code if (x):}, {@code def f():}, {@code with lock():}) is led by a
     * keyword ({@link #isHeader}). The first test: the line ends in {@code ):}. The caption is a call alone:
     * a name, member-qualified perhaps ({@code dev->ops.probe(x):}), right before its {@code (} — words before
     * it ({@code async def main():}, {@code public static void main(String[] args):}) make a declaration, a
     * blank before it ({@code test_login (tests.AuthTest):}) a test runner's line.
     */
    static boolean captionCall(int[] t, int p, int e) {
        return e - p > 3 && t[e - 1] == ':' && t[e - 2] == ')' && nameBeforeParen(t, p, e)
                && classify(t, p, e - 1) == Kind.COMPLETE;
    }

    /**
     * Whether the stripped line [p, e) is a name and a colon alone ({@code do_fault:}, {@code ops->open:}):
     * in C a label, in a call tree the caption of the calls indented below it. Which one it is the lines
     * around it say ({@link IndentedCallTree}); a word that opens a body ({@code default:}, {@code else:},
     * {@code try:}) or a C++ access label ({@code public:}) is neither, nor is a capitalised word without an
     * {@code _} ({@code Usage:}, {@code Output:}), a caption in words. The first test: the line ends in a
     * {@code :} right after a name's last character.
     */
    static boolean bareLabel(int[] t, int p, int e) {
        if (e - p < 2 || t[e - 1] != ':' || !LineScan.isIdentPart(t[e - 2]) || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int q = p + 1;
        while (q < e - 1) {
            if (LineScan.isIdentPart(t[q]) || t[q] == '.' && LineScan.isIdentStart(t[q + 1])) {
                q++;
            } else if (q + 2 < e - 1 && (t[q] == '-' && t[q + 1] == '>' || t[q] == ':' && t[q + 1] == ':')
                    && LineScan.isIdentStart(t[q + 2])) {
                q += 2;
            } else {
                return false;
            }
        }
        return (codeName(t, p, e - 1) || t[p] >= 'a' && t[p] <= 'z') && !oneOf(t, p, e - 1, C_STATEMENT_WORDS)
                && !oneOf(t, p, e - 1, KEYWORDS) && !oneOf(t, p, e - 1, ACCESS_LABELS);
    }

    /** C++'s access labels, by length. */
    private static final String[][] ACCESS_LABELS = {
        {}, {}, {}, {}, {}, {}, {"public"}, {"private"}, {}, {"protected"},
    };

    /** Whether [p, e) starts with a name, joined to members by {@code .}, {@code ->} or {@code ::}, then {@code (}. */
    private static boolean nameBeforeParen(int[] t, int p, int e) {
        if (p >= e || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int q = p + 1;
        while (q < e && t[q] != '(') {
            if (LineScan.isIdentPart(t[q]) || t[q] == '.') {
                q++;
            } else if (q + 2 < e && (t[q] == '-' && t[q + 1] == '>' || t[q] == ':' && t[q + 1] == ':')
                    && LineScan.isIdentStart(t[q + 2])) {
                q += 2;
            } else {
                return false;
            }
        }
        return q < e;
    }

    /** Whether [p, q) is a word of C that opens a statement's body ({@link #C_STATEMENT_WORDS}). */
    static boolean cStatementWord(int[] t, int p, int q) {
        return oneOf(t, p, q, C_STATEMENT_WORDS);
    }

    /** C's words that open a statement's body, by length. */
    private static final String[][] C_STATEMENT_WORDS = {
        {}, {},
        {"if", "do"},
        {"for"},
        {"else", "case"},
        {"while"},
        {"switch"},
        {"default"},
    };

    /**
     * The other words that open a body, of other languages and notations, by length (only words of at
     * most 7 code points are looked up, so {@code endmacro} and {@code function} are not among them).
     */
    private static final String[][] KEYWORDS = {
        {}, {},
        {"fi"},
        {"def", "try"},
        {"elif", "then", "done", "with"},
        {"class", "catch", "until", "endif", "macro", "async"},
        {"except", "elseif"},
        {"finally", "foreach"},
    };

    /** File name extensions, by length. */
    private static final String[][] EXTENSIONS = {
        {},
        {"c", "h", "S", "s", "o", "a"},
        {"cc", "py", "md", "sh", "mk", "ko", "so", "rs", "go", "js", "ts"},
        {"cpp", "txt", "rst", "yml", "log", "cfg", "dts", "lds", "xml", "ini", "img", "bin", "elf"},
        {"json", "yaml", "conf", "dtsi", "java", "html", "toml", "diff"},
        {"patch"},
    };

    /** Whether the code points [p, q) spell one of {@code byLength[q - p]}, without building a string. */
    private static boolean oneOf(int[] t, int p, int q, String[][] byLength) {
        int n = q - p;
        if (n <= 0 || n >= byLength.length) {
            return false;
        }
        for (String word : byLength[n]) {
            if (word.charAt(0) == t[p] && LineScan.startsWith(t, p, q, word)) {
                return true;
            }
        }
        return false;
    }

    /** A word, blanks, then an operand led by {@code %} or {@code $}: an instruction of an assembly listing. */
    private static boolean instruction(int[] t, int p, int e) {
        int q = p;
        while (q < e && LineScan.isIdentPart(t[q])) {
            q++;
        }
        int r = LineScan.skipBlanks(t, q, e);
        return q > p && r > q && r < e && (t[r] == '%' || t[r] == '$');
    }

    /** Whether the word at {@code p} is eight or more hex digits with a digit among them ({@code ffff8800…}). */
    private static boolean hexWord(int[] t, int p, int e) {
        int q = p;
        boolean digit = false;
        while (q < e && (LineScan.isDigit(t[q]) || t[q] >= 'a' && t[q] <= 'f' || t[q] >= 'A' && t[q] <= 'F')) {
            digit |= LineScan.isDigit(t[q]);
            q++;
        }
        return digit && q - p >= 8 && (q == e || !LineScan.isIdentPart(t[q]));
    }

    /**
     * Whether the name [p, q) is a file's, {@code setup.py} or {@code Python.h}: its part after its last dot a
     * file's extension ({@link #EXTENSIONS}).
     */
    static boolean fileName(int[] t, int p, int q) {
        return LineScan.indexOf(t, p, q, ".") > p && fileExtension(t, p, q);
    }

    private static boolean fileExtension(int[] t, int p, int q) {
        int dot = q - 1;
        while (dot > p && t[dot] != '.') {
            dot--;
        }
        return oneOf(t, dot + 1, q, EXTENSIONS);
    }

    private static int close(int[] t, int open, int e, int o, int c) {
        int depth = 0;
        for (int k = open; k < e; k++) {
            if (t[k] == o) {
                depth++;
            } else if (t[k] == c && --depth == 0) {
                return k + 1;
            }
        }
        return -1;
    }
}
