package org.tracenotes.grammar;

/**
 * Finds the call trees drawn by indentation alone among a note's text lines, outside any fence: reads
 * the layout's TEXT lines (their columns past connectors and padded list numbers, file labels between a
 * call and its body) to cut runs, asks {@link IndentedCallTree} whether a run is a call tree, and marks
 * the trees it finds as trace blocks, with the padded numbers of their items as margins.
 */
final class UnfencedCallTrees {

    private UnfencedCallTrees() {
    }

    /**
     * Unfenced call trees among a note's text lines: a run starts at a complete call (or a {@code |name}
     * stem) whose next line is deeper and takes the lines deeper than it, blank lines inside, and
     * the complete lines at its column; prose back at its column or left of it ends the run. A run is a
     * trace when {@link IndentedCallTree#isCallTree} says so; the runs take block ids from {@code blockId} on.
     */
    static void mark(int[] t, NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        int retriedTo = -1;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !startsTree(t, layout, i)) {
                i++;
                continue;
            }
            int base = textColumn(t, layout, i);
            int last = i;
            int firstLabel = -1;
            for (int j = i + 1; j < n; j++) {
                NoteLayout.Role r = layout.role(j);
                if (r == NoteLayout.Role.BLANK) {
                    continue;
                }
                if (r != NoteLayout.Role.TEXT) {
                    break;
                }
                if (fileLabel(t, layout, j)) {
                    firstLabel = firstLabel < 0 ? j : firstLabel;
                    continue;   // a file label between a call and its body: the run goes on past it
                }
                int col = textColumn(t, layout, j);
                if (col < base || col == base && !CallTreeLine.classify(t, layout, j).complete()) {
                    break;
                }
                last = j;
            }
            int tree = last > i && !IndentedCallTree.isCallTree(t, layout, i, last, false) ? treePart(t, layout, i, last) : last;
            if (tree > i) {
                layout.markTrace(i, tree, blockId++);
                markPaddedItems(t, layout, i, tree);
            }
            // a run that is no tree across a file label: the lines after the label are read on their own, once
            // (a run started among lines already read so goes on past its end: each line is read twice at most)
            boolean retry = tree <= i && firstLabel >= 0 && i > retriedTo;
            retriedTo = retry ? last : retriedTo;
            i = retry ? firstLabel + 1 : last + 1;
        }
    }

    /**
     * The last line of the call tree that leads a run which is not one as a whole, or {@code first} when
     * none does: a tree the author goes on from with a snippet of code at a shallower column (a
     * structure's initialiser, a listing under a sentence about it) ends before the snippet's first line
     * that is not a complete call, statement or note; the lines before it are read on their own.
     */
    private static int treePart(int[] t, NoteLayout layout, int first, int last) {
        for (int j = first + 1; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            CallTreeLine.Kind kind = CallTreeLine.classify(t, layout, j);
            if (kind == CallTreeLine.Kind.NEUTRAL || kind == CallTreeLine.Kind.FILE || kind.complete()) {
                continue;
            }
            int end = j - 1;
            while (end > first && layout.role(end) != NoteLayout.Role.TEXT) {
                end--;
            }
            return end > first && IndentedCallTree.isCallTree(t, layout, first, end, false) ? end : first;
        }
        return first;
    }

    /** A complete call or stem with a deeper code line next (blank lines between). */
    private static boolean startsTree(int[] t, NoteLayout layout, int i) {
        int s = layout.start(i);
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, s, e);
        if (p == e || IndentedCallTree.pastConnector(t, p, e) == p && !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int next = i + 1;
        while (next < layout.lineCount() && (layout.role(next) == NoteLayout.Role.BLANK
                || layout.role(next) == NoteLayout.Role.TEXT && fileLabel(t, layout, next))) {
            next++;
        }
        if (next >= layout.lineCount() || layout.role(next) != NoteLayout.Role.TEXT
                || textColumn(t, layout, next) <= textColumn(t, layout, i)) {
            return false;
        }
        return (CallTreeLine.classify(t, layout, i).complete() || IndentedCallTree.labelCaptions(t, layout, i, next, -1))
                && CallTreeLine.classify(t, layout, next) != CallTreeLine.Kind.OTHER;
    }

    /**
     * Whether text line {@code j} is a file label alone ({@code mm/fault.c}, {@code fs/x.h}): an author
     * names the file the calls below it are in, at any column, and it opens or closes nothing. The first
     * test is a {@code /} or a {@code .} in the line.
     */
    private static boolean fileLabel(int[] t, NoteLayout layout, int j) {
        int s = layout.start(j);
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, s, e);
        if (p == e || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int q = p;
        while (q < e && t[q] != '/' && t[q] != '.' && t[q] != ' ') {
            q++;
        }
        return q < e && t[q] != ' ' && CallTreeLine.classify(t, p, LineScan.stripEnd(t, p, e)) == CallTreeLine.Kind.FILE;
    }

    /** The column where line {@code j}'s text starts, past blanks (tabs to 4) and a connector. */
    private static int textColumn(int[] t, NoteLayout layout, int j) {
        int s = layout.start(j);
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, s, e);
        return IndentedCallTree.width(t, s, p < e ? IndentedCallTree.pastConnector(t, IndentedCallTree.pastPaddedNumber(t, p, e), e) : p, 4);
    }

    /**
     * Makes the padded numbers of a tree's items margins ({@link IndentedCallTree#pastPaddedNumber}) and the lines in words
     * under such an item, not right of its call, remarks on it: the author writes what the call does under its
     * number, indented from the number, not from the call.
     */
    private static void markPaddedItems(int[] t, NoteLayout layout, int first, int last) {
        int itemText = -1;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            int q = IndentedCallTree.pastPaddedNumber(t, p, e);
            if (q > p) {
                layout.margins().setEnd(j, q - s);
                itemText = IndentedCallTree.width(t, s, q, 4);
            } else if (itemText >= 0 && IndentedCallTree.width(t, s, p, 4) <= itemText && words(t, p, e)) {
                layout.margins().setRemark(j);
            } else {
                itemText = -1;
            }
        }
    }

    /** Whether the stripped line [p, e) is words, no code: it holds a letter of a script other than Latin, or reads as no call. */
    private static boolean words(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            if (t[k] >= 0x1100 && Character.isLetter(t[k])) {
                return true;
            }
        }
        return CallTreeLine.classify(t, p, e) == CallTreeLine.Kind.OTHER;
    }

}
