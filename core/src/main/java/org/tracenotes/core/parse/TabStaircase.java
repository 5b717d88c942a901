package org.tracenotes.core.parse;

import java.util.List;

/**
 * A chain drawn as a staircase of tabs: every line of the block one level deeper than the line above it
 * ({@code f} / {@code "  -> g"} / {@code "\t-> h"} / {@code "\t\t-> i"} ...). Read with tabs eight wide
 * every line descends; read two wide, the first tabbed line under a two-space line stands level with it,
 * the one place where the drawing would stop descending. An author who draws each callee one tab deeper
 * than its caller meant that line deeper too, so a width that breaks the staircase at one line gives way
 * to eight. A block that ever comes back up or stays level at eight is no staircase and is left alone.
 */
final class TabStaircase {

    /** Lines indented by tabs the staircase must hold, at least. */
    private static final int MIN_TABBED = 3;
    private static final int WIDE = 8;

    private TabStaircase() {
    }

    /** Whether {@code code} (a block's code lines in order) descends at every line eight wide but not {@code width} wide. */
    static boolean breaksOnlyAt(List<String> code, int width) {
        if (width == WIDE || code.size() < MIN_TABBED + 1) {
            return false;
        }
        int tabbed = 0;
        for (String line : code) {
            tabbed += SourceText.indentHoldsTab(line) ? 1 : 0;
        }
        return tabbed >= MIN_TABBED && descends(code, WIDE) && !descends(code, width);
    }

    private static boolean descends(List<String> code, int width) {
        int above = -1;
        for (String line : code) {
            String rest = line.strip();
            if (rest.startsWith("```") || rest.startsWith("~~~")) {
                continue;   // a fence line draws no step
            }
            int column = SourceText.indentWidth(line, width);
            if (column <= above) {
                return false;
            }
            above = column;
        }
        return true;
    }
}
