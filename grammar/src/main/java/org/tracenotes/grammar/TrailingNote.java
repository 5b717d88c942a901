package org.tracenotes.grammar;

import java.util.Set;

/**
 * Free text after a step's call, written without a comment marker: {@code ops->save_iter   ram_save_iter},
 * {@code sync_bitmap ?}, {@code attach_driver 注意：…}, {@code hva_to_pfn ④ (先尝试…)},
 * {@code fault_handler ① {}. The leading call (a name, a member chain, with or without one argument
 * list) is the step; the rest is a trailing note. C never has these shapes, so a line that is C is
 * never cut: the free text must follow two or more blanks and hold no {@code =} or {@code ;}, or be a
 * lone {@code ?} (after a {@code ;} too), or start with a character outside ASCII (CJK, circled
 * numbers, full-width brackets), with or without a blank before it ({@code csr_write更新CSR寄存器}), or be
 * one quoted string ({@code paging_init "sets up the maps"}), or a tag in words in brackets ({@code vm_launch [指令]}).
 */
public final class TrailingNote {

    private static final Set<String> KEYWORDS = Set.of("if", "else", "for", "while", "do", "switch", "case",
            "default", "return", "goto", "break", "continue", "sizeof", "struct", "union", "enum", "static", "extern",
            "inline", "const", "volatile", "unsigned", "signed", "int", "long", "short", "char", "void", "bool");

    private TrailingNote() {
    }

    /** Whether {@code word} is a C keyword (a statement's, a type's or a storage class's word), which calls nothing. */
    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    /**
     * Where the note starts in {@code line} (the blank before it), given that the payload starts at
     * {@code from}; -1 if the payload is not a call followed by free text. The note ends at
     * {@link #end}.
     */
    public static int start(String line, int from) {
        int n = line.length();
        int p = from;
        int leadStart = p;
        p = name(line, p);
        if (p < 0) {
            return -1;
        }
        String first = line.substring(leadStart, p);
        if (first.equals("goto")) {
            return gotoNoteStart(line, p);
        }
        if (KEYWORDS.contains(first)) {
            return -1;
        }
        while (p + 1 < n && (line.startsWith("->", p) || line.charAt(p) == '.')) {
            int q = name(line, p + (line.charAt(p) == '.' ? 1 : 2));
            if (q < 0) {
                return -1;
            }
            p = q;
        }
        if (p < n && line.charAt(p) == '(') {
            p = closeParen(line, p);
            if (p < 0) {
                return -1;
            }
        }
        int leadEnd = p;
        if (!looksLikeCode(line.substring(leadStart, leadEnd))) {
            return -1;   // `tracee 进入 signal-delivery-stop`: a word of prose, not a call
        }
        if (SourceLocation.follows(line, leadEnd)) {
            return leadEnd;   // `submit_io   fs/buf.c:12 what it does`: a location and what follows it
        }
        if (p > leadStart && line.charAt(p - 1) == ')' && colonNote(line, p)) {
            return leadEnd;   // `alloc_table(): 64 entries`: C puts no colon after a call that starts a line
        }
        if (lineNumberColumn(line, p)) {
            return leadEnd;   // `setup_dev   412  err = setup_dev(d);`: an editor's listing, a line number and its code
        }
        if (p < n && line.charAt(p) == ';' && line.substring(p + 1).strip().equals("?")) {
            return leadEnd;   // `pci_device_to_node(pdev); ?`
        }
        int blanks = 0;
        while (p < n && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
            blanks++;
        }
        if (blanks > 0 && BracketedNotes.closesStep(line, p, leadEnd > leadStart && line.charAt(leadEnd - 1) == ')')) {
            return leadEnd;   // `f() (what it does)`, `f() [drivers/x.c:12]`, `f() [a remark] → g()`: a remark in brackets
        }
        if (p >= n || blanks == 0 && line.charAt(p) != '?' && line.charAt(p) <= 0x7F) {
            return -1;
        }
        char c = line.charAt(p);
        String rest = line.substring(p).strip();
        if (c == '?' && (rest.length() == 1 || rest.charAt(1) > 0x7F)) {
            return leadEnd;
        }
        if (c > 0x7F && c != 0x00A0 && c != 0x3000 && c != 0x2026 && !(c == LineMargin.RIGHTWARDS_ARROW && callFollows(line, p + 1))) {
            return leadEnd;
        }
        if (c == '[' && rest.length() > 2 && rest.charAt(1) > 0x7F && rest.endsWith("]")) {
            return leadEnd;   // `vm_launch [指令]`: a tag in words, never an index
        }
        if (c == '"' && rest.length() > 1 && rest.endsWith("\"") && rest.indexOf('"', 1) == rest.length() - 1) {
            return leadEnd;   // `paging_init "what it sets up"`: a quoted note
        }
        if (blanks >= 2 && Character.isLetterOrDigit(c) && rest.indexOf('=') < 0 && rest.indexOf(';') < 0
                && !rest.startsWith("//") && !rest.startsWith("/*")) {
            return leadEnd;
        }
        return -1;
    }

