package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;

/** A step under construction. */
final class StepNode {
    final TraceLine line;
    StepKind kind;
    StepRole role;
    final boolean snapped;
    final int level;
    final List<StepNode> children = new ArrayList<>();
    final List<StepNode> alternatives = new ArrayList<>();
    final List<Comment> comments = new ArrayList<>();
    boolean elided;
    StepNode chainHead;   // for an alternative: the if it belongs to

    StepNode(TraceLine line, StepKind kind, StepRole role, int level, boolean snapped) {
        this.line = line;
        this.kind = kind;
        this.role = role;
        this.level = level;
        this.snapped = snapped;
    }

    boolean chainClosed() {
        StepNode head = chainHead == null ? this : chainHead;
        return !head.alternatives.isEmpty() && head.alternatives.get(head.alternatives.size() - 1).kind == StepKind.ELSE;
    }
}
