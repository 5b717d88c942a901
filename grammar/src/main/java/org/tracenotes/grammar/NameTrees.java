package org.tracenotes.grammar;

/**
 * A tree of C function names, without an arrow, that a careful reader takes for a call tree whatever
 * the fence's info string says: lines that are mostly function names or calls ({@code rw_verify_area},
 * {@code vfs_write()}, {@code file->f_op->write_iter()}), laid out as a tree
 * <ul>
 * <li>by box-drawn edges ({@code ├── name}, {@code └── name}, {@code │} stems), in any fence: a tree of
 * bare names that {@link BoxDrawnTree} leaves to the content because none of them is called;</li>
 * <li>by indentation alone or ASCII edges ({@code |-- name}), in a fence whose info string names another
 * language or a listing ({@code asm}, {@code console}, an unknown word): authors tag a tree of the
 * labels and functions of an assembly path {@code asm}, and neither assembly, a shell session nor a
 * config file ever has a name alone on a line with deeper names under it. A language whose indentation
 * is syntax of its own (Python, YAML, Make, a diff) keeps its fence a listing but for box edges.</li>
 * </ul>
 * What keeps a listing a listing: a line that is real code or output is no name
 * ({@code mov x0, x1}, {@code bl func}, {@code $ make -j8}, {@code key: value}, {@code x = 1;},
 * {@code #include}, a brace), and a name with a file's dot or a directory's slash ({@code foo.c},
 * {@code fs/}) is a folder listing's entry, which rejects the block. At least half of the names must
 * read as C's ({@code _}, a call's parentheses, a member arrow): a folder listing of bare words
 * ({@code arch}, {@code kernel}) stays a listing. A tree of bare names, none written as a call, is a
 * call tree only when its caption says calls or its names are shaped like functions and none like a
 * type or a unit ({@link NameShapes}): a sysfs directory ({@code read_ahead_kb}), structures within
 * structures ({@code mm_struct}) and a module's dependencies are data trees.
 *
 * <p>Each line is read by one scan of its code points, no regex ({@link NameLine}); a fence of code is
 * given up as soon as its lines that are no name pass the share allowed.
 */
final class NameTrees {

    private static final int VERTICAL = '\u2502';       // │
    private static final int HORIZONTAL = '\u2500';     // ─

    private NameTrees() {
    }

    /**
     * Whether the fenced lines {@code open + 1}..{@code last} of {@code layout} ({@code open} the fence's
     * opening line) are a tree of names: by box edges in any fence, by indentation in a fence whose info
     * string does not already let its content decide.
     */
    static boolean isTree(NoteLayout layout, int open, int last) {
        int first = open + 1;
        if (last - first < 2) {
            return false;   // a root and two children at least
        }
        int[] t = layout.codePoints();
        int s = layout.start(open);
        int e = layout.contentEnd(open);
        int infoAt = FenceLines.infoStart(t, s, e);   // a fence's or a Liquid tag's
        String info = FenceLanguages.infoWord(t, infoAt, e);
        boolean captioned = captionSaysCalls(layout, open);
        if (boxTree(layout, first, last, captioned)) {
            return true;
        }
        if (info.isEmpty() || FenceLanguages.ownIndentation(info)
                || FenceLanguages.infoAllows(t, infoAt, e)) {
            return false;   // the content already decided (IndentedCallTree), or the language's indentation is its own
        }
        return indentedTree(layout, first, last, captioned);
    }

