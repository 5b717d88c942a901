package org.tracenotes.core.model;

import java.util.List;

/**
 * A fenced or unfenced run of lines holding two or more arrow lines.
 *
 * @param info        the fence's info string ({@code sh}); empty for none; null when unfenced
 * @param dialect     what its arrows mean
 * @param roots       the traced functions, in order
 * @param comments    comments after the last step (comments before a root lead that root)
 * @param annotations annotations among them
 * @param range       the block, fences included
 */
public record TraceBlock(
        String info,
        Dialect dialect,
        List<Root> roots,
        List<Comment> comments,
        List<Annotation> annotations,
        SourceRange range) implements Block {

    public TraceBlock {
        roots = List.copyOf(roots);
        comments = List.copyOf(comments);
        annotations = List.copyOf(annotations);
    }

    /** Whether the block sits inside a code fence. */
    public boolean fenced() {
        return info != null;
    }
}
