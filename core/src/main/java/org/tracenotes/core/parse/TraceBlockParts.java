package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tracenotes.grammar.TraceLexer;
import org.tracenotes.grammar.TraceParser;

/**
 * A trace block's parts (its fence, begin and end marks, closing fence and lines), read in one walk
 * over its children: each generated accessor ({@code FENCE_CLOSE()}, {@code BLOCK_END()},
 * {@code traceLine()}, …) walks them all, the lines included.
 */
record TraceBlockParts(Token open, Token begin, Token end, Token close, List<TraceParser.TraceLineContext> lines) {

    /** The parts of {@code ctx}. */
    static TraceBlockParts of(TraceParser.TraceBlockContext ctx) {
        Token open = null;
        Token begin = null;
        Token end = null;
        Token close = null;
        List<TraceParser.TraceLineContext> lines = new ArrayList<>(ctx.getChildCount());
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof TraceParser.TraceLineContext l) {
                lines.add(l);
            } else if (c instanceof TerminalNode t) {
                Token k = t.getSymbol();
                switch (k.getType()) {
                    case TraceLexer.TRACE_FENCE_OPEN -> open = open == null ? k : open;
                    case TraceLexer.BLOCK_BEGIN -> begin = begin == null ? k : begin;
                    case TraceLexer.BLOCK_END -> end = end == null ? k : end;
                    case TraceLexer.FENCE_CLOSE -> close = close == null ? k : close;
                    default -> { }
                }
            }
        }
        return new TraceBlockParts(open, begin, end, close, lines);
    }
}
