package org.tracenotes.core.parse;

/**
 * The note's evidence that its author sees tabs eight wide: lines indented by a tab and then four to
 * seven spaces ({@code \t\t    f()}), a half level an author with tabs four wide would have typed as one
 * more tab. Such a line is no evidence when the fence it stands in shows the author's editor four (or
 * two) wide by itself ({@link TabWidth#alignedWidth}: a tab-indented line at the column of the
 * space-indented line above it): there the tab and four spaces are one level under the tabs above, as
 * the author typed them in that editor.
 */
final class HalfTabEvidence {

    private HalfTabEvidence() {
    }

    /** How many lines of the whole note say eight, computed once per note. */
    static int lines(SourceText source) {
        return source.halfTabLines(() -> count(source));
    }

    private static int count(SourceText source) {
        int n = 0;
        int fenceFrom = 0;   // the fence whose alignment was last measured, and what it said
        int fenceWidth = 0;
        for (int l = 1; l <= source.lineCount(); l++) {
            String line = source.line(l);
            if (line.indexOf('\t') < 0 || !isHalfTab(line)) {
                continue;   // the cheap test first: most lines hold no tab
            }
            int from = fenceStart(source, l);
            if (from != fenceFrom) {
                fenceFrom = from;
                fenceWidth = from == 0 ? 0 : TabWidth.alignedWidth(source, from, fenceEnd(source, l));
            }
            n += fenceWidth == 0 ? 1 : 0;
        }
        return n;
    }

    /** Whether the line's indentation (connectors included) ends in a tab and then four to seven spaces. */
    private static boolean isHalfTab(String line) {
        String blanks = TabWidth.leadingBlanks(line);
        int tab = blanks.lastIndexOf('\t');
        int spaces = 0;
        for (int i = tab + 1; i < blanks.length() && blanks.charAt(i) == ' '; i++) {
            spaces++;
        }
        return tab >= 0 && spaces >= 4 && spaces <= 7 && tab + 1 + spaces == blanks.length();
    }

    /** The first line inside the fence holding 1-based {@code line}, or 0 when no fence opens above it. */
    private static int fenceStart(SourceText source, int line) {
        for (int l = line - 1; l >= 1; l--) {
            if (isFence(source.line(l))) {
                return l + 1;
            }
        }
        return 0;
    }

    /** The fence's closing line (exclusive end of its lines), or the note's end. */
    private static int fenceEnd(SourceText source, int line) {
        for (int l = line + 1; l <= source.lineCount(); l++) {
            if (isFence(source.line(l))) {
                return l;
            }
        }
        return source.lineCount() + 1;
    }

    private static boolean isFence(String line) {
        String s = line.stripLeading();
        return s.startsWith("```") || s.startsWith("~~~");
    }
}
