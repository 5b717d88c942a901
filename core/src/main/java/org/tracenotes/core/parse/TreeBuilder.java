package org.tracenotes.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.lint.rules.parse.ElseWithoutIf;
import org.tracenotes.core.lint.rules.parse.IndentSnapped;
import org.tracenotes.core.lint.rules.parse.LayoutAmbiguous;

/**
 * Builds the roots and step trees of one trace block from its logical lines. Indentation gives
 * nesting: a deeper line is a child; a line at an open level is a sibling there; a line at a column
 * that no open level has is snapped to the nearest one. Comments never open or close a level and
 * blank lines never close one.
 */
final class TreeBuilder {

    /** A root under construction. */
    private static final class RootNode {
        final RootKind kind;
        final String name;
        final List<String> parameters;
        final TraceLine line;
        final int indent;
        final SourceRange range;
        final List<StepNode> body = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();

        RootNode(RootKind kind, String name, List<String> parameters, TraceLine line, int indent, SourceRange range) {
            this.kind = kind;
            this.name = name;
            this.parameters = parameters;
            this.line = line;
            this.indent = indent;
            this.range = range;
        }
    }

    private final Dialect dialect;
    private final String heading;
    private final SourceRange blockStart;
    private final Consumer<Diagnostic> report;
    private final Predicate<TraceLine> sourceEndsWithBrace;

    private final List<RootNode> roots = new ArrayList<>();
    private final List<Comment> blockComments = new ArrayList<>();
    private final List<TraceLine> pendingComments = new ArrayList<>();
    private final Deque<OpenLevel> stack = new ArrayDeque<>();
    private RootNode root;
    private StepNode last;
    private int baseIndent = -1;
    private boolean bodiesGoDeeper;   // and never at the text column: plain C there is the caller's without doubt
    private boolean rootBraceOpen;
    private List<TraceLine> lines = List.of();
    private int index;                // of the line being added   // a root's `{` on a line of its own is not closed yet

    TreeBuilder(Dialect dialect, String heading, SourceRange blockStart, Consumer<Diagnostic> report,
                Predicate<TraceLine> sourceEndsWithBrace) {
        this.sourceEndsWithBrace = sourceEndsWithBrace;
        this.dialect = dialect;
        this.heading = heading;
        this.blockStart = blockStart;
        this.report = report;
    }

    List<Root> build(List<TraceLine> lines) {
        bodiesGoDeeper = AuthorLayout.bodiesGoDeeper(lines) && !AuthorLayout.bodiesAtTextColumn(lines);
        this.lines = lines;
        TraceLine previous = null;
        for (index = 0; index < lines.size(); index++) {
            TraceLine line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            if (line.isCommentOnly()) {
                pendingComments.add(line);
                continue;
            }
            if (continuesProse(previous, line) && pendingComments.isEmpty()) {
                List<Comment> into = last != null && last.line == previous ? last.comments : root.comments;
                into.add(new Comment("", line.reading().text(), Comment.Placement.TRAILING, line.range()));
                continue;
            }
            previous = line;
            if (root == null && titledBy(line) != null) {
                TraceLine title = titledBy(line);
                pendingComments.remove(pendingComments.size() - 1);
                baseIndent = title.indent();
                startRoot(title);
            }
            if (baseIndent < 0) {
                baseIndent = line.indent();
            }
            if (line.arrow() == Arrow.NONE && line.indent() <= baseIndent
                    && (root == null || (startsRoot(line) || nextLabelledEntry(line)) && !rootBraceOpen)) {
                startRoot(line);
            } else {
                if (root == null) {
                    impliedRoot(line);
                }
                addStep(line);
            }
        }
        settleComments(null, -1);
        List<Root> out = new ArrayList<>();
        for (RootNode r : roots) {
            out.add(new Root(r.kind, r.name, r.parameters, r.line == null ? "" : r.line.reading().text(), r.indent,
                    r.range, freeze(r.body), r.comments, annotations(r.comments)));
        }
        return out;
    }

    List<Comment> blockComments() {
        return blockComments;
    }

    /**
     * Whether an arrowless line of words goes on with the line of words just above rather than being
     * a step of its own: a sentence wrapped onto the next line at its column (the line above is long
     * and stops mid-sentence), or words indented under a root written in words.
     */
    private boolean continuesProse(TraceLine above, TraceLine line) {
        if (above == null || line.arrow() != Arrow.NONE || above.arrow() != Arrow.NONE || line.reading() == null
                || above.reading() == null || line.reading().kind() != StepKind.PROSE
                || above.reading().kind() != StepKind.PROSE || line.indent() < above.indent()) {
            return false;
        }
        if (line.indent() > above.indent()) {
            return root != null && root.line == above && last == null && WORDS.matcher(line.reading().text()).find()
                    && WORDS.matcher(above.reading().text()).find();
        }
        String text = above.reading().text();
        return above.indent() + displayWidth(text) >= WRAP_WIDTH && !SENTENCE_END.matcher(text).find();
    }

