package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tracenotes.grammar.ElidedPaths;

/**
 * A fence holding a call path written flat ({@link ElidedPaths}: a column of names closed by a deeper
 * elision, under words that speak of a call): each name is moved under the one before it, the callee of
 * it, and the elision goes with the last name, the rest of the path below it ({@link ChainLinks}).
 */
final class ElidedPathChains {

    private ElidedPathChains() {
    }

    /** The lines of a fenced block ({@code fenced}) chained when the fence is such a path; else the lines as they are. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        if (!fenced || lines.size() < 4) {
            return lines;
        }
        int first = lines.get(0).line();
        int last = lines.get(lines.size() - 1).line();
        String lastText = source.line(last).strip();
        if (lastText.isEmpty() || lastText.charAt(0) != '.' && lastText.charAt(0) != '\u2026' && lastText.charAt(0) != '[') {
            return lines;   // the cheap test: the block's last line opens as an elision
        }
        if (!ElidedPaths.isElision(lastText)) {
            return lines;   // before copying the fence's lines: a log's last '[    0.1] …' line pays no more
        }
        int open = first - 1;
        while (open >= 1 && source.line(open).isBlank()) {
            open--;
        }
        int above = open - 1;
        while (above >= 1 && source.line(above).isBlank()) {
            above--;
        }
        List<String> content = new ArrayList<>(last - open);
        for (int k = open + 1; k <= last; k++) {
            content.add(source.line(k));
        }
        if (!ElidedPaths.isPath(content, above >= 1 ? source.line(above) : null)) {
            return lines;
        }
        int[] callers = new int[lines.size()];
        Arrays.fill(callers, ChainLinks.NONE);
        boolean seen = false;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() == null || l.line() == last) {
                continue;   // blank lines, and the elision: it moves with the last name, deeper than it
            }
            if (seen) {
                callers[i] = ChainLinks.PREVIOUS;
            }
            seen = true;
        }
        return ChainLinks.apply(lines, callers);
    }
}
