package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.grammar.Connectors;
import org.tracenotes.grammar.ListItemMarkers;

/**
 * Guesses the tab width a block was written with, 4 or 8 (or 2, below). An author indents by a steady step (3 or
 * 4 spaces, say) in the editor they see; when tabs and spaces are mixed, the width under which the
 * lines that hold tabs still go deeper by that step is the one the author saw. Measured: over the
 * block's code lines (not comments), a line deeper than the one before it is <em>off-step</em> when
 * one of the two holds a tab and the difference is not the step of the space-only lines. The width
 * with fewer off-step lines wins; on a tie, 8 — the width kernel authors' editors show. A block
 * without tabs is not affected. An author who steps by two or three spaces may have seen tabs two wide:
 * when width 2 leaves fewer off-step lines than both 4 and 8, it is 2.
 */
final class TabWidth {

    private static final int SMALL = 2;
    static final int NARROW = 4;
    static final int WIDE = 8;

    private TabWidth() {
    }

    /**
     * The width for 1-based lines [from, to) of {@code source}. The whole file speaks first: an author
     * who indents with a tab and then four to seven spaces ({@code \t\t    default:}) sees tabs eight
     * wide (with four, they would have typed a tab), so two such lines anywhere in the note make every
     * block 8 — unless the block's own levels are one column apart ({@code  f} / {@code   g} /
     * {@code \t    h}): there a tab and four spaces is just a level eight columns in, and
     * {@link OneColumnTabWidth} decides. Otherwise the block decides, as below.
     */
    static int detect(SourceText source, int from, int to) {
        if (!source.hasTab()) {
            return NARROW;  // no tab: what the lines below find
        }
        int aligned = alignedWidth(source, from, Math.min(to, source.lineCount() + 1));
        int tabLed = aligned == 0 ? TabLedAlignment.blockWidth(source, from, Math.min(to, source.lineCount() + 1)) : 0;
        aligned = aligned != 0 ? aligned : tabLed;   // no spaced line lines up: tab-led siblings may
        List<String> code = new ArrayList<>();
        boolean anyTab = false;
        int last = Math.min(to, source.lineCount() + 1);
        for (int l = from; l < last; l++) {
            String line = source.line(l);
            String rest = line.strip();
            if (rest.isEmpty() || rest.startsWith("/*") || rest.startsWith("*") || rest.startsWith("//")
                    || rest.startsWith("#")) {
                continue;
            }
            code.add(line);
            anyTab |= leadingBlanks(line).indexOf('\t') >= 0;
        }
        if (!anyTab || SpacedLevelTabs.fourWide(code)) {
            return NARROW;   // no tab; or a four-space level whose body adds a tab, beside tab-led lines
        }
        int lined = TrailingMarkTabWidth.choose(code);
        if (lined != 0) {
            return lined;   // marks right of the steps lined up with a spaces-only line's: the author's width
        }
        int step = spaceStep(code);
        if (step != 1 && readsCleanOnlyNarrow(code, step)) {
            return NARROW;   // the block's own tree outweighs the note's evidence for eight
        }
        if (step != 1 && aligned == 0 && HalfTabEvidence.lines(source) >= 2 && !BlockStepTabWidth.outweighsNote(code, step)) {
            return WIDE;
        }
        int chosen = byStep(source, code, step, aligned, step < NARROW || tabLed == SMALL);
        int width = step == 1 ? OneColumnTabWidth.choose(code, chosen) : chosen;   // one-column levels: any width
        return TabStaircase.breaksOnlyAt(code, width) ? WIDE : width;   // a chain one tab deeper each line
    }

    /** The width that keeps the block's step best, an editor's alignment settling a tie; two only when {@code askSmall}. */
    private static int byStep(SourceText source, List<String> code, int step, int aligned, boolean askSmall) {
        int narrow = offStep(code, NARROW, step);
        int wide = offStep(code, WIDE, step);
        int small = askSmall ? offStep(code, SMALL, step) : Integer.MAX_VALUE;
        int best = Math.min(small, Math.min(narrow, wide));
        if (aligned != 0 && (aligned == SMALL ? small : narrow) == best) {
            return aligned;   // among the widths that keep the step best, the one an editor lined lines up at
        }
        if (aligned != 0 && HalfTabEvidence.lines(source) >= 2) {
            return WIDE;      // the editor's width lost on the block's counts: the note's evidence for eight stands
        }
        if (small < Math.min(narrow, wide)) {
            return SMALL;   // an author stepping by two or three spaces whose tabs keep that step only two wide
        }
        return narrow < wide ? NARROW : WIDE;
    }