    /** Whether lines {@code first}..{@code last} draw a tree of names with two or more box edges. */
    static boolean boxTree(NoteLayout layout, int first, int last, boolean captioned) {
        int[] t = layout.codePoints();
        int lines = 0;
        int edges = 0;
        Names names = new Names();
        int other = 0;
        boolean rootRead = false;
        int total = last - first + 1;
        int led = 0;
        for (int j = first; j <= last && led < 2; j++) {
            int p = LineScan.stripStart(t, layout.start(j), layout.contentEnd(j));
            led += p < layout.contentEnd(j) && BoxDrawnTree.isBoxDrawing(t[p]) ? 1 : 0;
        }
        if (led < 2) {
            return false;   // the cheap reject: fewer than two lines led by a box-drawing character
        }
        for (StrippedLines line = new StrippedLines(layout, first, last); line.next(); ) {
            int p = line.from();
            int e = line.to();
            int c = t[p];
            if (!rootRead && wordedRoot(layout, line.index(), last)) {
                rootRead = true;   // `user fork()` over `└─ sys_fork`: the root in words
                captioned |= WordedRoots.speaksOfCalls(t, p, e);
                continue;
            }
            if (!BoxDrawnTree.isBoxDrawing(c) && !LineScan.isIdentStart(c) && c != '#' && c != '/'
                    && c != '.' && c != '*') {
                if (++other * 4 > total) {
                    return false;   // the cheap test: a line led by neither a box edge nor a name
                }
                continue;
            }
            int q = pastBoxMargin(t, p, e);
            boolean edge = q > p && edgeBefore(t, p, q);
            NameLine kind = q == e ? NameLine.NEUTRAL : NameLine.read(t, q, e);
            if (kind == NameLine.FILE) {
                return false;   // a folder listing
            }
            if (kind == NameLine.NEUTRAL) {
                continue;
            }
            if (!rootRead && !edge && kind == NameLine.OTHER) {
                return false;   // the root is no name
            }
            rootRead = true;
            lines++;
            edges += edge && kind != NameLine.OTHER ? 1 : 0;
            names.add(kind);
            if (kind == NameLine.OTHER && ++other * 4 > total) {
                return false;
            }
        }
        return edges >= 2 && other * 4 <= lines && names.readAsCalls(captioned);
    }

    /**
     * Whether line {@code j}, a tree's first, is its root in words ({@link WordedRoots}) rather than a name:
     * a line whose text no name leads, or that reads as no name.
     */
    private static boolean wordedRoot(NoteLayout layout, int j, int last) {
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int p = LineScan.stripStart(t, layout.start(j), e);
        return (!LineScan.isIdentStart(t[p]) || NameLine.read(t, p, e) == NameLine.OTHER)
                && WordedRoots.isWordedRoot(layout, j, last);
    }

    /**
     * Whether lines {@code first}..{@code last}, with no box edge, are a tree of names by indentation: every
     * line but one in eight a name or call, half of them C's at least, and a call tree by the measure of
     * {@link IndentedCallTree} (descents, the root at the least indent).
     */
    static boolean indentedTree(NoteLayout layout, int first, int last, boolean captioned) {
        int[] t = layout.codePoints();
        int lines = 0;
        Names names = new Names();
        int other = 0;
        int total = last - first + 1;
        for (StrippedLines line = new StrippedLines(layout, first, last); line.next(); ) {
            int p = line.from();
            int e = line.to();
            int q = IndentedCallTree.pastStems(t, p, e);
            if (q == e) {
                continue;
            }
            q = IndentedCallTree.pastConnector(t, q, e);
            NameLine kind = q == e ? NameLine.NEUTRAL : NameLine.read(t, q, e);
            if (kind == NameLine.FILE) {
                return false;
            }
            if (kind == NameLine.NEUTRAL) {
                continue;
            }
            lines++;
            names.add(kind);
            if (kind == NameLine.OTHER && ++other * 8 > total) {
                return false;   // code, instructions, commands: given up at once
            }
        }
        return lines >= 3 && other * 8 <= lines && names.readAsCalls(captioned)
                && IndentedCallTree.isCallTree(t, layout, first, last);
    }

    /**
     * The names of a candidate tree, counted by kind. A tree of names is read as calls when at least half
     * of its names read as C's (the rest plain words) and two or more do, and, with no node written as a
     * call, something else says they are functions: the caption above says so, or at least half of the C
     * names are shaped like functions and none like a type or a unit. Otherwise it is a data tree: a sysfs
     * directory, structures within structures, modules and what they depend on.
     */
    static final class Names {
        private int calls;
        private int functions;
        private int data;
        private int bare;
        private int words;

        void add(NameLine kind) {
            switch (kind) {
                case CALL -> calls++;
                case FUNCTION_NAME -> functions++;
                case DATA_NAME -> data++;
                case C_NAME -> bare++;
                case WORD -> words++;
                default -> { }
            }
        }

