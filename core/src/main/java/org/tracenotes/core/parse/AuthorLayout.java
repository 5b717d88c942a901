package org.tracenotes.core.parse;

import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.grammar.CodeLines;

/**
 * How real authors lay out a trace, beyond "deeper is a child": which heads own the lines at their
 * own column, which switch a case label belongs to (where plain C at a call's text column belongs is
 * {@link CallBodyColumn}). Each rule reads the open levels of {@link TreeBuilder} and answers with the level a line
 * attaches to; the builder does the attaching. The rules and the gold set they are measured on are
 * described in the README ("Where a line's parent is") and core/src/test/resources/gold/README.md.
 */
final class AuthorLayout {

    private AuthorLayout() {
    }

    /**
     * The head whose body a line at the head's own column is, or null: a {@code case} label's
     * statements written at the label's column ({@code case X:} then {@code -> handle_x()}), the arrows
     * under an arrowless loop or plain call written at its column ({@code zap_memslot(kvm, slot)} then
     * {@code -> unmap_range(kvm)}: a child's arrow stands at its parent's text column), and the one
     * statement under an arrowless
     * {@code if} written at its column, as C without braces has it ({@code if (queued)} then
     * {@code -> resched()}).
     */
    static OpenLevel sameColumnHead(TraceLine line, StepKind kind, int indent, Deque<OpenLevel> stack,
                                    Predicate<TraceLine> opensBrace) {
        if (kind == StepKind.CASE || kind == StepKind.BRACE || kind == StepKind.LABEL) {
            return null;
        }
        OpenLevel at = null;
        for (OpenLevel f : stack) {
            if (f.node() != null && f.level() == indent) {
                at = f;
                break;
            }
            if (f.level() < indent) {
                return null;
            }
        }
        if (at == null || at.braced()) {
            return null;
        }
        StepNode head = at.node();
        if (head.kind == StepKind.CASE) {
            boolean closed = head.line.reading() != null && OneLineCases.label(head.line.reading().text()) != null;
            return !closed && (head.children.isEmpty() || head.children.get(0).level <= at.level()) ? at
                    : pastSwitch(at, stack);   // a one-line case holds its statements: the line goes on past it
        }
        boolean arrowlessHead = head.line.arrow() == Arrow.NONE && head.line.reading() != null
                && head.line.reading().inline() == null && line.arrow() != Arrow.NONE && !opensBrace.test(head.line);
        boolean plainCall = (head.kind == StepKind.CALL || head.kind == StepKind.ASSIGN
                        || head.kind == StepKind.RETURN && head.line.reading().expression() instanceof Expr.Call)
                && head.line.reading().expression() != null && calls(head.line.reading().expression())
                && !head.line.reading().text().startsWith("(");   // `(virtio_blk_start)`: a note naming a target
        if (arrowlessHead && (head.kind == StepKind.LOOP || plainCall)) {
            return at;   // a child's arrow stands at its parent's text column, which for plain C is its column
        }
        boolean bareIf = head.line.arrow() == Arrow.NONE && head.line.reading() != null && head.line.reading().inline() == null
                && line.arrow() == Arrow.NONE && !opensBrace.test(head.line)
                && CodeLines.BARE_IF.matcher(head.line.reading().text()).matches();   // `if (c)` alone: C's one guarded statement
        return (arrowlessHead || bareIf) && head.kind == StepKind.IF && head.children.isEmpty() && at == stack.peek() ? at : null;
    }

    /**
     * Where a line goes that stands at a case label's column when the label's statements are deeper
     * ({@code switch (s)} / {@code case A:} / deeper steps / then a step back at the labels' column):
     * with the labels at their switch's own column, the line is the next step after the switch, in the
     * body the switch is in; null when the labels stand deeper than their switch (the line is then
     * placed by its column as usual).
     */
    private static OpenLevel pastSwitch(OpenLevel label, Deque<OpenLevel> stack) {
        boolean seen = false;
        OpenLevel sw = null;
        for (OpenLevel f : stack) {
            if (sw != null) {
                return f;
            }
            if (seen) {
                if (f.node() == null || f.node().kind != StepKind.SWITCH || f.level() != label.level() || f.braced()) {
                    return null;
                }
                sw = f;
            }
            seen |= f == label;
        }
        return null;
    }

