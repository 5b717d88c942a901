package org.tracenotes.grammar;

import java.util.regex.Pattern;

/**
 * Trace lines the lexer reads whole as a comment, past their margin: a {@code #} line (a
 * preprocessor directive is the one kept as code), a banner, a box's edge, a source path, a remark
 * in brackets or a debugger prompt, and the frames of a pasted gdb backtrace. Each pattern is tried
 * only on a line that starts as it needs.
 */
final class CommentLines {

    private static final Pattern DIRECTIVE =
            Pattern.compile("^#(?:define|include|undef|ifdef|ifndef|if|elif|else|endif|pragma|error|warning)\\b.*");
    /** A line that is only a source path ({@code mm/vmscan.c}): a location note, read as a comment. */
    private static final Pattern PATH_LINE =
            Pattern.compile("^(?:[\\w.-]+/)+[\\w.-]+\\.(?:c|h|S|rs|cc|cpp|py)(?::\\d+)?\\s*$");
    /**
     * A line that is only a remark in brackets, in words ({@code (同向相邻的请求进行一些合并)}), or a
     * debugger prompt ({@code (gdb) bt}): a comment, not a step.
     */
    private static final Pattern REMARK_LINE =
            Pattern.compile("^(?:[(（][^()（）]*[^\\x00-\\x7F][^()（）]*[)）]\\s*|\\((?:gdb|lldb|crash)\\).*)$");
    /** A frame of a pasted gdb backtrace: {@code #1  0xffff… in do_boot_cpu (…)}; its wrapped lines go with it. */
    private static final Pattern GDB_FRAME = Pattern.compile("^#\\d+\\s+(?:0x[0-9a-fA-F]+\\s+in\\s+)?[A-Za-z_]\\w*\\s*\\(");

    private CommentLines() {
    }

    /** Whether the line's rest past its margin, {@code rest}, starts a frame of a gdb backtrace ({@code #1  0x… in f (}). */
    static boolean startsGdbFrame(String rest) {
        return rest.length() > 1 && rest.charAt(0) == '#' && rest.charAt(1) >= '0' && rest.charAt(1) <= '9'
                && GDB_FRAME.matcher(rest).find();
    }

    /**
     * Whether trace line {@code line} of {@code l} ({@code text}; {@code rest} past its margin of {@code s}
     * chars) is read whole as a comment (or a directive, {@link #isDirective}).
     */
    static boolean isCommentLine(NoteLayout l, int line, int s, String text, String rest) {
        return l.margins().remark(line) || rest.startsWith("#") || DownArrowRuns.isBareDownArrow(rest) || banner(l, line, s, text) || BoxedCallTree.edge(rest) || mayBePath(rest) && PATH_LINE.matcher(rest).matches()
                || (rest.startsWith("(") || rest.startsWith("\uFF08")) && REMARK_LINE.matcher(rest).matches()
                || rest.startsWith("[") && BracketedNotes.remarkLine(rest)   // `[the guest runs here]` under a step
                || s > 0 && BranchLabels.isLabel(text)   // `|yes`, `:   no`: which way the branch below goes
                || s > 0 && RuleLabels.isLabel(l, line, s, text) || RuleLabels.isRule(l, line, rest);   // `|      User Space` beside a rule across the tree
    }

    /** Whether a comment line's {@code rest} is a preprocessor directive ({@code #define}, {@code #include} …). */
    static boolean isDirective(String rest) {
        return DIRECTIVE.matcher(rest).matches();
    }

    /** Whether the line, past its margin of {@code s} chars, is a banner ({@link CallTreeLine#banner}). */
    private static boolean banner(NoteLayout l, int line, int s, String text) {
        if (!text.startsWith("***", s)) {
            return false;
        }
        int p = l.start(line) + text.codePointCount(0, s);
        return CallTreeLine.banner(l.codePoints(), p, LineScan.stripEnd(l.codePoints(), p, l.contentEnd(line)));
    }

    /** Needed by {@link #PATH_LINE}: a {@code /} after a first character of a path part. */
    private static boolean mayBePath(String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        char c = rest.charAt(0);
        return (c < 0x80 && Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-') && rest.indexOf('/') > 0;
    }
}
