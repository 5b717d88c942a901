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
 * at its least indent (an unwinding drawn innermost first dedents and is not a trace), and it is not a
 * listing of files, a log or a stack dump. Each line is read by a scan of its characters, no regex.
 */
final class IndentedCallTree {

    private IndentedCallTree() {
    }

    /** What a line is, for telling a call tree from a listing. */
    private enum Line {
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

    /**
     * Whether a fence's info string (code points [from, to), after the fence marker) lets its content
     * decide: none, or C and plain text and shell; a language whose indentation means something of its
     * own (Python, YAML, JSON, Make, a diff …) keeps the fence a listing.
     */
    static boolean infoAllows(int[] t, int from, int to) {
        int p = LineScan.stripStart(t, from, to);
        int q = p;
        while (q < to && t[q] != ' ' && t[q] != '\t' && t[q] != '{' && t[q] != ',') {
            q++;
        }
        if (q == p) {
            return true;
        }
        StringBuilder info = new StringBuilder(q - p);
        for (int k = p; k < q && info.length() < 16; k++) {
            info.appendCodePoint(Character.toLowerCase(t[k]));
        }
        return switch (info.toString()) {
            case "c", "cpp", "c++", "text", "txt", "plain", "plaintext", "shell", "sh", "bash", "none" -> true;
            default -> false;
        };
    }

    /** Whether lines {@code first}..{@code last} of {@code layout} (code points {@code t}) are an arrowless call tree. */
    static boolean isCallTree(int[] t, NoteLayout layout, int first, int last) {
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
        int minIndent = Integer.MAX_VALUE;
        int prev4 = -1;
        int prev8 = -1;
        boolean prevComplete = false;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            Line kind = classify(t, p, LineScan.stripEnd(t, p, e));
            if (kind == Line.NEUTRAL) {
                continue;
            }
            if (kind == Line.DUMP || kind == Line.ASM && ++asm >= 2) {
                return false;
            }
            int text = pastConnector(t, p, e);   // a connector's step starts where its name does
            int i4 = width(t, s, p, 4) + (text - p);
            int i8 = width(t, s, p, 8) + (text - p);
            if (prevComplete && kind != Line.OTHER && i4 > prev4 && i8 > prev8) {
                descents++;
            }
            if (firstIndent < 0) {
                firstIndent = i4;
            }
            minIndent = Math.min(minIndent, i4);
            lines++;
            complete += kind.complete() ? 1 : 0;
            bare += kind == Line.COMPLETE || kind == Line.NOTED ? 1 : 0;
            noted += kind == Line.NOTED ? 1 : 0;
            other += kind == Line.OTHER ? 1 : 0;
            if (other * 2 >= last - first + 1) {
                return false;   // other lines are half of all lines at least, and lines are no more than all lines
            }
            braces += kind == Line.BRACE ? 1 : 0;
            files += kind == Line.FILE ? 1 : 0;
            prev4 = i4;
            prev8 = i8;
            prevComplete = kind.complete();
        }
        // one descent is enough when the lines are a call tree's own: names without `;`, notes in words
        boolean tree = descents >= 2 || descents == 1 && (noted >= 2 || bare >= 4 && bare * 3 >= complete * 2);
        return tree && other * 2 < lines && complete * 4 >= lines && braces <= descents && files * 8 < lines
                && firstIndent == minIndent;
    }

