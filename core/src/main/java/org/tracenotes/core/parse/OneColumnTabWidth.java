package org.tracenotes.core.parse;

import java.util.List;

/**
 * The tab width of a block whose levels are one column apart ({@code  f} / {@code   g} /
 * {@code \t  h}): an author who steps one column at a time and then types a tab saw the tab land one
 * column past the line above (or at it). Of the widths 1 to 8, the one under which the most lines
 * holding a tab go one column deeper than the line before them, less those that jump further, is the
 * author's; a tie keeps the width {@link TabWidth} chose.
 */
final class OneColumnTabWidth {

    private OneColumnTabWidth() {
    }

    /** The width for {@code code} (a block's code lines in order) whose space-only lines step one column; {@code chosen} on a tie. */
    static int choose(List<String> code, int chosen) {
        int best = chosen;
        int bestScore = score(code, chosen);
        for (int w = 1; w <= 8; w++) {
            int s = score(code, w);
            if (s > bestScore) {
                best = w;
                bestScore = s;
            }
        }
        return best;
    }

    /** Lines with a tab one column deeper than the line before, less those deeper by more, at tab width {@code w}. */
    private static int score(List<String> code, int w) {
        int score = 0;
        for (int i = 1; i < code.size(); i++) {
            String a = code.get(i - 1);
            String b = code.get(i);
            if (!SourceText.indentHoldsTab(a) && !SourceText.indentHoldsTab(b)) {
                continue;
            }
            int d = SourceText.indentWidth(b, w) - SourceText.indentWidth(a, w);
            score += d == 1 ? 1 : d > 1 ? -1 : 0;
        }
        return score;
    }
}