    /** A line at least this wide (columns, a CJK character counting two) may be a sentence wrapped by its author. */
    private static final int WRAP_WIDTH = 60;
    /** Words, not code or an elision: three words in a row, or two CJK characters. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+|[\\u4e00-\\u9fff]{2}");
    private static final Pattern SENTENCE_END = Pattern.compile("[。.！!？?：:；;）)]\\s*$");

    private static int displayWidth(String text) {
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
     */
    private TraceLine titledBy(TraceLine first) {
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
     * of a body. A label there ({@code retry:}) is a step: a label is a root only as a block's first line.
     */
    private static boolean startsRoot(TraceLine line) {
        StepReader.Reading r = line.reading();
        return switch (r.kind()) {
            case CALL, DECLARATION, PROSE -> true;
            case EXPRESSION -> r.expression() instanceof Expr.Name;
            default -> false;
        };
    }

    /**
     * A label at the root column of a block whose root is a labelled entry too ({@code open: find the
     * group …} then {@code unlocked_ioctl:}): the block lists entries, each a root.
     */
    private boolean nextLabelledEntry(TraceLine line) {
        return line.reading().kind() == StepKind.LABEL && root != null && root.line != null
                && root.line.indent() == line.indent() && root.line.reading() != null
                && LABELLED.matcher(root.line.reading().text()).lookingAt();
    }

    private static final Pattern LABELLED = Pattern.compile("[A-Za-z_]\\w*:\\s");

    private void startRoot(TraceLine line) {
        settleComments(null, line.indent());
        StepReader.Reading r = line.reading();
        RootKind kind;
        String name;
        List<String> params = List.of();
        if (r.expression() instanceof Expr.Call c && c.callee() instanceof Expr.Name n && r.kind() == StepKind.CALL) {
            kind = c.arguments().stream().anyMatch(Expr.Param.class::isInstance) ? RootKind.PROTOTYPE : RootKind.CALL;
            name = n.name();
            params = c.arguments().stream().map(TreeBuilder::parameterName).toList();
        } else if (r.expression() instanceof Expr.Name n && r.kind() == StepKind.CALL) {
            kind = RootKind.NAME;
            name = n.name();
        } else if (r.kind() == StepKind.DECLARATION && r.label() != null) {
            kind = RootKind.PROTOTYPE;
            name = r.label();
            params = StepReader.prototypeParameters(r.context());
        } else if (r.kind() == StepKind.LABEL) {
            kind = RootKind.LABEL;
            name = r.label();
        } else {
            kind = RootKind.PROSE;
            name = r.text();
        }
        root = new RootNode(kind, name, params, line, line.indent(), line.range());
        take(root.comments, pendingComments, Comment.Placement.LEADING);
        root.comments.addAll(line.comments());
        roots.add(root);
        stack.clear();
        stack.push(new OpenLevel(line.indent() - 1, null));
        last = null;
        rootBraceOpen = false;
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

    private void impliedRoot(TraceLine first) {
        String name = heading != null && Note.isIdentifier(heading) ? heading : "(implied)";
        root = new RootNode(RootKind.IMPLIED, name, List.of(), null, first.indent(), blockStart);
        take(root.comments, pendingComments, Comment.Placement.LEADING);
        roots.add(root);
        stack.clear();
        stack.push(new OpenLevel(first.indent() - 1, null));
        last = null;
    }

    private void addStep(TraceLine line) {
        StepReader.Reading r = line.reading();
        StepKind kind = r == null ? StepKind.PROSE : r.kind();
        StepRole role = StepRole.STEP;
        if (kind == StepKind.ELSE || kind == StepKind.ELSE_IF) {
            role = StepRole.ALTERNATIVE;
        } else if (dialect == Dialect.SEED && line.arrow() == Arrow.DASH && kind == StepKind.IF) {
            kind = StepKind.ELSE_IF;
            role = StepRole.ALTERNATIVE;
        } else if (dialect == Dialect.CALL && line.arrow() == Arrow.STEP) {
            role = StepRole.RESOLVED_TARGET;
        }

        if (kind == StepKind.CALL && r != null && r.expression() instanceof Expr.Name n
                && StepReader.CASE_CONSTANT.matcher(n.name()).matches() && stack.peek().node() != null
                && stack.peek().node().kind == StepKind.SWITCH && line.indent() > stack.peek().level()) {
            kind = StepKind.CASE;   // `-> RISCV_EXCP_U_ECALL` under a switch: a case label written as a child
        }
        int indent = line.indent();
        if (r != null && r.text().startsWith("}")) {
            // a closing brace closes the open `{` whose step it is aligned with (its arrow or its text), so
            // that a brace the author forgot to close does not swallow the rest; otherwise the innermost
            // open `{`, whatever its column: authors align `}` with the `if` keyword or the continuation
            // line as often as with the arrow
            OpenLevel aligned = null;
            OpenLevel innermost = null;
            for (OpenLevel f : stack) {
                if (f.braced()) {
                    innermost = innermost == null ? f : innermost;
                    if (aligned == null && f.node() != null
                            && (f.level() == line.indent() || f.node().line.textIndent() == line.indent())) {
                        aligned = f;
                    }
                }
            }
            OpenLevel closed = aligned != null ? aligned : innermost;
            if (closed == null) {
                rootBraceOpen = false;
            }
            if (closed != null) {
                indent = closed.level();
                while (stack.peek() != closed && stack.peek().braced() && closed != innermost) {
                    stack.pop();   // the unclosed braces inside it end with it
                }
            }
        }
        if (kind == StepKind.BRACE && r != null && r.text().equals("{") && last != null && stack.peek().node() == last
                && last.children.isEmpty() && indent >= last.level && indent <= last.line.textIndent()) {
            openBraceBody(line);
            return;
        }
        if (kind == StepKind.BRACE && r != null && r.text().equals("{") && last == null && root.body.isEmpty()
                && root.line != null && indent <= root.indent + 4) {
            // `{` under a C definition standing as a root: the root's body follows, at any column
            settleComments(null, indent);
            StepNode brace = new StepNode(line, StepKind.BRACE, StepRole.STEP, indent, false);
            take(brace.comments, pendingComments, Comment.Placement.LEADING);
            brace.comments.addAll(line.comments());
            root.body.add(brace);
            rootBraceOpen = true;   // until its `}`, every line is the root's body, whatever its column
            return;
        }
        StepNode parent;
        int level;
        boolean snapped = false;
        OpenLevel continued = AuthorLayout.callContinued(line, stack, this::opensBrace);
        if (continued != null && AuthorLayout.laterArrowAtColumn(lines, index)) {
            continued = null;   // a later arrow at this column is the call's child: the call's body runs through here
        }
        if (continued != null && !bodiesGoDeeper) {
            String call = continued.node().line.reading() == null ? "" : continued.node().line.reading().text();
            report.accept(new Diagnostic(LayoutAmbiguous.ID, Severity.INFO,
                    "read as the caller's next statement after `" + call + "`, standing at that call's text column; "
                            + "it could be the first line of `" + call + "`'s body (indent it deeper to say so)",
                    line.range()));
        }
        if (continued != null) {
            while (stack.peek() != continued) {
                stack.pop();
            }
            stack.pop();   // plain C at the text column of a call above: the caller's next statement
        }
        OpenLevel top = stack.peek();
        OpenLevel sameColumnHead = role == StepRole.STEP ? AuthorLayout.sameColumnHead(line, kind, indent, stack, this::opensBrace) : null;
        if (sameColumnHead != null) {
            while (stack.peek() != sameColumnHead) {
                stack.pop();
            }
            parent = sameColumnHead.node();
            level = indent;
        } else if (kind == StepKind.CASE && role == StepRole.STEP && AuthorLayout.enclosingSwitch(indent, stack) != null) {
            OpenLevel sw = AuthorLayout.enclosingSwitch(indent, stack);
            while (stack.peek() != sw) {
                stack.pop();
            }
            parent = sw.node();
            level = indent;
        } else if (kind == StepKind.CASE && role == StepRole.STEP && AuthorLayout.precedingCase(indent, stack) != null) {
            OpenLevel previous = AuthorLayout.precedingCase(indent, stack);
            while (stack.peek() != previous) {
                stack.pop();
            }
            stack.pop();
            parent = previous.node() == null ? null : stack.peek().node();
            level = previous.level();
        } else if (role == StepRole.RESOLVED_TARGET && last != null && Math.abs(indent - last.level) <= 4 && top.node() == last) {
            parent = last;
            level = Math.max(indent, last.level + 1);
        } else if (indent > top.level()) {
            parent = top.node();
            level = indent;
        } else {
            OpenLevel match = find(indent);
            if (match == null) {
                // Between two open levels: nearer the deeper one, it is that one's sibling, snapped;
                // otherwise it opens a new level inside the shallower one.
                OpenLevel inner = null;
                OpenLevel outer = null;
                for (OpenLevel f : stack) {
                    if (f.level() > indent) {
                        inner = f;
                    } else {
                        outer = f;
                        break;
                    }
                }
                if (inner != null && outer != null && inner.level() - indent < indent - outer.level()) {
                    match = inner;
                    snapped = true;
                    report.accept(new Diagnostic(IndentSnapped.ID, Severity.WARNING,
                            "indentation " + indent + " matches no open level; read as " + inner.level(), line.range()));
                }
            }
            if (match == null) {
                while (stack.peek().level() >= indent && stack.size() > 1) {
                    stack.pop();
                }
                parent = stack.peek().node();
                level = Math.max(indent, stack.peek().level() + 1);
            } else if (match.braced() && role != StepRole.ALTERNATIVE) {
                while (stack.peek() != match) {
                    stack.pop();
                }
                parent = match.node();
                level = match.level();
            } else {
                while (stack.peek() != match) {
                    stack.pop();
                }
                stack.pop();
                parent = stack.peek().node();
                level = match.level();
                if (role == StepRole.ALTERNATIVE && r != null && r.text().startsWith("}") && stack.peek().braced()
                        && parent != null && parent.level == level) {
                    // `} else {` at the column of a braced `if {`: it closes the if's body and continues its chain
                    stack.pop();
                    parent = stack.peek().node();
                }
            }
        }

        StepNode node = new StepNode(line, kind, role, level, snapped);
        boolean closesBraces = kind == StepKind.BRACE && r != null && r.text().startsWith("}")
                && stack.peek().braced() && stack.peek().node() == parent && level == parent.level;
        settleComments(parent, level);
        take(node.comments, pendingComments, Comment.Placement.LEADING);
        node.comments.addAll(line.comments());

        if (role == StepRole.ALTERNATIVE) {
            StepNode head = openChain(parent);
            if (head != null) {
                node.chainHead = head;
                head.alternatives.add(node);
            } else if (line.arrow() == Arrow.DASH && kind == StepKind.ELSE_IF && r != null && r.kind() == StepKind.IF) {
                report.accept(new Diagnostic(ElseWithoutIf.ID, Severity.WARNING,
                        "`->` marks an alternative in the seed dialect, but no `if` is open at this level; read as an `if`",
                        line.range()));
                node.kind = StepKind.IF;
                node.role = StepRole.STEP;
                attach(parent, node);
            } else {
                report.accept(new Diagnostic(ElseWithoutIf.ID, Severity.WARNING,
                        "`" + (r == null ? "else" : r.text()) + "` has no open `if` at this level", line.range()));
                attach(parent, node);
            }
        } else {
            attach(parent, node);
        }
        if (closesBraces) {
            stack.pop();   // its `}` ends the body: no later line is in it, whatever its column
        } else {
            // the one statement under an arrowless if or loop at its column: the next line there is the head's sibling
            boolean oneStatement = parent != null && level == parent.level && stack.peek().node() == parent
                    && !stack.peek().braced() && parent.line.arrow() == Arrow.NONE
                    && parent.kind == StepKind.IF;
            stack.push(new OpenLevel(level, node, opensBrace(line), oneStatement));
        }
        last = node;
    }

    /**
     * A lone {@code {} at the column of the step just above opens that step's body: the brace and
     * every line from there to the closing {@code }} at the same column are its children.
     */
    private void openBraceBody(TraceLine line) {
        StepNode owner = last;
        StepNode brace = new StepNode(line, StepKind.BRACE, StepRole.STEP, owner.level, false);
        settleComments(owner, owner.level);
        take(brace.comments, pendingComments, Comment.Placement.LEADING);
        brace.comments.addAll(line.comments());
        owner.children.add(brace);
        stack.pop();
        stack.push(new OpenLevel(owner.level, owner, true));
    }

    /** Whether a line ends with {@code {}: its body may then stand at its own column until {@code }}. */
    private boolean opensBrace(TraceLine line) {
        return line.reading() != null && sourceEndsWithBrace.test(line);
    }

    /** The if whose chain is still open as the last step under {@code parent} (a lone brace between is skipped). */
    private StepNode openChain(StepNode parent) {
        List<StepNode> siblings = parent == null ? root.body : parent.children;
        for (int i = siblings.size() - 1; i >= 0; i--) {
            StepNode s = siblings.get(i);
            if (s.kind == StepKind.BRACE) {
                continue;
            }
            StepNode head = s.chainHead != null ? s.chainHead : s;
            return head.kind == StepKind.IF && !s.chainClosed() ? head : null;
        }
        return null;
    }

    private void attach(StepNode parent, StepNode node) {
        (parent == null ? root.body : parent.children).add(node);
    }

    /** The open step frame at exactly {@code indent}, or null; the one statement under an arrowless if at the if's column is passed over. */
    private OpenLevel find(int indent) {
        for (OpenLevel f : stack) {
            if (f.node() != null && f.level() == indent && !f.sameColumnBody()) {
                return f;
            }
        }
        return null;
    }

    /**
     * Decides where the comments seen since the last step belong, now that the next element is
     * known ({@code nextParent}/{@code nextLevel}; level -1 means the end of the block or a new root).
     * They are the last step's <em>body</em> — the step is elided — when the next element is not its
     * child and they stand inside it: deeper than the step, or, for an if/else/loop/case head with
     * nothing on its line, at its column when they say the body was skipped ({@code ## 先略}). A deeper
     * comment above the next step is that step's leading comment unless it says something was skipped,
     * or it is under a branch head whose body it must be. The rest lead the next element.
     */
    private void settleComments(StepNode nextParent, int nextLevel) {
        if (pendingComments.isEmpty()) {
            return;
        }
        StepNode p = last;
        boolean nextIsChild = p != null && nextParent == p;
        if (p != null && !nextIsChild && p.children.isEmpty() && !p.elided) {
            boolean emptyHead = p.kind.isBranchHead() && (p.line.reading() == null || p.line.reading().inline() == null);
            List<TraceLine> body = new ArrayList<>();
            for (TraceLine c : pendingComments) {
                boolean deeper = c.indent() > p.level;
                boolean sameColumn = c.indent() == p.level;
                if (!(deeper || sameColumn && emptyHead)) {
                    break;
                }
                body.add(c);
            }
            boolean skipped = body.stream().anyMatch(TreeBuilder::saysSkipped);
            boolean allDeeper = body.stream().allMatch(c -> c.indent() > p.level);
            if (!body.isEmpty() && (skipped || emptyHead && allDeeper && nextLevel <= p.level)) {
                pendingComments.subList(0, body.size()).clear();
                take(p.comments, body, Comment.Placement.BODY);
                p.elided = true;
            }
        }
        if (nextLevel < 0 && !pendingComments.isEmpty()) {
            take(blockComments, pendingComments, Comment.Placement.END);
        }
    }

    /** Whether a comment line says a body was left out ({@link Comment#saysSkipped}). */
    private static boolean saysSkipped(TraceLine commentLine) {
        return commentLine.comments().stream().anyMatch(Comment::saysSkipped);
    }

    private static void take(List<Comment> into, List<TraceLine> lines, Comment.Placement placement) {
        for (TraceLine l : lines) {
            for (Comment c : l.comments()) {
                into.add(new Comment(c.marker(), c.text(), placement, c.range()));
            }
        }
        lines.clear();
    }

    private List<Step> freeze(List<StepNode> nodes) {
        List<Step> out = new ArrayList<>(nodes.size());
        for (StepNode n : nodes) {
            out.add(freeze(n));
        }
        return out;
    }

    private Step freeze(StepNode n) {
        StepReader.Reading r = n.line.reading();
        return new Step(n.kind, n.line.arrow(), n.role, r == null ? "" : r.text(), r == null ? null : r.expression(),
                r == null || r.inline() == null ? null : inlineStep(r.inline(), n.line),
                r == null ? null : r.label(), r == null ? null : r.declaredType(), n.level, n.snapped, n.line.range(),
                freeze(n.children), freeze(n.alternatives), n.comments, annotations(n.comments), n.elided);
    }

    private static Step inlineStep(StepReader.Reading r, TraceLine line) {
        return new Step(r.kind(), Arrow.NONE, StepRole.STEP, r.text(), r.expression(),
                r.inline() == null ? null : inlineStep(r.inline(), line), r.label(), r.declaredType(), line.indent(),
                false, line.range(), List.of(), List.of(), List.of(), List.of(), false);
    }

    static List<Annotation> annotations(List<Comment> comments) {
        return comments.stream().filter(Comment::isAnnotation).map(Annotation::of).toList();
    }
}