    /**
     * The last step of {@code siblings} when it is a condition written without its {@code if} that an
     * {@code else} at its column continues: an arrow line holding only a test ({@code flags & LOG},
     * {@code !ready}, {@code a == b}) with a body of its own.
     */
    static StepNode conditionWithoutIf(List<StepNode> siblings) {
        for (int i = siblings.size() - 1; i >= 0; i--) {
            StepNode s = siblings.get(i);
            if (s.kind == StepKind.BRACE) {
                continue;
            }
            Expr e = s.line.reading() == null ? null : s.line.reading().expression();
            boolean test = e instanceof Expr.Binary b && TESTS.contains(b.op()) || e instanceof Expr.Unary u && u.op().equals("!");
            return s.kind == StepKind.EXPRESSION && s.role == StepRole.STEP && s.line.arrow() != Arrow.NONE
                    && !s.children.isEmpty() && test ? s : null;
        }
        return null;
    }

    private static final java.util.Set<String> TESTS = java.util.Set.of("&", "&&", "||", "==", "!=", "<", ">", "<=", ">=");

    /** The open switch a case label at {@code indent} belongs to: at or left of the label, with no step between. */
    static OpenLevel enclosingSwitch(int indent, Deque<OpenLevel> stack) {
        for (OpenLevel f : stack) {
            StepNode n = f.node();
            if (n == null) {
                return null;
            }
            if (n.kind == StepKind.SWITCH && f.level() <= indent) {
                return f;
            }
            if (f.level() < indent) {
                return null;
            }
        }
        return null;
    }

    /** Whether an expression calls a function: {@code f(x)}, {@code r = f(x)}, a bare name standing as a call. */
    private static boolean calls(Expr e) {
        return e instanceof Expr.Call || e instanceof Expr.Name || e instanceof Expr.Assign a && a.value() instanceof Expr.Call;
    }

    /**
     * The open case label a case label at {@code indent} is the sibling of, or null: case labels do not
     * nest, so {@code default:} written at the text column of {@code --> case X:} (or under a step of
     * that case's body, at or left of its column) is the next label of the same switch.
     */
    static OpenLevel precedingCase(int indent, Deque<OpenLevel> stack) {
        for (OpenLevel f : stack) {
            StepNode n = f.node();
            if (n == null || n.kind == StepKind.SWITCH) {
                return null;
            }
            if (n.kind == StepKind.CASE) {
                return f.level() <= indent && indent <= n.line.textIndent() ? f : null;
            }
            if (f.level() < indent && !leftOfLabel(f, stack)) {
                return null;   // (a statement written left of its label is passed over)
            }
        }
        return null;
    }

    /**
     * Whether an arrow line is the first statement of the arrowless case label just above, written
     * left of it with its text at the label's column ({@code       case EXIT_HLT:} then
     * {@code    -> handle_halt()}): authors who put a body's plain C at the text column of its arrows
     * write the label there, so the arrow that follows stands one arrow's width left.
     */
    static boolean statementLeftOfLabel(TraceLine line, StepKind kind, Deque<OpenLevel> stack) {
        OpenLevel top = stack.peek();
        if (top == null || top.node() == null || line.arrow() == Arrow.NONE || kind == StepKind.CASE) {
            return false;
        }
        StepNode label = top.node();
        return label.kind == StepKind.CASE && label.line.arrow() == Arrow.NONE && label.children.isEmpty()
                && line.indent() < top.level() && line.textIndent() == top.level();
    }

    /** Whether frame {@code f} is a case's statement written left of its label: the label's frame is just below it, deeper. */
    private static boolean leftOfLabel(OpenLevel f, Deque<OpenLevel> stack) {
        boolean seen = false;
        for (OpenLevel g : stack) {
            if (seen) {
                return g.node() != null && g.node().kind == StepKind.CASE && g.level() > f.level()
                        && g.node().children.contains(f.node());
            }
            seen = g == f;
        }
        return false;
    }

    /**
     * The open {@code {} a closing brace line closes, or null: the one whose step it is aligned with
     * (its arrow or its text), so that a brace the author forgot to close does not swallow the rest;
     * otherwise the innermost open {@code {}, whatever its column: authors align {@code }} with the
     * {@code if} keyword or the continuation line as often as with the arrow.
     */
    static OpenLevel braceClosedBy(TraceLine line, Deque<OpenLevel> stack) {
        for (OpenLevel f : stack) {
            if (f.braced() && f.node() != null
                    && (f.level() == line.indent() || f.node().line.textIndent() == line.indent())) {
                return f;
            }
        }
        return innermostBrace(stack);
    }

