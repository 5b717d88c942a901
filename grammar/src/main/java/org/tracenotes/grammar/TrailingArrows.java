package org.tracenotes.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;

/**
 * A step arrow {@code =>} that ends a line after its text ({@code load_image =>}): the author says the
 * deeper lines below are its body, as the arrow that leads those lines would. It is structure, not
 * payload, so the line reads as the call or sentence before it.
 */
final class TrailingArrows {

    private TrailingArrows() {
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
