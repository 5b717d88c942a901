package org.tracenotes.core.parse;

import org.tracenotes.grammar.FenceMarkers;

/**
 * The note's evidence that its author sees tabs eight wide: lines indented by a tab and then four to
 * seven spaces ({@code \t\t    f()}), a half level an author with tabs four wide would have typed as one
 * more tab. Such a line is no evidence when the fence it stands in shows the author's editor four (or
 * two) wide by itself ({@link TabWidth#alignedWidth}: a tab-indented line at the column of the
 * space-indented line above it): there the tab and four spaces are one level under the tabs above, as
 * the author typed them in that editor. A line outside every fence always counts. Which fence a line is
 * in is followed in one pass down the note, opener and closer as the layout pass reads them
 * ({@link FenceMarkers}).
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
        char marker = 0;   // the open fence's character and marker length; 0: outside every fence
        int markerLength = 0;
        int fenceFrom = 0;   // the open fence's first line, and its alignment once measured (-1: not yet)
        int fenceWidth = -1;
        for (int l = 1; l <= source.lineCount(); l++) {
            String line = source.line(l);
            int p = SourceText.firstNonBlank(line);
            if (p < line.length() && FenceMarkers.mayBeFence(line)) {   // the cheap test first
                if (marker != 0 && FenceMarkers.closes(line, marker, markerLength)) {
                    marker = 0;
                    continue;
                }
                int opens = marker == 0 ? FenceMarkers.openLength(line) : 0;
                if (opens > 0 && line.charAt(p) == '{' && fenceEnd(source, l, '{', opens) > source.lineCount()) {
                    opens = 0;   // a Liquid opener without its tag's closer opens nothing
                }
                if (opens > 0) {
                    marker = line.charAt(p);
                    markerLength = opens;
                    fenceFrom = l + 1;
                    fenceWidth = -1;
                    continue;
                }
            }
            if (line.indexOf('\t') < 0 || !isHalfTab(line)) {
                continue;   // most lines hold no tab
            }
            if (marker != 0 && fenceWidth < 0) {
                fenceWidth = TabWidth.alignedWidth(source, fenceFrom, fenceEnd(source, l, marker, markerLength));
            }
            n += marker == 0 || fenceWidth == 0 ? 1 : 0;
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

    /** The closing line of the fence holding 1-based {@code line} (exclusive end of its lines), or past the note's end. */
    private static int fenceEnd(SourceText source, int line, char marker, int markerLength) {
        for (int l = line + 1; l <= source.lineCount(); l++) {
            if (FenceMarkers.closes(source.line(l), marker, markerLength)) {
                return l;
            }
        }
        return source.lineCount() + 1;
    }
}
