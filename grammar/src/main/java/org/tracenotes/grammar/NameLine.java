package org.tracenotes.grammar;

/**
 * What one line of a candidate tree of names ({@link NameTrees}, {@link VerticalChains}) is, read by one
 * scan of its code points ({@link #read}): a name or a call, by its shape, or what rejects a tree (a file,
 * anything else), or nothing to read.
 */
enum NameLine {
    /** Nothing to read: blank, stems alone, a comment, an elision. */
    NEUTRAL,
    /** A call: a name with its parentheses, or a member path ({@code file->f_op->write}). */
    CALL,
    /** A bare C name shaped like a function's ({@link NameShapes#functionShaped}). */
    FUNCTION_NAME,
    /** A bare C name shaped like a type's or a unit's ({@link NameShapes#dataShaped}). */
    DATA_NAME,
    /** Any other bare name that reads as C's: an underscore. */
    C_NAME,
    /** One plain word ({@code ret}, {@code kernel}): a name, but nothing says it is C's. */
    WORD,
    /** A file or directory name ({@code foo.c}, {@code fs/}, {@code dir/x}). */
    FILE,
    /** Anything else: code, an instruction, a command, prose. */
    OTHER;

    /**
     * What the line's text [p, e) (past its margin and edge, stripped at its end) is: a name or member
     * path ({@code a->b.c}, {@code ns::f}), its call's parentheses perhaps, then nothing or a note (a
     * comment, words after two blanks, text in another script, a bracketed or quoted remark, a source
     * location); a name with a file's dot or a slash is a file; anything else is other.
     */
    static NameLine read(int[] t, int p, int e) {
        int c = t[p];
        if (c == '#') {
            return p + 1 == e || t[p + 1] == ' ' || t[p + 1] == '#' ? NEUTRAL : OTHER;   // `#include`, `#0`
        }
        if (LineScan.startsWith(t, p, e, "//") || LineScan.startsWith(t, p, e, "/*") || LineScan.isElision(t, p, e)) {
            return NEUTRAL;
        }
        if (!LineScan.isIdentStart(c)) {
            return OTHER;
        }
        boolean cName = false;
        boolean called = false;
        boolean dotted = false;
        int q = p;
        while (q < e) {
            int d = t[q];
            if (LineScan.isIdentPart(d)) {
                cName |= d == '_';
                q++;
            } else if (d == '-' && q + 2 < e && t[q + 1] == '>' && LineScan.isIdentStart(t[q + 2])) {
                called = true;
                q += 2;
            } else if (d == ':' && q + 2 < e && t[q + 1] == ':' && LineScan.isIdentStart(t[q + 2])) {
                q += 2;
            } else if (d == '.' && q + 1 < e && LineScan.isIdentPart(t[q + 1])) {
                dotted = true;
                q++;
            } else {
                break;
            }
        }
        if (q < e && (t[q] == '/' || t[q] == '\\') || q == e && dotted) {
            return FILE;   // `fs/`, `fs/read_write.c`, `foo.c`
        }
        int nameEnd = q;
        if (q < e && t[q] == '(') {
            int r = LineScan.closeParen(t, q, e);
            if (r < 0) {
                return OTHER;   // arguments spill over: code
            }
            called = true;
            q = r + 1;
        } else if (dotted) {
            return FILE;   // `Kconfig.debug  the options`
        }
        if (q == e) {
            return nameKind(t, p, nameEnd, cName, called);
        }
        int r = LineScan.skipBlanks(t, q, e);
        if (r > q && r + 2 < e && t[r] == '=' && t[r + 1] == ' ') {   // `err = blk_check(b)`: a call's result kept, no `;`
            int v = LineScan.skipBlanks(t, r + 1, e);
            return v < e && LineScan.indexOf(t, v, e, "(") > v && read(t, v, e) == CALL ? CALL : OTHER;
        }
        return note(t, q, e) ? nameKind(t, p, nameEnd, cName, called) : OTHER;
    }

    /** What the name [p, q) is, called or bare, by its underscore and its shape. */
    private static NameLine nameKind(int[] t, int p, int q, boolean underscore, boolean called) {
        if (called) {
            return CALL;
        }
        if (!underscore) {
            return WORD;
        }
        return NameShapes.dataShaped(t, p, q) ? DATA_NAME
                : NameShapes.functionShaped(t, p, q) ? FUNCTION_NAME : C_NAME;
    }

    /**
     * Whether [q, e), right after a name or a call's {@code )}, is a note: blanks then a comment, text in
     * another script, a quoted or bracketed remark, a source location, an arrow to what it returns, or
     * two or more words after two blanks. Not a {@code ;}, a brace, an assignment, an operand, a label's
     * {@code :} at the end.
     */
    private static boolean note(int[] t, int q, int e) {
        int r = LineScan.skipBlanks(t, q, e);
        int blanks = r - q;
        int c = t[r];
        if (c > 0x7f) {
            return !BoxDrawnTree.isBoxDrawing(c);   // `vfs_write  写入`; not `init─┬─agetty` (pstree)
        }
        if (c == ':' && blanks >= 2 && r + 1 < e && Character.isDigit(t[r + 1])) {
            return true;   // `sched_fork  :2344  note`: a line number in the file named above
        }
        if (c == ':') {
            return blanks == 0 && r + 1 < e && t[r + 1] == ' ' && LineScan.skipBlanks(t, r + 1, e) < e;   // `f(): note`
        }
        if (blanks == 0) {
            return false;
        }
        if (c == '#' || LineScan.startsWith(t, r, e, "//") || LineScan.startsWith(t, r, e, "/*")
                || LineScan.startsWith(t, r, e, "<-") || LineScan.startsWith(t, r, e, "--")) {
            return true;
        }
        if (c == '"' || c == '(' || c == '[') {
            int closing = c == '"' ? '"' : c == '(' ? ')' : ']';
            return e - r >= 2 && t[e - 1] == closing;   // `f  (the slow path)`, `f  [insn]`
        }
        return SourceLocation.startsAt(t, r, e) || blanks >= 2 && WordedRemark.at(t, r, e);
    }

}
