package org.tracenotes.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;

/**
 * The tree of one trace block while {@link TreeBuilder} reads its lines: the roots so far, the levels still
 * open (the stack), the last step, the comments waiting for an owner, whether a root's braced body is open;
 * and the moves that change it: start a root or an implied one, open a lone brace's body, close the inner
 * braces of a {@code }}}} line, attach a step, settle the waiting comments.
 */
abstract class BlockTreeState {

    final Dialect dialect;
    final String heading;
    final SourceRange blockStart;
    final Consumer<Diagnostic> report;
    final java.util.function.ToIntFunction<TraceLine> lastChar;   // a line's last source character
    final java.util.function.Predicate<TraceLine> stemLed;   // a line drawn with a leading `|   ` stem
    final java.util.function.ToIntFunction<TraceLine> lead;   // what leads a line: a `+-` branch, an item ({@link RootlessForests})

    final List<RootNode> roots = new ArrayList<>();
    final List<Comment> blockComments = new ArrayList<>();
    final List<TraceLine> pendingComments = new ArrayList<>();
    final Deque<OpenLevel> stack = new ArrayDeque<>();
    RootNode root;
    StepNode last;
    int baseIndent = -1;
    boolean rootBraceOpen;
    boolean rootBraceClosed;  // the root's `{ … }` body has ended: nothing after it at its column is in it
    List<TraceLine> lines = List.of();
    int index;                // of the line being added   // a root's `{` on a line of its own is not closed yet

    BlockTreeState(Dialect dialect, String heading, SourceRange blockStart, Consumer<Diagnostic> report,
                java.util.function.ToIntFunction<TraceLine> lastChar, java.util.function.Predicate<TraceLine> stemLed,
                java.util.function.ToIntFunction<TraceLine> lead) {
        this.lastChar = lastChar;
        this.stemLed = stemLed;
        this.lead = lead;
        this.dialect = dialect;
        this.heading = heading;
        this.blockStart = blockStart;
        this.report = report;
    }

    /** The comments of the step or root read from {@code line}, the last line read, or null. */
    final List<Comment> trailingCommentsOf(TraceLine line) {
        if (line == null) {
            return null;
        }
        if (last != null) {
            return last.line == line ? last.comments : null;
        }
        return root != null && root.line == line ? root.comments : null;
    }

    List<Comment> blockComments() {
        return blockComments;
    }

    final void startRoot(TraceLine line) {
        settleComments(null, line.indent());
        RootLines.Head head = ChainRoots.lastLink(RootLines.head(line), line);   // `a --> b`: named after b
        root = new RootNode(head.kind(), head.name(), head.parameters(), line, line.indent(), line.range());
        CommentOwners.take(root.comments, pendingComments, Comment.Placement.LEADING);
        root.comments.addAll(line.comments());
        roots.add(root);
        stack.clear();
        stack.push(new OpenLevel(line.indent() - 1, null));
        last = null;
        rootBraceOpen = opensBrace(line) && bracedBodyAtItsColumn(line);   // `start(){` over `main(){` at its column
        rootBraceClosed = false;
    }

    /**
     * Whether the root line {@code line}, which opens a brace, has lines of its body at its own column: the
     * next step line stands there and the block's lines close no more braces than they open before it ends.
     */
    final boolean bracedBodyAtItsColumn(TraceLine line) {
        for (int k = index + 1; k < lines.size(); k++) {
            TraceLine next = lines.get(k);
            if (next.isBlank() || next.isCommentOnly() || next.reading() == null) {
                continue;
            }
            return next.indent() == line.indent() && !next.reading().text().startsWith("}") && lastChar.applyAsInt(next) == '{';
        }
        return false;
    }

    final void impliedRoot(TraceLine first) {
        impliedRoot(first, first.indent());
    }

    /** An implied root whose steps stand at {@code top} or deeper. */
    final void impliedRoot(TraceLine first, int top) {
        String name = heading != null && Note.isIdentifier(heading) ? heading : "(implied)";
        root = new RootNode(RootKind.IMPLIED, name, List.of(), null, top, blockStart);
        CommentOwners.take(root.comments, pendingComments, Comment.Placement.LEADING);
        roots.add(root);
        stack.clear();
        stack.push(new OpenLevel(top - 1, null));
        last = null;
        rootBraceOpen = false;
        rootBraceClosed = false;
    }

    /**
     * A line of several closing braces ({@code }}}}}): all but the last close the innermost bodies
     * still open, the last closes as one {@code }} does.
     */
    final void closeInnerBraces(StepReader.Reading r) {
        if (r.kind() != StepKind.BRACE || r.text().length() < 2 || r.text().charAt(1) != '}' && !StepReader.closersOnly(r.text())) {
            return;
        }
        for (int n = (int) r.text().chars().filter(c -> c == '}').count() - 1; n > 0; n--) {
            OpenLevel brace = AuthorLayout.innermostBrace(stack);
            if (brace == null) {
                rootBraceClosed |= rootBraceOpen;
                rootBraceOpen = false;
                return;
            }
            while (stack.pop() != brace) {
                // the steps inside the body end with it
            }
        }
    }

    /**
     * Whether a plain line snapped right onto the level of a sibling drawn with a {@code |} stem keeps its own,
     * shallower column for its children: the stem put that sibling's text deeper than its level, and the
     * author, back to plain indentation, indents this line's body from where it stands.
     * <pre>
     * boot
     *     |   load_config     # the stem pushes the text to column 8
     *     check_args          # column 4: beside load_config, snapped
     *     |   parse_one       # check_args' child, its stem at check_args' column
     * </pre>
     */
    final boolean keepsOwnColumn(TraceLine line, StepNode parent) {
        List<StepNode> siblings = parent == null ? root.body : parent.children;
        return !siblings.isEmpty() && !stemLed.test(line) && stemLed.test(siblings.get(siblings.size() - 1).line);
    }

    /**
     * A lone {@code {} at the column of the step just above opens that step's body: the brace and
     * every line from there to the closing {@code }} at the same column are its children.
     */
    final void openBraceBody(TraceLine line) {
        StepNode owner = last;
        StepNode brace = new StepNode(line, StepKind.BRACE, StepRole.STEP, owner.level, false);
        settleComments(owner, owner.level);
        CommentOwners.take(brace.comments, pendingComments, Comment.Placement.LEADING);
        brace.comments.addAll(line.comments());
        owner.children.add(brace);
        stack.pop();
        stack.push(new OpenLevel(owner.level, owner, true));
    }

    /** Whether a line ends with {@code {}: its body may then stand at its own column until {@code }}. */
    final boolean opensBrace(TraceLine line) {
        return line.reading() != null && lastChar.applyAsInt(line) == '{';
    }

    final void attach(StepNode parent, StepNode node) {
        (parent == null ? root.body : parent.children).add(node);
    }

    /** Settles the comments seen since the last step ({@link CommentOwners#settle}). */
    final void settleComments(StepNode nextParent, int nextLevel) {
        CommentOwners.settle(pendingComments, last, nextParent, nextLevel, blockComments);
    }
}
