package org.tracenotes.grammar;

/**
 * Facts about a note's lines that the layout pass's recognisers ask for again and again, each found once per
 * line and kept: whether the line is blank ({@link NoteLayout#blank}), where a list item's bullet ends
 * ({@link ListItemMarkers#bulletEnd}) and where the line's leading arrow ends ({@link NoteLayout#arrowEnd}).
 * The first two depend on the line's text alone; the arrow's end also on that line's margin and learned
 * marker, so {@link LineMargins} makes the memo forget it when it sets either ({@link #forgetArrowEnd}) and it is
 * found again on the next asking. Each array is made when its fact is first asked for. A memo, as its layout,
 * belongs to one parse: two parses share nothing.
 */
final class LineMemo {

    /** A fact not yet found: the arrays hold a fact's value plus this offset, so 0 means unknown. */
    private static final int KNOWN = 2;

    private final NoteLayout layout;
    private byte[] blanks;
    private int[] bulletEnds;
    private int[] arrowEnds;

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

    int arrowEnd(int line) {
        if (arrowEnds == null) {
            arrowEnds = new int[layout.lineCount()];
        }
        if (arrowEnds[line] == 0) {
            arrowEnds[line] = layout.findArrowEnd(line) + KNOWN;
        }
        return arrowEnds[line] - KNOWN;
    }

    /** Forgets line {@code line}'s arrow end: its margin or learned marker has changed. */
    void forgetArrowEnd(int line) {
        if (arrowEnds != null) {
            arrowEnds[line] = 0;
        }
    }
}
