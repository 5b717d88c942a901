package org.tracenotes.core.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.StepKind;

/**
 * How the arrowless lines of a block stand to its roots: which line starts a root and what kind of
 * root it is, which path line titles a block, which line of words goes on with the one above. The
 * rules answer from the lines alone; {@link TreeBuilder} does the building.
 */
final class RootLines {

    private RootLines() {
    }

    /** What a root line says: its kind, its name, its parameter names. */
    record Head(RootKind kind, String name, List<String> parameters) { }

    /**
     * Whether an arrowless line of words goes on with the line of words just above rather than being
     * a step of its own: a sentence wrapped onto the next line at its column (the line above is long
     * and stops mid-sentence), or words indented under a root written in words ({@code underRootInWords}:
     * the line above is the current root's line and no step has been read under it yet).
     */
    static boolean continuesProse(TraceLine above, TraceLine line, boolean underRootInWords) {
        if (above == null || line.arrow() != Arrow.NONE || above.arrow() != Arrow.NONE || line.reading() == null
                || above.reading() == null || line.reading().kind() != StepKind.PROSE
                || above.reading().kind() != StepKind.PROSE || line.indent() < above.indent()) {
            return false;
        }
        if (line.indent() > above.indent()) {
            return underRootInWords && WORDS.matcher(line.reading().text()).find()
                    && WORDS.matcher(above.reading().text()).find();
        }
        String text = above.reading().text();
        return above.indent() + displayWidth(text) >= WRAP_WIDTH && !SENTENCE_END.matcher(text).find()
                && !ConditionWords.opensCondition(line.reading().text()) && !PlainTextCalls.opensWithCall(line.reading().text());
    }

    /**
     * Whether an arrowless line goes on with the step just above it whose statement keyword led code
     * the grammar could not read and which stops on an operator ({@code return a |} above
     * {@code (1 << B)}): deeper than that step, it is the rest of its expression.
     */
    static boolean continuesKeywordStep(TraceLine above, TraceLine line) {
        if (above == null || line.arrow() != Arrow.NONE || line.reading() == null || above.reading() == null
                || line.indent() <= above.indent() || above.reading().expression() != null
                || above.reading().kind() == StepKind.PROSE
                || !(above.reading().context() instanceof org.tracenotes.grammar.TraceParser.ProseContext)) {
            return false;
        }
        String text = above.reading().text().strip();
        return StepReader.keywordKind(text) == above.reading().kind() && OPEN_END.matcher(text).find();
    }

    /** Whether a line is a sentence in words set in braces on one line ({@code { 这里调用 f() }}). */
    static boolean bracedSentence(String text) {
        int n = text.length();
        return n > 4 && text.charAt(0) == '{' && text.charAt(n - 1) == '}' && CJK_WORDS.matcher(text).find()
                && text.indexOf('{', 1) < 0;
    }

    /**
     * Whether an arrowless line goes on with the step just above it that stops on a logical operator
     * ({@code --> ready(x) &&} above {@code start(x)}): the rest of its condition, at whatever column the
     * author wrapped it to; likewise the lines of a macro's definition ({@code #define each(x)  \\}), each
     * line after one ending with {@code \\} up to the first that does not: the line right before
     * {@code lines[index]} ends with {@code \\}.
     */
    static boolean continuesCondition(List<TraceLine> lines, int index, TraceLine above) {
        TraceLine line = lines.get(index);
        if (above == null || line.arrow() != Arrow.NONE || line.reading() == null || above.reading() == null) {
            return false;
        }
        if (StepReader.endsWithLogicalOperator(above.reading().text())) {
            return true;
        }
        return macroGoesOn(lines, index);
    }

