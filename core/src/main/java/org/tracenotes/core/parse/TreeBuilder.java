package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.lint.rules.parse.ElseWithoutIf;
import org.tracenotes.core.lint.rules.parse.LayoutAmbiguous;

/**
 * Builds the roots and step trees of one trace block from its logical lines. Indentation gives
 * nesting: a deeper line is a child; a line at an open level is a sibling there; a line at a column
 * that no open level has is snapped to the nearest one. Comments never open or close a level and
 * blank lines never close one. The tree so far and the moves that grow it are {@link BlockTreeState}'s;
 * this class decides, line by line, which move a line makes.
 */
final class TreeBuilder extends BlockTreeState {

    private boolean bodiesGoDeeper;   // and never at the text column: plain C there is the caller's without doubt
    private boolean wordedFlow;   // the layout's WORDED_FLOW: a titled flow's items in words are its steps

    TreeBuilder(Dialect dialect, String heading, SourceRange blockStart, Consumer<Diagnostic> report,
                java.util.function.ToIntFunction<TraceLine> lastChar, java.util.function.Predicate<TraceLine> stemLed,
                java.util.function.ToIntFunction<TraceLine> lead) {
        super(dialect, heading, blockStart, report, lastChar, stemLed, lead);
    }

    /** The roots of the block's {@code lines}; {@code wordedFlow}: the layout found a flow in words ({@link WordedFlowItems}). */
    List<Root> build(List<TraceLine> lines, boolean wordedFlow) {
        this.wordedFlow = wordedFlow;
        lines = LegendLines.apply(ShiftedDirectives.apply(IndirectCallLandings.apply(DottedArrows.apply(DrawnConnectors.apply(lines)))));
        bodiesGoDeeper = CallBodyColumn.bodiesGoDeeper(lines) && !CallBodyColumn.bodiesAtTextColumn(lines);
        this.lines = lines;
        java.util.Set<String> stepMarkers = AuthorLayout.stepMarkers(lines);
        int midTreeTop = MidTreeTops.topIndent(lines);   // a tree begun inside a caller the block leaves implied
        if (midTreeTop >= 0) {
            baseIndent = midTreeTop;
        }
        TraceLine previous = null;
        TraceLine remarkAbove = null;   // the remark read just before, whose wrapped rest may follow
        for (index = 0; index < lines.size(); index++) {
            TraceLine line = lines.get(index);
            if (StrayFenceOpeners.restarts(this, line)) {
                previous = remarkAbove = null;   // ```c again inside a fence: a fresh tree after it
                continue;
            }
            if (line.isBlank()) {
                remarkAbove = null;
                continue;
            }
            if (line.isArrowedComment() && (AuthorLayout.bodyFollows(lines, index)
                    || stepMarkers.contains(line.comments().get(0).marker()))) {
                line = line.asProseStep();   // `+-> /* from the cache */` over deeper lines: a step in words with a body
            }
            if (last != null && last.line == previous && pendingComments.isEmpty()
                    && CommentOwners.wrapsTrailingComment(lines, index, previous)) {
                last.comments.add(new Comment("", line.reading().text(), Comment.Placement.TRAILING, line.range()));
                continue;   // `f(x) // 初始化…` then words far to the right: the comment's wrapped rest
            }
            boolean remark = RootLines.isRemark(lines, index, last, remarkAbove);
            if (remark) {
                line = line.asCommentLine();   // `这段代码…，然后…` under `+-> queue_work(…)`: a remark on it, no step
            }
            remarkAbove = remark ? line : null;
            if (line.isCommentOnly()) {
                List<Comment> trailing = pendingComments.isEmpty() ? trailingCommentsOf(previous) : null;
                if (trailing != null && CommentOwners.continuesTrailing(trailing, line)) {
                    CommentOwners.take(trailing, new ArrayList<>(List.of(line)), Comment.Placement.TRAILING);
                } else {
                    pendingComments.add(line);
                }
                continue;
            }
            if (pendingComments.isEmpty() && DoWhileTails.closeDo(line, stack)) {
                previous = line;
                continue;   // `} while (x);` at a braced `do {`: the loop's condition, its body closed
            }
            if ((RootLines.continuesProse(previous, line,
                    root != null && root.line == previous && last == null && !AuthorLayout.bodyFollows(lines, index))
                        && !RootlessForests.opensLine(lead.applyAsInt(line))   // a list item or branch is never the wrapped rest of the one above
                    || last != null && last.line == previous && (RootLines.continuesKeywordStep(previous, line)
                        || RootLines.continuesCondition(lines, index, previous)
                        || RootLines.continuesAlternative(previous, line)))
                    && pendingComments.isEmpty()) {
                List<Comment> into = last != null && last.line == previous ? last.comments : root.comments;
                into.add(new Comment("", line.reading().text(), Comment.Placement.TRAILING, line.range()));
                continue;
            }
            if (root != null && root.line == previous && last == null && pendingComments.isEmpty()
                    && RootLines.continuesHead(root.line, line)) {
                root.continueHead(line);   // `static void` above `name(args)`: one head on two lines
                previous = line;
                continue;
            }
            if (!rootBraceOpen && RootLines.introducesNextRoot(lines, index, baseIndent)) {
                pendingComments.add(new TraceLine(line.line(), line.indent(), line.indent(), Arrow.NONE, null, line.range(),
                        List.of(new Comment("", line.reading().text(), Comment.Placement.LEADING, line.range()))));
                continue;   // `在 x.c 里有它的实现：` above `ring_alloc`: a sentence introducing that root
            }
            previous = line;
            TraceLine title = root == null ? RootLines.titledBy(line, pendingComments) : null;
            if (title != null) {
                pendingComments.remove(pendingComments.size() - 1);
                baseIndent = title.indent();
                startRoot(title);
            }
            if (baseIndent < 0) {
                baseIndent = line.indent();
            }
            if ((RootLines.definesVariable(line, baseIndent) || RootLines.definesMacro(lines, index, baseIndent)
                    || ArmTreeFenceText.declaresContext(lines, index, baseIndent, lead, stemLed)) && !rootBraceOpen) {
                impliedRoot(line);   // `static const T ops = {`: a top-level definition, no step of the root above
                addStep(line);
            } else if (!rootBraceOpen && root != null && root.line == null
                    && MarginSnippets.continuesSnippet(lines, index, baseIndent, lastChar)) {
                addStep(line);   // `run(n, …)` right under the snippet's `n = 1;`: its next step, with a body
            } else if (!rootBraceOpen && MarginSnippets.isLooseStatement(lines, index, baseIndent, lastChar)) {
                if (root == null || root.line != null) {
                    impliedRoot(line);   // `enter(ctx);` over `while (…) {` at the margin: a snippet, no root line
                }
                addStep(line);
            } else if (line.arrow() == Arrow.NONE && line.indent() <= baseIndent && midTreeTop < 0 && !rootBraceOpen
                    && (root == null || root.line == null) && (RootlessForests.topStep(lines, index, lead) || NameRunHeads.inRun(lines, index, baseIndent)
                        || wordedFlow && WordedFlowItems.topStep(lines, index, lead, root != null))) {   // `- 完成后进入回调 cb` among `- f()` items
                if (root == null) {
                    impliedRoot(line, baseIndent);   // `+- f()` first, or `- f()` items at one column: steps of a caller left implied
                }
                addStep(line);
            } else if (line.arrow() == Arrow.NONE && line.indent() <= baseIndent && midTreeTop < 0
                    && (root == null || (RootLines.startsRoot(line) || RootLines.nextLabelledEntry(line, root == null ? null : root.line)) && !rootBraceOpen)) {
                startRoot(line);
            } else {
                if (root == null || rootBraceClosed && line.arrow() == Arrow.NONE && line.indent() <= baseIndent) {
                    impliedRoot(line, Math.min(line.indent(), baseIndent));   // an elision after a definition's closing brace stands between definitions
                }
                addStep(line);
            }
        }
        settleComments(null, -1);
        List<Root> out = new ArrayList<>();
        WordsAmongWords.CodeNames codeNames = new WordsAmongWords.CodeNames(lines);
        for (RootNode r : roots) {
            WordsAmongWords.settle(r.body, codeNames);
            MemberFieldLists.settle(r.body);
            out.add(r.freeze());
        }
        return out;
    }

