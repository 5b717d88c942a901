package org.tracenotes.core.parse;

import java.util.Optional;
import org.tracenotes.core.model.Dialect;

/**
 * How to read a note.
 *
 * @param tabWidth   columns a tab advances to (the next multiple of it), 1 to 16; or {@link #AUTO_TAB_WIDTH}
 *                   (the default): 4 or 8 per block, as {@code TabWidth} guesses it (8 on a tie)
 * @param dialect    the dialect of every block, overriding detection and front matter; empty to detect
 * @param wholeTrace read the whole input as one trace block (a {@code .trace} file); decided by the
 *                   file name when parsing a path
 */
public record ParseOptions(int tabWidth, Optional<Dialect> dialect, boolean wholeTrace) {

    /** Detect the tab width per block. */
    public static final int AUTO_TAB_WIDTH = 0;

    public ParseOptions {
        if (tabWidth < 0 || tabWidth > 16) {
            throw new IllegalArgumentException("tab width must be 1 to 16 (or 0 for auto), not " + tabWidth);
        }
    }

    /** Tab width and dialect detected per block. */
    public static ParseOptions defaults() {
        return new ParseOptions(AUTO_TAB_WIDTH, Optional.empty(), false);
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