    /**
     * Whether {@code lines[index]} is a line of a macro's definition after its first: the code line before
     * it, comment lines passed over, ends with {@code \\} (a {@code \\} in a comment of the note is not in a
     * reading's text, and joins nothing).
     */
    static boolean macroGoesOn(List<TraceLine> lines, int index) {
        for (int k = index - 1; k >= 0; k--) {
            TraceLine l = lines.get(k);
            if (l.reading() != null) {
                String text = l.reading().text();
                int end = text.length();
                while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                    end--;
                }
                return end > 0 && text.charAt(end - 1) == '\\';
            }
            if (!l.isCommentOnly()) {
                return false;   // a blank line ends a definition
            }
        }
        return false;
    }

    /**
     * Whether an arrowless line starting with {@code :} goes on with the step above: it stands right
     * under a colon of that step's line ({@code -> ops->attach : legacy_attach} above
     * {@code                      : cdev_attach}), another implementation listed the same way.
     */
    static boolean continuesAlternative(TraceLine above, TraceLine line) {
        if (above == null || line.arrow() != Arrow.NONE || line.reading() == null || above.reading() == null
                || !line.reading().text().startsWith(":") || line.indent() <= above.textIndent()) {
            return false;
        }
        String text = above.reading().text();
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            if (above.textIndent() + displayWidth(text.substring(0, i)) == line.indent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the arrowless line {@code index} is a sentence introducing the root below it rather than
     * a root: words ending with a colon ({@code 在 ring.c 里有 alloc 的实现：}) at the root column, the
     * next line an arrowless line at that same column (the root it introduces).
     */
    static boolean introducesNextRoot(List<TraceLine> lines, int index, int baseIndent) {
        TraceLine line = lines.get(index);
        StepReader.Reading r = line.reading();
        if (line.arrow() != Arrow.NONE || r == null || r.kind() != StepKind.PROSE || baseIndent >= 0 && line.indent() > baseIndent
                || !INTRO_END.matcher(r.text()).find() || !WORDS.matcher(r.text()).find()) {
            return false;
        }
        for (int i = index + 1; i < lines.size(); i++) {
            TraceLine next = lines.get(i);
            if (!next.isBlank()) {
                return next.arrow() == Arrow.NONE && next.reading() != null && next.indent() == line.indent()
                        && !INTRO_END.matcher(next.reading().text()).find();
            }
        }
        return false;
    }

    /**
     * Whether the arrowless line {@code index}, under a step its author led with an arrow, is a remark on
     * that step rather than a step in words, with no body below: words under the step's text, nothing
     * after them at their column ({@code +-> crypto_compress} / {@code     调用压缩的API}: what the call
     * does), or a sentence of clauses
     * at the step's own column ({@code 这段代码创建…，然后…}, {@code 将信息flush, 也就是…}); or the wrapped
     * rest of such a remark at its column ({@code remarkAbove}: long, no sentence end), or a sentence of its
     * own after it, read as the first; or words ending
     * with a colon right above an arrow step at their column, introducing it. A step in words at
     * a step's column is a phrase ({@code 在rcu锁里得到file的指针}, {@code 遍历每个page}).
     */
    static boolean isRemark(List<TraceLine> lines, int index, StepNode above, TraceLine remarkAbove) {
        TraceLine line = lines.get(index);
        StepReader.Reading r = line.reading();
        if (r != null && line.arrow() == Arrow.NONE && bracedSentence(r.text())) {
            return true;   // `{ 这里调用 f() }`: a sentence set in braces, even when it quotes a call
        }
        if (line.arrow() != Arrow.NONE || r == null || above == null || above.line.arrow() == Arrow.NONE
                || line.indent() < above.level || remarkAbove == null && (r.kind() != StepKind.PROSE || r.expression() != null)
                || AuthorLayout.bodyFollows(lines, index)) {
            return false;
        }
        if (remarkAbove != null && remarkAbove.indent() == line.indent()) {
            String text = remarkAbove.comments().get(0).text();
            if (remarkAbove.indent() + displayWidth(text) >= WRAP_WIDTH && !SENTENCE_END.matcher(text).find()) {
                return true;
            }   // else a sentence of its own after the remark: a second remark on the same step, as the first is
        }
        if (r.kind() != StepKind.PROSE || r.expression() != null) {
            return false;
        }
        if (INTRO_END.matcher(r.text()).find() && CJK_WORDS.matcher(r.text()).find()) {
            TraceLine next = nextNonBlank(lines, index);
            return next != null && next.arrow() != Arrow.NONE && next.indent() == line.indent();
        }
        return CLAUSES.matcher(r.text()).find()
                || line.indent() > above.line.indent() && CJK_WORDS.matcher(r.text()).find()
                    && lastAtItsColumn(lines, index);
    }

    private static TraceLine nextNonBlank(List<TraceLine> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    /**
     * Whether nothing follows the words of line {@code index} at their column (their own wrapped rest
     * aside): the next line stands left of them, or the block ends.
     */
    private static boolean lastAtItsColumn(List<TraceLine> lines, int index) {
        TraceLine line = lines.get(index);
        String text = line.reading().text();
        for (int i = index + 1; i < lines.size(); i++) {
            TraceLine next = lines.get(i);
            if (next.isBlank()) {
                continue;
            }
            if (next.indent() != line.indent() || next.arrow() != Arrow.NONE || next.reading() == null
                    || line.indent() + displayWidth(text) < WRAP_WIDTH || SENTENCE_END.matcher(text).find()) {
                return next.indent() < line.indent();
            }
            text = next.reading().text();   // the wrapped rest of the words
        }
        return true;
    }

    /** Clauses of words: a comma after CJK, or a full-width one. */
    private static final Pattern CLAUSES = Pattern.compile("[\\u4e00-\\u9fff][^，,]*(?:，|,(?:\\s|$))");
    private static final Pattern CJK_WORDS = Pattern.compile("[\\u4e00-\\u9fff]{2}");

    private static final Pattern INTRO_END = Pattern.compile("[:：]\\s*$");

    /** An expression stopping on a binary operator or an open conditional: more of it follows. */
    private static final Pattern OPEN_END = Pattern.compile("(?:[|&+\\-*/%^<>=,(]|\\?|\\?.*:)$");

    /** A line at least this wide (columns, a CJK character counting two) may be a sentence wrapped by its author. */
    private static final int WRAP_WIDTH = 60;
    /** Words, not code or an elision: three words in a row, or two CJK characters. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+|[\\u4e00-\\u9fff]{2}");
    private static final Pattern SENTENCE_END = Pattern.compile("[。.！!？?：:；;）)]\\s*$");

    static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return w;
    }

    /**
     * The source path line standing as the title of a block, or null: a block that opens with a path
     * ({@code mm/vmscan.c}) and then a line of code indented under it is the code of that file, the
     * path its root. A path followed by a line at its own column is a location note on that line.
     * {@code pendingComments} are the comment lines read before {@code first}.
     */
    static TraceLine titledBy(TraceLine first, List<TraceLine> pendingComments) {
        if (pendingComments.isEmpty() || first.arrow() != Arrow.NONE) {
            return null;
        }
        TraceLine p = pendingComments.get(pendingComments.size() - 1);
        if (p.comments().size() != 1 || p.indent() >= first.indent() || !p.comments().get(0).marker().isEmpty()
                || !SOURCE_PATH.matcher(p.comments().get(0).text()).matches()) {
            return null;
        }
        String path = p.comments().get(0).text();
        return new TraceLine(p.line(), p.indent(), p.indent(), Arrow.NONE,
                new StepReader.Reading(StepKind.PROSE, path, null, null, null, null, null), p.range(), List.of());
    }

    private static final Pattern SOURCE_PATH = Pattern.compile("[\\w.-]+(?:/[\\w.-]+)+");

    /**
     * An arrowless line at the base indent, after a root, starts a new root unless it is a statement
     * of a body or an elision ({@code ...}: the rest of the body is left out). A label there ({@code retry:}) is a step: a label is a root only as a block's first line.
     */
    static boolean startsRoot(TraceLine line) {
        StepReader.Reading r = line.reading();
        return switch (r.kind()) {
            case CALL, DECLARATION -> true;
            case PROSE -> !(r.expression() instanceof Expr.Ellipsis) && !ELISION.matcher(r.text()).matches();
            case EXPRESSION -> r.expression() instanceof Expr.Name || listItemName(r);
            default -> false;
        };
    }

    /**
     * Whether a line is a Markdown list item naming a function ({@code - iommu_sva_unbind_device}), which
     * the grammar reads as a negation: no C statement negates a bare name and drops the result.
     */
    private static boolean listItemName(StepReader.Reading r) {
        return r.text().startsWith("- ") && r.expression() instanceof Expr.Unary u && u.op().equals("-")
                && u.operand() instanceof Expr.Name;
    }

    /**
     * Whether {@code line}, right below the root line {@code typeLine} at its column, is the rest of a
     * definition's head that kernel style splits after the return type ({@code static void} above
     * {@code avg_update(struct rq *rq)}): the root line holds type words only, the line names a function
     * with its parameters.
     */
    static boolean continuesHead(TraceLine typeLine, TraceLine line) {
        StepReader.Reading r = line.reading();
        String type = typeLine.reading() == null ? "" : typeLine.reading().text();
        return line.arrow() == Arrow.NONE && typeLine.arrow() == Arrow.NONE && line.indent() == typeLine.indent()
                && r != null && (r.kind() == StepKind.CALL || r.kind() == StepKind.DECLARATION)   // the cheap tests first
                && RETURN_TYPE.matcher(type).matches() && (type.indexOf(' ') > 0 || type.indexOf('*') > 0 || BASIC_TYPE.matcher(type).matches())
                && head(line).kind() == RootKind.PROTOTYPE;
    }

    /** Type words only: specifiers, a type name, stars ({@code static inline unsigned long}, {@code struct page *}). */
    private static final Pattern RETURN_TYPE = Pattern.compile(
            "(?:(?:static|inline|extern|const|volatile|unsigned|signed|long|short|noinline|__always_inline|__init|__cold)\\s+)*"
                    + "(?:(?:struct|union|enum)\\s+)?[A-Za-z_]\\w*(?:\\s*\\*+)?");

    /** A type that stands alone on a line only as a return type ({@code int}, not any single name). */
    private static final Pattern BASIC_TYPE = Pattern.compile("void|int|bool|char|long|[usUS](?:8|16|32|64)|size_t|ssize_t|vm_fault_t");

    private static final Pattern ELISION = Pattern.compile("[.…。]{3,}|\\[\\.{3,}\\]");

    /**
     * Whether an arrowless line at the root column defines a variable with an initialiser
     * ({@code static const struct ops foo_ops = {}): a definition written after (or before) a trace,
     * standing at the top level of the block, never a step of the root above nor a root that calls.
     */
    static boolean definesVariable(TraceLine line, int baseIndent) {
        StepReader.Reading r = line.reading();
        return line.arrow() == Arrow.NONE && r != null && line.indent() <= baseIndent && r.kind() == StepKind.ASSIGN
                && r.declaredType() != null && r.expression() instanceof Expr.Assign a && a.value() instanceof Expr.InitList;
    }

    /**
     * Whether a line is a macro's definition at the block's margin ({@code #define each(x) …} quoted after
     * a trace): a definition of its own, no step of the root above, when no step of that root follows it.
     */
    static boolean definesMacro(List<TraceLine> lines, int index, int baseIndent) {
        TraceLine line = lines.get(index);
        StepReader.Reading r = line.reading();
        if (r == null || r.kind() != StepKind.DIRECTIVE || line.indent() > baseIndent || !r.text().startsWith("#define")) {
            return false;
        }
        for (int k = index + 1; k < lines.size(); k++) {
            TraceLine t = lines.get(k);
            if (t.reading() == null || macroGoesOn(lines, k)) {
                continue;   // the definition's own lines
            }
            return t.arrow() == Arrow.NONE && (t.indent() <= baseIndent || t.reading().kind() == StepKind.DIRECTIVE);
        }
        return true;   // the block ends with it
    }

    /**
     * A label at the root column of a block whose root is a labelled entry too ({@code open: find the
     * group …} then {@code unlocked_ioctl:}): the block lists entries, each a root. {@code rootLine} is
     * the current root's line, null when there is none or it is implied.
     */
    static boolean nextLabelledEntry(TraceLine line, TraceLine rootLine) {
        return line.reading().kind() == StepKind.LABEL && rootLine != null
                && rootLine.indent() == line.indent() && rootLine.reading() != null
                && LABELLED.matcher(rootLine.reading().text()).lookingAt();
    }

    private static final Pattern LABELLED = Pattern.compile("[A-Za-z_]\\w*:\\s");

    /** What a line starting a root says: a call or prototype with its parameters, a name, a label, or words. */
    static Head head(TraceLine line) {
        StepReader.Reading r = line.reading();
        if (r.expression() instanceof Expr.Call c && c.callee() instanceof Expr.Name n && r.kind() == StepKind.CALL) {
            RootKind kind = c.arguments().stream().anyMatch(Expr.Param.class::isInstance) ? RootKind.PROTOTYPE : RootKind.CALL;
            return new Head(kind, n.name(), c.arguments().stream().map(RootLines::parameterName).toList());
        }
        if (r.expression() instanceof Expr.Name n && r.kind() == StepKind.CALL) {
            return new Head(RootKind.NAME, n.name(), List.of());
        }
        if (r.kind() == StepKind.DECLARATION && r.label() != null) {
            return new Head(RootKind.PROTOTYPE, r.label(), StepReader.prototypeParameters(r.context()));
        }
        if (r.kind() == StepKind.LABEL) {
            return new Head(RootKind.LABEL, r.label(), List.of());
        }
        return new Head(RootKind.PROSE, r.text(), List.of());
    }

    private static String parameterName(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.Param p) {
            return p.name();
        }
        if (e instanceof Expr.Binary b && b.op().equals("*") && b.right() instanceof Expr.Name n) {
            return n.name();   // `dma_addr_t *handle` reads as a product; in a signature it is a parameter
        }
        if (e instanceof Expr.Omitted) {
            return "_";
        }
        return e instanceof Expr.Ellipsis ? "..." : "_";
    }
}