    /**
     * Whether a call ({@code name(}, a member's too, in backticks or not) follows the blanks at {@code q}: a
     * {@code →} before it joins the next link of a chain ({@code a()→b()}), no note ({@code f() → may fail}).
     */
    private static boolean callFollows(String line, int q) {
        int n = line.length();
        while (q < n && (line.charAt(q) == ' ' || line.charAt(q) == '\t' || line.charAt(q) == '`')) {
            q++;
        }
        int p = name(line, q);
        while (p > 0 && p + 1 < n && (line.startsWith("->", p) || line.charAt(p) == '.')) {
            p = name(line, p + (line.charAt(p) == '.' ? 1 : 2));
        }
        return p > q && p < n && line.charAt(p) == '(';
    }

    /**
     * Where the note after a {@code goto label} (with its {@code :} or {@code ;}) starts, the blank before it,
     * or -1: two or more blanks and text that is no comment ({@code goto not_found:  tb == NULL}, the
     * condition under which the jump is taken). The label is the step; the note may hold any character.
     */
    private static int gotoNoteStart(String line, int afterGoto) {
        int n = line.length();
        int p = afterGoto;
        while (p < n && line.charAt(p) == ' ') {
            p++;
        }
        if (p == afterGoto) {
            return -1;
        }
        p = name(line, p);
        if (p < 0) {
            return -1;
        }
        if (p < n && (line.charAt(p) == ':' || line.charAt(p) == ';')) {
            p++;
        }
        int leadEnd = p;
        int blanks = 0;
        while (p < n && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
            blanks++;
        }
        boolean comment = line.startsWith("//", p) || line.startsWith("/*", p);
        return blanks >= 2 && p < n && !comment ? leadEnd : -1;
    }

    /** Whether a {@code :} and a blank, then text, follow the call that ends at {@code p}. */
    private static boolean colonNote(String line, int p) {
        int n = line.length();
        while (p < n && line.charAt(p) == ' ') {
            p++;
        }
        return p + 2 < n && line.charAt(p) == ':' && line.charAt(p + 1) == ' ' && nonBlankFrom(line, p + 2)
                && line.charAt(p + 2) != ':';
    }

    /** Whether two or more blanks, a number and a blank follow the name that ends at {@code p} (a line number column). */
    private static boolean lineNumberColumn(String line, int p) {
        int n = line.length();
        int q = p;
        while (q < n && line.charAt(q) == ' ') {
            q++;
        }
        if (q - p < 2 || q >= n || !LineScan.isDigit(line.charAt(q))) {
            return false;
        }
        while (q < n && LineScan.isDigit(line.charAt(q))) {
            q++;
        }
        return q < n && line.charAt(q) == ' ' && nonBlankFrom(line, q);
    }

    /** Whether {@code line} holds a character other than white space from {@code p} on (as {@link String#isBlank}, without a copy). */
    private static boolean nonBlankFrom(String line, int p) {
        for (int k = p; k < line.length(); k++) {
            if (!Character.isWhitespace(line.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Where a note that starts at {@code start} ends: before a final {@code {} that opens a body, else the line's end. */
    public static int end(String line, int start) {
        int e = line.length();
        while (e > start && (line.charAt(e - 1) == ' ' || line.charAt(e - 1) == '\t')) {
            e--;
        }
        if (e > start + 1 && line.charAt(e - 1) == '{') {
            int b = e - 1;
            while (b > start && (line.charAt(b - 1) == ' ' || line.charAt(b - 1) == '\t')) {
                b--;
            }
            return b > start ? b : line.length();
        }
        return line.length();
    }

    private static int name(String s, int p) {
        if (p >= s.length() || !(Character.isLetter(s.charAt(p)) && s.charAt(p) < 0x80 || s.charAt(p) == '_')) {
            return -1;
        }
        while (p < s.length() && (s.charAt(p) < 0x80 && Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_')) {
            p++;
        }
        return p;
    }

    private static int closeParen(String s, int open) {
        int depth = 0;
        for (int p = open; p < s.length(); p++) {
            char c = s.charAt(p);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return p + 1;
                }
            } else if (c == '"') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a leading name is code, not an English word: it has an underscore, a digit, a member or an argument list. */
    private static boolean looksLikeCode(String lead) {
        return lead.indexOf('_') >= 0 || lead.indexOf('(') >= 0 || lead.contains("->") || lead.indexOf('.') >= 0
                || lead.chars().anyMatch(LineScan::isDigit);
    }
}
