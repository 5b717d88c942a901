package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.grammar.Connectors;

/**
 * Guesses the tab width a block was written with, 4 or 8. An author indents by a steady step (3 or
 * 4 spaces, say) in the editor they see; when tabs and spaces are mixed, the width under which the
 * lines that hold tabs still go deeper by that step is the one the author saw. Measured: over the
 * block's code lines (not comments), a line deeper than the one before it is <em>off-step</em> when
 * one of the two holds a tab and the difference is not the step of the space-only lines. The width
 * with fewer off-step lines wins; on a tie, 8 — the width kernel authors' editors show. A block
 * without tabs is not affected.
 */
final class TabWidth {

    private static final int NARROW = 4;
    private static final int WIDE = 8;

    private TabWidth() {
    }

    /**
     * The width for 1-based lines [from, to) of {@code source}. The whole file speaks first: an author
     * who indents with a tab and then four to seven spaces ({@code \t\t    default:}) sees tabs eight
     * wide (with four, they would have typed a tab), so two such lines anywhere in the note make every
     * block 8. Otherwise the block decides, as below.
     */
    static int detect(SourceText source, int from, int to) {
        if (!source.hasTab()) {
            return NARROW;  // no tab: what the lines below find
        }
        if (halfTabLines(source) >= 2) {
            return WIDE;
        }
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
        if (!anyTab) {
            return NARROW;
        }
        int step = spaceStep(code);
        int chosen = offStep(code, NARROW, step) < offStep(code, WIDE, step) ? NARROW : WIDE;
        return step == 1 ? OneColumnTabWidth.choose(code, chosen) : chosen;   // one-column levels: any width
    }

    /** Lines of the whole note whose indentation has a tab followed by four to seven spaces. */
    static int halfTabLines(SourceText source) {
        return source.halfTabLines(() -> {
            int n = 0;
            for (int l = 1; l <= source.lineCount(); l++) {
                String blanks = leadingBlanks(source.line(l));
                int tab = blanks.lastIndexOf('\t');
                if (tab >= 0) {
                    int spaces = 0;
                    for (int i = tab + 1; i < blanks.length() && blanks.charAt(i) == ' '; i++) {
                        spaces++;
                    }
                    n += spaces >= 4 && spaces <= 7 && tab + 1 + spaces == blanks.length() ? 1 : 0;
                }
            }
            return n;
        });
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

    private static int offStep(List<String> code, int width, int step) {
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

    private static String leadingBlanks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || Connectors.at(line, i))) {
            i++;
        }
        return line.substring(0, i);
    }
}