    private void addStep(TraceLine line) {
        StepReader.Reading r = line.reading();
        StepKinds.Taken taken = StepKinds.of(line, dialect, lines, index, stack);
        StepKind kind = taken.kind();
        StepRole role = taken.role();
        int indent = line.indent();
        OpenLevel chain = role == StepRole.ALTERNATIVE ? AuthorLayout.chainAtTextColumn(line, stack) : null;
        if (chain != null) {
            indent = chain.level();   // `else` at the text column of `+-> if (a)`: the if's next alternative
        }
        if (r != null && r.text().startsWith("}")) {
            closeInnerBraces(r);
            OpenLevel closed = AuthorLayout.braceClosedBy(line, stack);
            if (closed == null) {
                rootBraceClosed |= rootBraceOpen;
                rootBraceOpen = false;
            }
            if (closed != null) {
                indent = closed.level();
                while (stack.peek() != closed && stack.peek().braced() && closed != AuthorLayout.innermostBrace(stack)) {
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
            CommentOwners.take(brace.comments, pendingComments, Comment.Placement.LEADING);
            brace.comments.addAll(line.comments());
            root.body.add(brace);
            rootBraceOpen = true;   // until its `}`, every line is the root's body, whatever its column
            return;
        }
        StepNode parent;
        int level;
        boolean snapped = false;
        OpenLevel continued = CallBodyColumn.callContinued(line, stack, this::opensBrace);
        if (continued != null && (CallBodyColumn.laterArrowAtColumn(lines, index)
                || CallBodyColumn.returnBeforeCallerGoesOn(lines, index, continued.level()))) {
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
        } else if (role == StepRole.STEP && AuthorLayout.statementLeftOfLabel(line, kind, stack)) {
            parent = top.node();   // `    -> handle()` under `      case X:`: the label's statement, its text at the label
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
        } else if (role == StepRole.RESOLVED_TARGET && last != null && Math.abs(indent - last.level) <= 4 && top.node() == last
                || role == StepRole.STEP && top.node() == last && AuthorLayout.landingAfterFileComment(line, last, pendingComments)) {
            parent = last;
            level = Math.max(indent, last.level + 1);
        } else if (rootBraceOpen && indent > top.level() && TabLedBodyLines.besideClosedLine(line, top, lastChar)) {
            stack.pop();   // `\tb = g(a);` under the author's `  ....`: the body's next statement, tabs measured deeper
            parent = stack.peek().node();
            level = indent;
        } else if (indent > top.level()) {
            parent = top.node();
            level = indent;
        } else {
            OpenLevelMatch found = OpenLevelMatch.of(line, role, indent, stack, lines, index, report);
            parent = found.parent();
            level = found.level();
            snapped = found.snapped();
            if (snapped && indent < level && keepsOwnColumn(line, parent)) {
                level = Math.max(indent, stack.peek().level() + 1);
            }
        }

        StepNode node = new StepNode(line, kind, role, level, snapped);
        boolean closesBraces = role != StepRole.ALTERNATIVE && r != null && r.text().startsWith("}")
                && stack.peek().braced() && stack.peek().node() == parent && level == parent.level;
        settleComments(parent, level);
        CommentOwners.take(node.comments, pendingComments, Comment.Placement.LEADING);
        node.comments.addAll(line.comments());

        if (role == StepRole.ALTERNATIVE) {
            StepNode head = IfChains.headFor(parent == null ? root.body : parent.children);
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
            if (kind != StepKind.LABEL || opensBrace(line)) {
                stack.push(new OpenLevel(level, node, opensBrace(line), oneStatement));
            }   // a label opens no body: the statements after it, even deeper, are its siblings, as in C
            if (kind != StepKind.BRACE && r != null) {
                AuthorLayout.endTrailingBrace(r.text(), stack);   // `-> f(); }`
            }
        }
        last = node;
    }

}