        /** Whether any name is shaped like data: a type's or a unit's ending ({@link NameShapes}). */
        boolean namesData() {
            return data > 0;
        }

        boolean readAsCalls(boolean captioned) {
            int cNames = calls + functions + data + bare;
            if (cNames < 2 || cNames < words) {
                return false;
            }
            return calls > 0 || captioned || data == 0 && functions * 2 >= cNames;
        }
    }

    /**
     * Whether the nearest line with text above the fence's opening line {@code open} (its caption or
     * heading) says it shows calls ({@link #saysCalls}).
     */
    static boolean captionSaysCalls(NoteLayout layout, int open) {
        int[] t = layout.codePoints();
        for (int j = open - 1; j >= 0; j--) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            if (LineScan.stripStart(t, s, e) == e) {
                continue;
            }
            return saysCalls(t, s, e);
        }
        return false;
    }

    /**
     * Whether the caption or title on [{@code s}, {@code e}) says it shows calls: {@code call} in any case
     * ({@code calls}, {@code Call graph}), {@code 调用}, or {@code flow} ({@code 流程}). The one list of the
     * words that name a flow of calls in a caption (also {@link BannerCallSequences}'s titles).
     */
    static boolean saysCalls(int[] t, int s, int e) {
        return LineScan.containsLower(t, s, e, "call") || LineScan.indexOf(t, s, e, "\u8c03\u7528") >= 0
                || LineScan.containsLower(t, s, e, "flow") || LineScan.indexOf(t, s, e, "\u6d41\u7a0b") >= 0;
    }

    /** Past the blanks, {@code │} stems and box edges ({@code ├──}, {@code └─}, {@code └}) that lead [p, e). */
    static int pastBoxMargin(int[] t, int p, int e) {
        int q = p;
        while (q < e) {
            int c = t[q];
            if (c == ' ' || c == '\t') {
                q++;
            } else if (c == VERTICAL && (q + 1 == e || t[q + 1] == ' ' || t[q + 1] == '\t')) {
                q++;
            } else if (BoxDrawnTree.isEdgeLead(c)) {
                int r = q + 1;
                while (r < e && t[r] == HORIZONTAL) {
                    r++;
                }
                if (r < e && t[r] != ' ' && t[r] != '\t' && !(r > q + 1 && LineScan.isIdentStart(t[r]))) {
                    return q;   // a box's corner or a wire that turns (`└──┘`, `├──┼`): no edge
                }
                if (r == q + 1 && (r == e || !LineScan.isIdentStart(t[LineScan.skipBlanks(t, r, e)]))) {
                    return q;   // an edge of one character leads to a name (`└ f`), as the lexer reads it
                }
                q = r;
            } else {
                break;
            }
        }
        return q;
    }

    /**
     * Whether the edge lead ({@code ├}, {@code └}, {@code ╰}) at {@code i} of {@code line} (chars up to
     * {@code end}) is an edge of one character: a blank right after it, then a name ({@code └ vfs_write},
     * {@code ├ f()}) or a word of a script without capitals ({@code └ 检查 x}, a step in words). A box's
     * corner is followed by its wire ({@code └──┘}), a table's cell by a wall.
     */
    static boolean oneCharacterEdge(CharSequence line, int i, int end) {
        if (i + 2 >= end || line.charAt(i + 1) != ' ' && line.charAt(i + 1) != '\t') {
            return false;
        }
        int k = LineScan.skipBlanks(line, i + 1);
        return k < end && (line.charAt(k) >= 'a' && line.charAt(k) <= 'z' || line.charAt(k) >= 'A' && line.charAt(k) <= 'Z'
                || line.charAt(k) == '_' || line.charAt(k) > 0x2E7F && Character.isLetter(line.charAt(k)));
    }

    /** Whether the margin [p, q) holds an edge ({@code ├}, {@code └}, {@code ╰}), not only stems. */
    private static boolean edgeBefore(int[] t, int p, int q) {
        for (int k = p; k < q; k++) {
            if (BoxDrawnTree.isEdgeLead(t[k])) {
                return true;
            }
        }
        return false;
    }
}
