package org.tracenotes.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;

/**
 * A step arrow {@code =>} that ends a line after its text ({@code load_image =>}), or any arrow that ends a
 * line after a call ({@code vfs_read(f);--->}, {@link #afterCall}): the author says the
 * deeper lines below are its body, as the arrow that leads those lines would. It is structure, not
 * payload, so the line reads as the call or sentence before it.
 */
final class TrailingArrows {

    private TrailingArrows() {
    }

    /**
     * Whether an arrow of type {@code type} right after a token of type {@code before} may be such a trailing
     * arrow when it ends the line: a {@code ->}, {@code -->} or {@code →} after a call's {@code )} or a
     * statement's {@code ;} ({@code vfs_read(f);--->}, {@code vfs_read(f) ->}); after a name it is a member
     * access left open ({@code p->}).
     */
    static boolean afterCall(int type, int before) {
        return (type == TraceLexer.ARROW || type == TraceLexer.LONG_ARROW)
                && (before == TraceLexer.RPAREN || before == TraceLexer.SEMI);
    }

    /** Whether only blanks stand between the stream's position (just past an arrow) and the end of its line. */
    static boolean endsLine(CharStream in) {
        int i = 1;
        int c = in.LA(i);
        while (c == ' ' || c == '\t') {
            c = in.LA(++i);
        }
        return c == '\n' || c == '\r' || c == IntStream.EOF;
    }
}
