package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;

/**
 * A name and a colon alone on an arrowless line ({@code do_fault:}) that captions the calls indented below
 * it: the call whose body they are, not a C label. A C label stands left of the statements around it; a
 * caption stands at or right of the step line above it, and below it, past more such captions each deeper
 * than the one above, stands a deeper step that is code; no {@code goto} of the block jumps to it, nor, for a
 * label at the column of the line above, anywhere (a block that jumps writes its labels beside its statements). The layout
 * reads the same lines so ({@code IndentedCallTree}). A block's first step written so is its root already
 * (a label root), which keeps its body.
 * <pre>
 * do_fault:                 a call, the root
 *     check_vma
 *     map_pages:            a call under do_fault, map_page's caller
 *         map_page
 * </pre>
 */
final class LabelCaptions {

    private LabelCaptions() {
    }

    /** {@code lines} with each captioning label read as a call. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        int above = -1;   // the indent of the last step line, -1 before the first
        Set<String> jumpedTo = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() == null) {
                continue;
            }
            if (above >= 0 && isLabel(l) && l.indent() >= above && captions(lines, i)) {
                jumpedTo = jumpedTo == null ? gotoTargets(lines) : jumpedTo;
                if (jumpedTo.contains(l.reading().label()) || l.indent() == above && !jumpedTo.isEmpty()) {
                    above = l.indent();
                    continue;   // `goto out` … `out:`: the label it jumps to; beside a statement in a block that jumps: C
                }
                out = out == null ? new ArrayList<>(lines) : out;
                out.set(i, asCall(l));
            }
            above = l.indent();
        }
        return out == null ? lines : out;
    }

    /** The labels the block's {@code goto} lines jump to. */
    private static Set<String> gotoTargets(List<TraceLine> lines) {
        Set<String> out = new HashSet<>();
        for (TraceLine l : lines) {
            for (StepReader.Reading r = l.reading(); r != null; r = r.inline()) {   // `if (x) goto out;` too
                if (r.kind() == StepKind.GOTO && r.label() != null) {
                    out.add(r.label());
                }
            }
        }
        return out;
    }

    private static boolean isLabel(TraceLine l) {
        return l.arrow() == Arrow.NONE && l.reading().kind() == StepKind.LABEL && l.reading().label() != null;
    }

    /** Whether below label line {@code i}, past deeper labels, a deeper step that is code stands. */
    private static boolean captions(List<TraceLine> lines, int i) {
        int indent = lines.get(i).indent();
        for (int j = i + 1; j < lines.size(); j++) {
            TraceLine l = lines.get(j);
            if (l.reading() == null) {
                continue;
            }
            if (l.indent() <= indent) {
                return false;
            }
            if (!isLabel(l)) {
                StepKind k = l.reading().kind();
                return k != StepKind.PROSE && k != StepKind.BRACE && k != StepKind.CASE && k != StepKind.DIRECTIVE;
            }
            indent = l.indent();
        }
        return false;
    }

    /** Label line {@code l} read as a call of its name. */
    private static TraceLine asCall(TraceLine l) {
        StepReader.Reading r = l.reading();
        SourceRange at = l.range();
        int n = r.label().length();
        SourceRange name = new SourceRange(at.line(), at.column(), at.line(), at.column() + n, at.offset(), at.offset() + n);
        StepReader.Reading call = new StepReader.Reading(StepKind.CALL, r.text(), new Expr.Name(r.label(), name),
                null, null, null, r.context());
        return l.withReading(call);
    }
}