    /**
     * The width, 4 or 2, at which a line indented by tabs stands exactly where the space-indented line
     * right above it stands, both led by the same character ({@code "    +-> a"} over {@code "\t+-> b"};
     * {@code "     x = 1"} over {@code "\t   y = 2"}): an editor's auto-indent copies the line above's
     * indentation to the next line, writing it as tabs of the width it shows, so the author saw the two
     * lines at one column. 0 when no such pair says one width, or pairs say different ones, or a pair
     * lines up only at eight (evidence against the narrow widths). This
     * outranks the whole file's evidence for eight (a note can quote kernel code tabbed eight wide and
     * still have its own trace typed with narrower tabs) and settles a tie of the block's off-step
     * counts, but not a width that keeps the block's step better. A step of the block indented by a tab
     * and four to seven spaces says eight, and wins.
     */
    static int alignedWidth(SourceText source, int from, int to) {
        String text = source.text();
        int spaces = -1;      // the spaces-only indentation of the line above, -1 when it has a tab
        char lead = 0;
        int found = 0;
        for (int l = from; l < to; l++) {
            int i = source.lineStart(l);
            int end = l < source.lineCount() ? source.lineStart(l + 1) : text.length();
            int tabs = 0;
            int after = 0;            // spaces after the last tab
            boolean mixed = false;    // a tab after a space
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                if (text.charAt(i) == '\t') {
                    mixed |= after > 0;
                    tabs++;
                    after = 0;
                } else {
                    after++;
                }
                i++;
            }
            char first = i < end ? text.charAt(i) : '\n';
            if (first == '\n' || first == '\r') {
                spaces = -1;
                continue;
            }
            boolean step = first == '+' || first == '-' || first == '=' || first == '|';
            if (step && tabs > 0 && after >= 4 && after <= 7) {
                return 0;   // `\t    -> f` in the block's own steps: its author sees tabs eight wide
            }
            if (spaces > 0 && tabs > 0 && !mixed && first == lead) {
                int w = tabs * NARROW + after == spaces ? NARROW : tabs * SMALL + after == spaces ? SMALL : 0;
                if (w == 0 && tabs * WIDE + after == spaces) {
                    return 0;   // a pair lined up only at eight: the author's editor may show tabs eight wide
                }
                if (w != 0 && found != 0 && found != w) {
                    return 0;
                }
                found = w == 0 ? found : w;
            }
            spaces = tabs == 0 ? after : -1;
            lead = first;
        }
        return found;
    }

    /** The most common positive indentation difference between consecutive space-indented lines. */
    private static int spaceStep(List<String> code) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < code.size(); i++) {
            if (hasTab(code.get(i - 1)) || hasTab(code.get(i))) {
                continue;
            }
            int d = SourceText.indentWidth(code.get(i), NARROW) - SourceText.indentWidth(code.get(i - 1), NARROW);
            if (d > 0) {
                counts.merge(d, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(NARROW);
    }

    /**
     * Whether the block, a Markdown list (every line an item), reads as a clean tree only with tabs four
     * wide: at four every line goes one step
     * deeper than the line above or back to a column a line above it still open stands at, while at eight
     * some line goes back to a column no open line stands at ({@code \t    - f} between {@code \t- g} and
     * {@code \t\t- h}: at eight it would stand between two levels). An author whose editor shows tabs
     * four wide and who mixes a tab and four spaces for one level writes exactly that.
     */
    private static boolean readsCleanOnlyNarrow(List<String> code, int step) {
        for (String line : code) {
            if (!ListItemMarkers.isItem(line)) {
                return false;   // the cheap test: most blocks hold a line that is no list item
            }
        }
        return strayDedents(code, WIDE) > 0 && strayDedents(code, NARROW) == 0 && offStep(code, NARROW, step) == 0;
    }

    /** Lines that go back to a column no line still open above them stands at, tabs {@code width} wide. */
    private static int strayDedents(List<String> code, int width) {
        int[] open = new int[code.size()];
        int depth = 0;
        int stray = 0;
        for (String line : code) {
            int column = SourceText.indentWidth(line, width);
            boolean back = false;
            while (depth > 0 && open[depth - 1] > column) {
                depth--;
                back = true;
            }
            if (depth > 0 && open[depth - 1] == column) {
                continue;
            }
            stray += back ? 1 : 0;
            open[depth++] = column;
        }
        return stray;
    }

    static int offStep(List<String> code, int width, int step) {
        int off = 0;
        for (int i = 1; i < code.size(); i++) {
            if (!hasTab(code.get(i - 1)) && !hasTab(code.get(i))) {
                continue;
            }
            int d = SourceText.indentWidth(code.get(i), width) - SourceText.indentWidth(code.get(i - 1), width);
            off += d > 0 && d != step ? 1 : 0;
        }
        return off;
    }

    private static boolean hasTab(String line) {
        return leadingBlanks(line).indexOf('\t') >= 0;
    }

    static String leadingBlanks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || Connectors.at(line, i))) {
            i++;
        }
        return line.substring(0, i);
    }
}
