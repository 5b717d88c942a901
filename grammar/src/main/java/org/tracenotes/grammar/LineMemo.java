package org.tracenotes.grammar;

/**
 * Facts about a note's lines that the layout pass's recognisers ask for again and again, each found once per
 * line and kept: whether the line is blank ({@link NoteLayout#blank}), where a list item's bullet ends
 * ({@link ListItemMarkers#bulletEnd}) and where the line's leading arrow ends ({@link NoteLayout#arrowEnd}).
 * The first two depend on the line's text alone; the arrow's end also on the margins the layout has
 * learned so far, so it is kept with the {@link LineMargins#version} it was found under and found again
 * once the margins have changed. Each array is made when its fact is first asked for.
 */
final class LineMemo {

    /** A fact not yet found: the arrays hold a fact's value plus this offset, so 0 means unknown. */
    private static final int KNOWN = 2;

    private final NoteLayout layout;
    private byte[] blanks;
    private int[] bulletEnds;
    private int[] arrowEnds;
    private int[] arrowVersions;

    LineMemo(NoteLayout layout) {
        this.layout = layout;
    }

    boolean blank(int line) {
        if (blanks == null) {
            blanks = new byte[layout.lineCount()];
        }
        if (blanks[line] == 0) {
            int e = layout.contentEnd(line);
            blanks[line] = (byte) (LineScan.stripStart(layout.codePoints(), layout.start(line), e) == e ? 1 : 2);
        }
        return blanks[line] == 1;
    }

    int bulletEnd(int line) {
        if (bulletEnds == null) {
            bulletEnds = new int[layout.lineCount()];
        }
        if (bulletEnds[line] == 0) {
            bulletEnds[line] = ListItemMarkers.findBulletEnd(layout, line) + KNOWN;
        }
        return bulletEnds[line] - KNOWN;
    }

    int arrowEnd(int line, int marginsVersion) {
        if (arrowEnds == null) {
            arrowEnds = new int[layout.lineCount()];
            arrowVersions = new int[layout.lineCount()];
        }
        if (arrowEnds[line] == 0 || arrowVersions[line] != marginsVersion) {
            arrowEnds[line] = layout.findArrowEnd(line) + KNOWN;
            arrowVersions[line] = marginsVersion;
        }
        return arrowEnds[line] - KNOWN;
    }
}
