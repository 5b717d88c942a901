package org.tracenotes.core.parse;

import java.util.List;

/**
 * The stage that reads chains written where indentation cannot show them, before stems are hung
 * ({@link ConnectorStems}): a column of {@code └─} ({@link LastChildChains}), a flat column of names under a
 * heading naming a call chain ({@link FlatChains}), a column of frames under a caller ({@link FrameColumns}), steps joined by down-arrow lines or drawn as a column joined by connectors ({@link DownArrowLines}),
 * a chain wrapped onto lines led by its arrow ({@link WrappedChainLines}).
 */
final class WrittenChains {

    private WrittenChains() {
    }

    /** The block's lines with each chain's links moved under the link before them. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, boolean verticalChain) {
        List<TraceLine> flat = FlatArrowChains.apply(WrappedChainLines.apply(ParagraphChains.apply(lines), source), source);   // `-->` column: a stack
        flat = LocatedArrowChains.apply(flat, source);   // `-> f (dir/f.c)` column: a path through files
        return DownArrowLines.apply(FrameColumns.apply(FlatChains.apply(LastChildChains.apply(flat,
                source, tabWidth), source), source), source, verticalChain);
    }
}
