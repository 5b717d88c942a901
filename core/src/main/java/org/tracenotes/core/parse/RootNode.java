package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.SourceRange;

/** A root under construction by {@link TreeBuilder}: its head, its body's step nodes, its comments. */
final class RootNode {
    RootKind kind;
    String name;
    List<String> parameters;
    private String text;
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

    /** The rest of a head split after its return type ({@link RootLines#continuesHead}): the head is that line's. */
    void continueHead(TraceLine rest) {
        RootLines.Head head = RootLines.head(rest);
        kind = head.kind();
        name = head.name();
        parameters = head.parameters();
        text = line.reading().text() + " " + rest.reading().text();
        comments.addAll(rest.comments());
    }

    Root freeze() {
        String t = text != null ? text : line == null ? "" : line.reading().text();
        return new Root(kind, name, parameters, t, indent, range, StepTrees.freeze(body), comments,
                StepTrees.annotations(comments));
    }
}
