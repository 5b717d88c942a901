package org.tracenotes.core.parse;

import java.util.List;

/**
 * The layout stages that read paths and trees written under words, in their order: a command over a column
 * of names, names over a deeper {@code ...}, a caption over a tree, a code span over arrowed code spans,
 * separator lines and box-tree bodies, sentence stairs. One group of {@link NoteBuilder}'s stages, kept
 * together so the builder stays short; each stage is its own class.
 */
final class WordedPathStages {

    private WordedPathStages() {
    }

    /** The block's lines after the group's stages, {@code fenced} when the block stands in a fence. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        List<TraceLine> staged = PathsUnderWords.apply(lines);   // `dmesg ...` over a column of `names`: the path that prints it
        staged = ElidedPathChains.apply(staged, source, fenced);   // names over a deeper `...`: a path written flat
        staged = CaptionedTrees.apply(staged, source, fenced);
        staged = CodeSpanChainLines.apply(staged, source, fenced);   // `f()` over `-> `g()`` lines: a chain
        staged = SeparatorLines.apply(staged, source);   // `─── async ───` between stages: a comment line
        staged = BoxTreeBodies.apply(staged, source);   // `│   words` under `├── f()`: a remark; `│   code`: f's body
        return SentenceStairs.apply(staged, source, fenced);   // `读取文件 =>` first: a step, the root implied
    }
}
