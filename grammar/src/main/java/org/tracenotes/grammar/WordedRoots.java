package org.tracenotes.grammar;

/**
 * A tree's root written in words above the tree an author draws under it: who starts the path, in a
 * sentence or a caption rather than as a function's name.
 * <pre>
 * user fork()                 用户调用
 *   └─ sys_fork                   sys_fork
 *        └─ kernel_clone              kernel_clone
 * </pre>
 * The line is the tree's first, and the line after it (blank lines between) stands deeper: the tree
 * hangs from it. It is words, not a name: a blank between two words or a letter beyond ASCII
 * ({@code 用户}), no statement of code ({@code x = 1;}, {@code f(x) {}), short (a caption, not a
 * paragraph). The tree rules ({@link NameTrees}, {@link IndentedCallTree}) take it as their root, where
 * they would take a name; whether the tree is one of calls the rest of them decides, or the root's words
 * when they speak of a call ({@link #speaksOfCalls}).
 */
final class WordedRoots {

    /** A caption is short: longer lines are a paragraph's. */
    private static final int MAX_LENGTH = 80;

    private WordedRoots() {
    }

    /**
     * Whether line {@code line} of {@code layout}, the first of a tree ending at {@code last}, is a root in
     * words: words as the class says, and the next line with text before {@code last} deeper than it.
     */
    static boolean isWordedRoot(NoteLayout layout, int line, int last) {
        int[] t = layout.codePoints();
        int s = layout.start(line);
        int e = LineScan.stripEnd(t, s, layout.contentEnd(line));
        int p = LineScan.stripStart(t, s, e);
        if (p == e || e - p > MAX_LENGTH || !words(t, p, e)) {
            return false;
        }
        int c = t[e - 1];
        if (c == ';' || c == '{' || c == ',' || c == '=' || c == '|' || BoxDrawnTree.isBoxDrawing(t[p])) {
            return false;   // code, a box's wall, or a line of the tree itself
        }
        for (int j = line + 1; j <= last; j++) {
            if (!layout.blank(j)) {
                return layout.indentOf(j) > layout.indentOf(line);
            }
        }
        return false;
    }

    /**
     * Whether words [p, e) speak of a call: a word for calling ({@link NameItemLists#saysCall}) or a name
     * written as a call, its parentheses right after it ({@code user fork()}).
     */
    static boolean speaksOfCalls(int[] t, int p, int e) {
        if (NameItemLists.saysCall(t, p, e)) {
            return true;
        }
        for (int k = p + 1; k + 1 < e; k++) {
            if (t[k] == '(' && t[k + 1] == ')' && LineScan.isIdentPart(t[k - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether [p, e) is words: a blank between two non-blanks, or a letter beyond ASCII. */
    private static boolean words(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c >= 0x80 && Character.isLetter(c) || (c == ' ' || c == '\t') && k + 1 < e && t[k + 1] != ' ' && t[k + 1] != '\t') {
                return true;
            }
        }
        return false;
    }
}