    /**
     * Unfenced call trees among a note's text lines: a run starts at a complete call (or a {@code |name}
     * stem) whose next line is deeper and takes the lines deeper than it, blank lines inside, and
     * the complete lines at its column; prose back at its column or left of it ends the run. A run is a
     * trace when {@link #isCallTree} says so. Returns the next free block id.
     */
    static int unfencedTrees(int[] t, NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !startsTree(t, layout, i)) {
                i++;
                continue;
            }
            int base = textColumn(t, layout, i);
            int last = i;
            for (int j = i + 1; j < n; j++) {
                NoteLayout.Role r = layout.role(j);
                if (r == NoteLayout.Role.BLANK) {
                    continue;
                }
                if (r != NoteLayout.Role.TEXT) {
                    break;
                }
                int col = textColumn(t, layout, j);
                if (col < base || col == base && !classify(t, layout, j).complete()) {
                    break;
                }
                last = j;
            }
            if (last > i && isCallTree(t, layout, i, last)) {
                layout.markTrace(i, last, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /** A complete call or stem with a deeper code line next (blank lines between). */
    private static boolean startsTree(int[] t, NoteLayout layout, int i) {
        int s = layout.start(i);
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, s, e);
        if (p == e || pastConnector(t, p, e) == p && !isIdentStart(t[p])) {
            return false;
        }
        int next = i + 1;
        while (next < layout.lineCount() && layout.role(next) == NoteLayout.Role.BLANK) {
            next++;
        }
        if (next >= layout.lineCount() || layout.role(next) != NoteLayout.Role.TEXT
                || textColumn(t, layout, next) <= textColumn(t, layout, i)) {
            return false;
        }
        return classify(t, layout, i).complete() && classify(t, layout, next) != Line.OTHER;
    }

    private static Line classify(int[] t, NoteLayout layout, int j) {
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j), e);
        return p == e ? Line.NEUTRAL : classify(t, p, LineScan.stripEnd(t, p, e));
    }

    /** The column where line {@code j}'s text starts, past blanks (tabs to 4) and a connector. */
    private static int textColumn(int[] t, NoteLayout layout, int j) {
        int s = layout.start(j);
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, s, e);
        return width(t, s, p, 4) + (p < e ? pastConnector(t, p, e) - p : 0);
    }

    /**
     * A banner line between a tree's parts, a comment: three or more {@code *} at each end of words
     * ({@code *** the packet is IP ***}); {@code line} is stripped at its start.
     */
    static boolean banner(String line) {
        if (!line.startsWith("***")) {
            return false;
        }
        String s = line.stripTrailing();
        return s.length() > 7 && s.endsWith("***") && s.chars().anyMatch(Character::isLetter);
    }

    /** The width of the blanks [s, p) with tabs to multiples of {@code tab}. */
    private static int width(int[] t, int s, int p, int tab) {
        int w = 0;
        for (int k = s; k < p; k++) {
            w = t[k] == '\t' ? w + tab - w % tab : w + 1;
        }
        return w;
    }

    /** What the stripped line [p, e) is. */
    private static Line classify(int[] t, int p, int e) {
        int c = t[p];
        // comments, directives, banners and elisions open and close nothing
        if (c == '#' || LineScan.startsWith(t, p, e, "//") || LineScan.startsWith(t, p, e, "/*")
                || c == '*' && (p + 1 == e || t[p + 1] == ' ' || t[p + 1] == '/') || LineScan.isElision(t, p, e)) {
            return p + 1 < e && c == '#' && t[p + 1] == '0' ? Line.DUMP : Line.NEUTRAL;
        }
        if (c == '*' && p + 2 < e && t[p + 1] == '*' && t[p + 2] == '*' && t[e - 1] == '*') {
            return Line.NEUTRAL;   // a banner: `**** NOW THE PACKET IS IP ****`
        }
        if (c == '[' && p + 1 < e && (t[p + 1] == '<' || t[p + 1] == ' ' || isDigit(t[p + 1]))) {
            return Line.DUMP;   // `[<ffff…>] f+0x1/0x2`, `[    0.000000] Linux version …`
        }
        if (c == '{' || c == '}') {
            return Line.BRACE;
        }
        if (c == '.' && p + 1 < e && isIdentStart(t[p + 1]) || instruction(t, p, e)) {
            return Line.ASM;   // `.balign 8`, `.Lout:`, `movq  %rax, %rbx`, `pushq  $1`
        }
        p = pastConnector(t, p, e);
        if (p >= e) {
            return Line.NEUTRAL;
        }
        if (t[p] == '*' && p + 1 < e && isIdentStart(t[p + 1])) {
            p++;   // `*ptr = f(x)`
        }
        if (!isIdentStart(t[p])) {
            return Line.OTHER;
        }
        if (hexWord(t, p, e)) {
            return Line.DUMP;   // an address or a value leading a row of a memory or table dump
        }
        // the head: words and member paths, up to a call's parenthesis, an assignment or the end
        int words = 1;
        int q = p;
        boolean dotted = false;
        boolean slash = false;
        while (q < e) {
            int d = t[q];
            if (isIdentPart(d)) {
                q++;
            } else if (d == '.' && q + 1 < e && isIdentStart(t[q + 1])) {
                dotted = true;
                q++;
            } else if (d == '-' && q + 2 < e && t[q + 1] == '>' && isIdentStart(t[q + 2])) {
                q += 2;
            } else if (d == ':' && q + 2 < e && t[q + 1] == ':' && isIdentStart(t[q + 2])) {
                q += 2;
            } else if (d == '/' && q + 1 < e && isIdentStart(t[q + 1])) {
                slash = true;
                q++;
            } else if (d == '[') {
                int r = close(t, q, e, '[', ']');
                if (r < 0) {
                    return Line.OPEN;
                }
                q = r;
            } else if ((d == ' ' || d == '*') && words < 5 && q + 1 < e
                    && (isIdentStart(t[q + 1]) || t[q + 1] == '*') && followsCallOrAssign(t, q, e)) {
                words++;   // `static int foo(x)`, `struct page *p = f()`: type words before a call or an assignment
                q++;
            } else {
                break;
            }
        }
        if (isHeader(t, p, e)) {
            return Line.OPEN;
        }
        int rest = q;
        if (rest < e && t[rest] == '(') {
            int r = close(t, rest, e, '(', ')');
            if (r < 0) {
                return Line.OPEN;   // arguments spill onto the next line
            }
            rest = r;
        } else if (words > 1) {
            return Line.OTHER;   // words without a call or an assignment: prose
        } else if (slash || dotted && fileExtension(t, p, q) && (q == e || !isAssign(t, skipBlanks(t, q, e), e))) {
            return Line.FILE;
        }
        return tail(t, rest, e);
    }

    /** What follows a call's {@code )} or a name: nothing, {@code ;}, a trailing note, or an assignment's right side. */
    private static Line tail(int[] t, int q, int e) {
        int blanks = 0;
        while (q < e && (t[q] == ' ' || t[q] == '\t')) {
            q++;
            blanks++;
        }
        if (q == e) {
            return Line.COMPLETE;
        }
        int c = t[q];
        if (c == ';') {
            return q + 1 == e || note(t, q + 1, e) ? Line.COMPLETE_SEMI : Line.OTHER;
        }
        if (isAssign(t, q, e)) {
            return assignment(t, q, e);
        }
        if ((c == '+' || c == '-') && q + 1 < e && t[q + 1] == c) {
            return Line.COMPLETE;   // `count++`
        }
        if (c == ':' && q + 1 < e) {
            return Line.COMPLETE;   // `__vmx_vcpu_run(): ASM`
        }
        // a note in words of its own (not a column of a table or an instruction's operands: `movq  %rax`)
        int last = t[e - 1];
        if (c == '"' || c == '(' || c == '[' || c == '<') {
            // a quoted or bracketed note closes the line: `f "what it does"`, `f (the slow path)`, `f [insn]`
            int closing = c == '"' ? '"' : c == '(' ? ')' : c == '[' ? ']' : '>';
            if (last != closing || e - q < 2 || c != '"' && blanks == 0) {
                return Line.OTHER;
            }
        }
        if (c > 0x7f || c == '"' || (c == '[' || c == '(' || c == '<') && blanks > 0 || c == '#' && blanks > 0
                || LineScan.startsWith(t, q, e, "//") || LineScan.startsWith(t, q, e, "/*")
                || LineScan.startsWith(t, q, e, "->") || LineScan.startsWith(t, q, e, "-->")
                || LineScan.startsWith(t, q, e, "=>") || LineScan.startsWith(t, q, e, "==>")) {
            return c > 0x7f || c == '"' ? Line.NOTED : Line.COMPLETE;
        }
        return c == '{' || c == ',' || c == '\\' ? Line.OPEN : Line.OTHER;
    }

    /** Whether what follows a complete line's end is a note: blanks then a comment, or nothing. */
    private static boolean note(int[] t, int q, int e) {
        int r = skipBlanks(t, q, e);
        return r == e || r > q && (t[r] == '#' || LineScan.startsWith(t, r, e, "//") || LineScan.startsWith(t, r, e, "/*")
                || t[r] > 0x7f);
    }

    /** An assignment's right side [q at the operator, e): complete unless it stops on an operator, a comma or an open bracket. */
    private static Line assignment(int[] t, int q, int e) {
        int end = e;
        int cut = LineScan.indexOf(t, q, e, "//");
        if (cut >= 0) {
            end = LineScan.stripEnd(t, q, cut);
        }
        int depth = 0;
        for (int k = q; k < end; k++) {
            depth += t[k] == '(' ? 1 : t[k] == ')' ? -1 : 0;
        }
        if (depth > 0 || end <= q) {
            return Line.OPEN;
        }
        int last = t[end - 1];
        return last == ';' ? Line.COMPLETE_SEMI
                : last == ')' || last == ']' || isIdentPart(last) || last > 0x7f || last == '"' ? Line.COMPLETE : Line.OPEN;
    }

    /** {@code =}, or a compound assignment ({@code +=}, {@code |=} …), not {@code ==} or {@code =>}. */
    private static boolean isAssign(int[] t, int q, int e) {
        if (q < e && t[q] == '=') {
            return q + 1 == e || t[q + 1] != '=' && t[q + 1] != '>';
        }
        return q + 1 < e && t[q + 1] == '=' && "+-*/|&^%".indexOf(t[q]) >= 0 && (q + 2 == e || t[q + 2] != '=');
    }

    /** Whether the blank or {@code *} at {@code q} separates type words from a name that is called or assigned. */
    private static boolean followsCallOrAssign(int[] t, int q, int e) {
        int k = q;
        while (k < e && (t[k] == ' ' || t[k] == '*')) {
            k++;
        }
        while (k < e && (isIdentPart(t[k]) || t[k] == '.' || t[k] == '*' || t[k] == ' '
                || t[k] == '-' && k + 1 < e && t[k + 1] == '>')) {
            k += t[k] == '-' ? 2 : 1;
        }
        return k < e && (t[k] == '(' || isAssign(t, k, e));
    }

    /** Statement keywords and loop macros that open a body in C: not a complete line. */
    private static boolean isHeader(int[] t, int p, int e) {
        int q = p;
        while (q < e && isIdentPart(t[q])) {
            q++;
        }
        if (oneOf(t, p, q, KEYWORDS)) {
            return true;
        }
        if (q < e && t[q] == ':' && (q + 1 == e || t[q + 1] != ':')) {
            return true;   // a label, a YAML key, `target:` of a Makefile
        }
        return t[e - 1] == ':' || t[e - 1] == '{' || containsLower(t, p, q, "for_each") || containsLower(t, p, q, "foreach");
    }

    /**
     * Words that open a body, by length (only words of at most 7 code points are looked up, so
     * {@code endmacro} and {@code function} are not among them).
     */
    private static final String[][] KEYWORDS = {
        {}, {},
        {"if", "do", "fi"},
        {"for", "def", "try"},
        {"else", "case", "elif", "then", "done"},
        {"while", "class", "catch", "until", "endif", "macro"},
        {"switch", "except", "elseif"},
        {"default", "finally", "foreach"},
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

    /** Whether [p, q) holds {@code needle} (lower case ASCII) in any case. */
    private static boolean containsLower(int[] t, int p, int q, String needle) {
        int n = needle.length();
        for (int k = p; k + n <= q; k++) {
            int m = 0;
            while (m < n && (t[k + m] | 0x20) == (needle.charAt(m) | 0x20)) {
                m++;
            }
            if (m == n) {
                return true;
            }
        }
        return false;
    }

    /** A word, blanks, then an operand led by {@code %} or {@code $}: an instruction of an assembly listing. */
    private static boolean instruction(int[] t, int p, int e) {
        int q = p;
        while (q < e && isIdentPart(t[q])) {
            q++;
        }
        int r = skipBlanks(t, q, e);
        return q > p && r > q && r < e && (t[r] == '%' || t[r] == '$');
    }

    /** Whether the word at {@code p} is eight or more hex digits with a digit among them ({@code ffff8800…}). */
    private static boolean hexWord(int[] t, int p, int e) {
        int q = p;
        boolean digit = false;
        while (q < e && (isDigit(t[q]) || t[q] >= 'a' && t[q] <= 'f' || t[q] >= 'A' && t[q] <= 'F')) {
            digit |= isDigit(t[q]);
            q++;
        }
        return digit && q - p >= 8 && (q == e || !isIdentPart(t[q]));
    }

    private static boolean fileExtension(int[] t, int p, int q) {
        int dot = q - 1;
        while (dot > p && t[dot] != '.') {
            dot--;
        }
        return oneOf(t, dot + 1, q, EXTENSIONS);
    }

    /** Past a tree connector without an arrow head: {@code |-- }, {@code +-- }, {@code `-- }, {@code |} before a name. */
    static int pastConnector(int[] t, int p, int e) {
        int c = t[p];
        if ((c == '|' || c == '+' || c == '`' || c == '\\') && p + 1 < e && t[p + 1] == '-') {
            int q = p + 1;
            while (q < e && t[q] == '-') {
                q++;
            }
            return q > p + 2 && q < e && (t[q] == ' ' || t[q] == '\t') ? skipBlanks(t, q, e) : p;
        }
        if (c == '|' && p + 1 < e && (isIdentStart(t[p + 1]) || t[p + 1] == '#')) {
            return p + 1;
        }
        return p;
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

    private static int skipBlanks(int[] t, int q, int e) {
        while (q < e && (t[q] == ' ' || t[q] == '\t')) {
            q++;
        }
        return q;
    }

    private static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentPart(int c) {
        return isIdentStart(c) || isDigit(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
