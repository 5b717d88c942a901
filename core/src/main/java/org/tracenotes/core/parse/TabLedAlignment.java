package org.tracenotes.core.parse;

/**
 * The tab width at which two lines indented by different numbers of tabs (each perhaps followed by spaces)
 * stand at one column: {@code \t\t\t    -> f} over {@code \t\t\t\t\t-> g} (three tabs and four spaces, five
 * tabs: one column at width 2), {@code \t\t\t\t-> a} over {@code \t         -> b}. An author whose editor
 * aligned a step under its sibling with whatever mix of tabs and spaces it typed saw them at one column, so
 * the width that lines them up is the one the author saw. A child one level deeper can line up with its
 * parent at another width by chance ({@code \t\t    f} over {@code \t\t\tg} at two), so one pair is no
 * evidence: two pairs must say the width and none another ({@link Votes}). The widths asked about are 2, 4
 * and 8.
 */
final class TabLedAlignment {

    private TabLedAlignment() {
    }

    /**
     * The width the tab-led lines of 1-based lines [from, to) of {@code source} say ({@link Votes}): each line led by
     * tabs (then perhaps spaces) under another led by a different number of tabs and by the same character. 0 when
     * they say none, or when a step led by a tab and four to seven spaces ({@code \t    -> f}) says the author sees
     * tabs eight wide.
     */
    static int blockWidth(SourceText source, int from, int to) {
        String text = source.text();
        Votes votes = new Votes();
        int aboveTabs = 0;
        int aboveSpaces = -1;   // -1: the line above is no tab-led line
        char aboveLead = 0;
        for (int l = from; l < to; l++) {
            int i = source.lineStart(l);
            int end = l < source.lineCount() ? source.lineStart(l + 1) : text.length();
            int tabs = 0;
            while (i < end && text.charAt(i) == '\t') {
                tabs++;
                i++;
            }
            int spaces = 0;
            while (i < end && text.charAt(i) == ' ') {
                spaces++;
                i++;
            }
            char lead = i < end ? text.charAt(i) : '\n';
            if (tabs > 0 && spaces >= 4 && spaces <= 7 && (lead == '+' || lead == '-' || lead == '=' || lead == '|')) {
                return 0;
            }
            boolean tabLed = tabs > 0 && lead != '\t' && lead != '\n' && lead != '\r';
            if (tabLed && aboveSpaces >= 0 && lead == aboveLead && tabs != aboveTabs) {
                votes.add(width(aboveTabs, aboveSpaces, tabs, spaces));
            }
            aboveTabs = tabs;
            aboveSpaces = tabLed ? spaces : -1;
            aboveLead = lead;
        }
        return votes.width();
    }

    /**
     * The width among 2, 4 and 8 at which {@code tabsAbove} tabs then {@code spacesAbove} spaces reach as far as
     * {@code tabs} tabs then {@code spaces} spaces; 0 when none does (the tab counts differ, so one at most can).
     */
    static int width(int tabsAbove, int spacesAbove, int tabs, int spaces) {
        int fewer = tabsAbove - tabs;
        int more = spaces - spacesAbove;
        if (fewer == 0 || more % fewer != 0) {
            return 0;
        }
        int w = more / fewer;
        return w == 2 || w == 4 || w == 8 ? w : 0;
    }

    /** The widths the pairs of a block say: one width said twice and no other, or none. */
    static final class Votes {
        private int width;
        private int count;
        private boolean split;

        /** Counts a pair's width; 0 (the pair lines up at no width) says nothing. */
        void add(int w) {
            if (w == 0) {
                return;
            }
            split |= width != 0 && w != width;
            width = w;
            count++;
        }

        /**
         * The width, 2 or 4, two pairs or more said and none gainsaid; 0 otherwise (eight is what the tab width's
         * other evidence settles on without them).
         */
        int width() {
            return split || count < 2 || width == 8 ? 0 : width;
        }
    }
}
