package org.tracenotes.core.model;

/** A block of a note's section: a trace block, or a fenced block of plain code. */
public sealed interface Block permits TraceBlock, CodeBlock {

    /** The block's lines, fences included. */
    SourceRange range();
}
