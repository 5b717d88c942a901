package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepRole;

/** Turns the steps under construction into the model's immutable steps. */
final class StepTrees {

    private StepTrees() {
    }

    static List<Step> freeze(List<StepNode> nodes) {
        List<Step> out = new ArrayList<>(nodes.size());
        for (StepNode n : nodes) {
            out.add(freeze(n));
        }
        return out;
    }

    private static Step freeze(StepNode n) {
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
