package org.tracenotes.core.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * Guesses the tab width a block was written with. Authors who mix tabs and spaces line tab-indented
 * lines up with space-indented ones in their editor; the width under which more tab-indented lines
 * land on a column that space-indented lines use is the one they saw. 4 unless 8 fits better.
 */
final class TabWidth {

    static final int DEFAULT = 4;
    private static final int WIDE = 8;

    private TabWidth() {
    }

    /** The width for 1-based lines [from, to) of {@code source}. */
    static int detect(SourceText source, int from, int to) {
        Set<Integer> spaceColumns = new HashSet<>();
        int last = Math.min(to, source.lineCount() + 1);
        for (int l = from; l < last; l++) {
            String line = source.line(l);
            if (!line.isBlank() && leadingBlanks(line).indexOf('\t') < 0) {
                spaceColumns.add(SourceText.indentWidth(line, DEFAULT));
            }
        }
        int fitsDefault = 0;
        int fitsWide = 0;
        for (int l = from; l < last; l++) {
            String line = source.line(l);
            if (line.isBlank() || leadingBlanks(line).indexOf('\t') < 0) {
                continue;
            }
            fitsDefault += spaceColumns.contains(SourceText.indentWidth(line, DEFAULT)) ? 1 : 0;
            fitsWide += spaceColumns.contains(SourceText.indentWidth(line, WIDE)) ? 1 : 0;
        }
        return fitsWide > fitsDefault ? WIDE : DEFAULT;
    }

    private static String leadingBlanks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '|')) {
            i++;
        }
        return line.substring(0, i);
    }
}
