package org.tracenotes.core.model;

import java.util.List;

/**
 * The part of a note under one heading (or before the first heading: {@code level} 0, no title).
 *
 * @param title   the heading's text without {@code #} marks; empty before the first heading
 * @param level   1 for {@code #}, 2 for {@code ##} …; 0 before the first heading
 * @param heading the heading line, or where the note starts
 * @param blocks  the trace and code blocks under it
 */
public record Section(String title, int level, SourceRange heading, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }

    /** The trace blocks of this section. */
    public List<TraceBlock> traceBlocks() {
        return blocks.stream().filter(TraceBlock.class::isInstance).map(TraceBlock.class::cast).toList();
    }
}
