package org.tracenotes.core.parse;

import java.util.Optional;
import org.tracenotes.core.model.Dialect;

/**
 * How to read a note.
 *
 * @param tabWidth   columns a tab advances to (the next multiple of it); 4 by default
 * @param dialect    the dialect of every block, overriding detection and front matter; empty to detect
 * @param wholeTrace read the whole input as one trace block (a {@code .trace} file); decided by the
 *                   file name when parsing a path
 */
public record ParseOptions(int tabWidth, Optional<Dialect> dialect, boolean wholeTrace) {

    public ParseOptions {
        if (tabWidth < 1 || tabWidth > 16) {
            throw new IllegalArgumentException("tab width must be 1 to 16, not " + tabWidth);
        }
    }

    /** Tab width 4, dialect detected per block. */
    public static ParseOptions defaults() {
        return new ParseOptions(4, Optional.empty(), false);
    }

    public ParseOptions withTabWidth(int width) {
        return new ParseOptions(width, dialect, wholeTrace);
    }

    public ParseOptions withDialect(Dialect d) {
        return new ParseOptions(tabWidth, Optional.ofNullable(d), wholeTrace);
    }

    public ParseOptions withWholeTrace(boolean whole) {
        return new ParseOptions(tabWidth, dialect, whole);
    }
}
