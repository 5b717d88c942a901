package org.tracenotes.core.parse;

import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.lint.rules.parse.IndentSnapped;

/**
 * Where a step at or left of the innermost open level goes: beside the open level at its column (its
 * sibling there), or beside the open level its column snaps to when no open level has that column.
 */
record OpenLevelMatch(StepNode parent, int level, boolean snapped) {

    /**
     * The parent and level of {@code line}, a step of {@code role} at {@code indent}, not deeper than the
     * innermost open level of {@code stack}; pops the levels it closes.
     */
    static OpenLevelMatch of(TraceLine line, StepRole role, int indent, Deque<OpenLevel> stack, List<TraceLine> lines,
                             int index, Consumer<Diagnostic> report) {
        StepReader.Reading r = line.reading();
        StepNode parent;
        int level;
        boolean snapped = false;
        OpenLevel match = OpenLevel.at(stack, indent);
        if (match == null && (match = OffGridHeads.besideLevel(stack, indent, lines, index, line.range(), report)) != null) {
            snapped = true;   // between two open levels: beside the nearer deeper one, or the one below if it heads a body
            report.accept(new Diagnostic(IndentSnapped.ID, Severity.WARNING,
                    "indentation " + indent + " matches no open level; read as " + match.level(), line.range()));
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
            if (line.arrow() == Arrow.NONE && match.node() != null && match.node().line.arrow() != Arrow.NONE
                    && expandsPlainCall(stack.peek(), match)) {
                stack.pop();   // plain C after `x = f()` and its `-> f` body at that column: the caller's next statement
            }
            parent = stack.peek().node();
            level = match.level();
            if (role == StepRole.ALTERNATIVE && r != null && r.text().startsWith("}") && stack.peek().braced()
                    && parent != null && parent.level == level) {
                // `} else {` at the column of a braced `if {`: it closes the if's body and continues its chain
                stack.pop();
                parent = stack.peek().node();
            }
        }
        return new OpenLevelMatch(parent, level, snapped);
    }

    /**
     * Whether the arrow step open at {@code arrow} stands at the column of the plain statement open at {@code head}, as its body.
     * A child is only ever added to the node open on top of the stack, so while {@code arrow} is open right above
     * {@code head}, its node, if a child of head's, is the last one: no scan of the children needed.
     */
    private static boolean expandsPlainCall(OpenLevel head, OpenLevel arrow) {
        if (head.level() != arrow.level() || head.braced() || head.node() == null || head.node().line.arrow() != Arrow.NONE) {
            return false;
        }
        List<StepNode> children = head.node().children;
        return !children.isEmpty() && children.get(children.size() - 1) == arrow.node();
    }
}