    /** The innermost open {@code {}, or null. */
    static OpenLevel innermostBrace(Deque<OpenLevel> stack) {
        for (OpenLevel f : stack) {
            if (f.braced()) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether a bare constant ({@code -> TRAP_BREAK}) stands at the column of an open case label that
     * was itself a bare constant under a switch ({@code -> TRAP_ECALL}): the next label of that switch.
     */
    static boolean constantCaseAt(TraceLine line, Deque<OpenLevel> stack) {
        for (OpenLevel f : stack) {
            if (f.level() > line.indent()) {
                continue;   // the previous label's body
            }
            StepNode label = f.node();
            return label != null && label.kind == StepKind.CASE && f.level() == line.indent()
                    && label.line.reading() != null && label.line.reading().kind() == StepKind.CALL;
        }
        return false;
    }

    /**
     * The open if (or alternative of its chain) whose arrow line's text column an arrowless
     * {@code else} / {@code else if} stands at, or null: authors write the chain at the text of
     * {@code +-> if (a)} ({@code     else if (b)}, {@code     else {}), one chain with the if, not an
     * orphan inside its body. Not when an if at the else's own column could own it.
     */
    static OpenLevel chainAtTextColumn(TraceLine line, Deque<OpenLevel> stack) {
        if (line.arrow() != Arrow.NONE || line.reading() == null || line.reading().text().startsWith("}")) {
            return null;
        }
        for (OpenLevel f : stack) {
            StepNode n = f.node();
            if (n == null) {
                return null;
            }
            StepNode head = n.chainHead != null ? n.chainHead : n;
            if (f.level() == line.indent() && head.kind == StepKind.IF) {
                return null;   // an if at its own column: the ordinary chain
            }
            if (f.level() < line.indent() && head.kind == StepKind.IF && head.line.arrow() != Arrow.NONE
                    && head.line.textIndent() == line.indent() && !n.chainClosed()) {
                return f;
            }
        }
        return null;
    }

    /**
     * Ends the open {@code {} a statement closes when its text ends with a {@code }} of no {@code {}
     * of its own ({@code -> tdx_set_region(bios); }}): the statement, just pushed, and every step inside
     * the brace end with it.
     */
    static void endTrailingBrace(String text, Deque<OpenLevel> stack) {
        OpenLevel brace = innermostBrace(stack);
        if (brace == null || !text.endsWith("}")
                || text.chars().filter(c -> c == '}').count() <= text.chars().filter(c -> c == '{').count()) {
            return;
        }
        while (stack.pop() != brace) {
            // the steps inside the brace end with it
        }
    }

    /**
     * The comment markers ({@code /*}, {@code //}, {@code #}) this block's author uses for steps in words:
     * an arrow holding only a comment of that marker has code deeper below it somewhere in the block
     * ({@code +-> /* from the ring *&#47;} over its body). Any arrow holding a comment of such a marker is
     * then a step in words too, body or not; an author who never gives one a body writes comments so.
     */
    static java.util.Set<String> stepMarkers(List<TraceLine> lines) {
        java.util.Set<String> markers = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isArrowedComment() && bodyFollows(lines, i)) {
                if (markers == null) {
                    markers = new java.util.HashSet<>(2);
                }
                markers.add(l.comments().get(0).marker());
            }
        }
        return markers == null ? java.util.Set.of() : markers;
    }

    /**
     * Whether the line after line {@code index} (blank lines skipped) is code standing deeper than it; a
     * comment line there continues the comment, no body.
     */
    static boolean bodyFollows(List<TraceLine> lines, int index) {
        int indent = lines.get(index).indent();
        for (int i = index + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (!l.isBlank()) {
                return !l.isCommentOnly() && l.indent() > indent;
            }
        }
        return false;
    }

    /** Whether a comment's or a line's text names a source file: {@code drivers/x.c:}. */
    static boolean namesAFile(String text) {
        return FILE_COMMENT.matcher(text).matches();
    }

    /** A comment naming the file an indirect call lands in: {@code // drivers/x.c:}. */
    private static final java.util.regex.Pattern FILE_COMMENT =
            java.util.regex.Pattern.compile("^[\\w./-]+\\.(?:c|h|S|cc|cpp|rs)\\s*[:：]?$");

    /**
     * Whether an arrowless bare name (or member) is where the arrow call just above lands, written
     * below a comment naming the callee's file, at that call's arrow column or right of it but left
     * of its text ({@code -> ops->f()} / {@code // drivers/x.c:} / {@code real_f}): the call's child.
     */
    static boolean landingAfterFileComment(TraceLine line, StepNode call, List<TraceLine> comments) {
        StepReader.Reading r = line.reading();
        if (call == null || line.arrow() != Arrow.NONE || call.line.arrow() == Arrow.NONE || r == null
                || !(r.expression() instanceof Expr.Name || r.expression() instanceof Expr.Member)
                || r.kind() != StepKind.CALL || comments.isEmpty()
                || line.indent() < call.level || line.indent() >= call.line.textIndent()) {
            return false;
        }
        List<org.tracenotes.core.model.Comment> last = comments.get(comments.size() - 1).comments();
        return !last.isEmpty() && FILE_COMMENT.matcher(last.get(0).text().strip()).matches();
    }
}
