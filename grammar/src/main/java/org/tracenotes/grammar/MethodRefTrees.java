package org.tracenotes.grammar;

/**
 * Indentation trees of Java method references, {@code Class#method} or {@code Class#method(Type, Type)}
 * one a line, each a call made by the reference above it at a shallower indent; pasted Java statements,
 * method headers and {@code //} remarks may sit among them:
 * <pre>
 * ```java
 * FooBean#onEvent
 *     FooConfig#doStart
 *         // builds the proxy
 *         Runner&lt;?&gt; runner = FACTORY.getRunner(ref, type);
 *             BarEngine#start
 *                 BarEngine#openServer(URL, Handler)
 * ```
 * </pre>
 * Read in a fence with no info string, a plain-text one or {@code java}, whose first line of code is such a
 * reference at the block's least indent with another reference deeper below it; and outside fences at a
 * note's very top, a reference at column 0 over deeper references right under it:
 * <pre>
 * FooFactory#getBean
 *     FooRegistry#getSingleton(java.lang.String, boolean)
 * </pre>
 * Ordinary Java never has a reference alone on a line ({@code Foo#bar} is no statement; in a Javadoc it
 * follows {@code *} or {@code @see}), so a Java source fence stays a listing. The block is marked
 * {@link BlockShape#METHOD_REF_TREE}: the core reads its pasted statements as the steps of the reference
 * above them ({@code MethodRefSteps} in the core). The member after {@code #} starts like a Java method
 * (lower case, {@code _} or {@code $}): a capitalised one ({@code Installation#Requirements}) is a wiki or
 * page anchor, not a method.
 */
public final class MethodRefTrees {

    private MethodRefTrees() {
    }

    /** Whether fenced lines {@code open + 1}..{@code last} ({@code open} the fence line) are a tree of references; marks it {@code blockId}. */
    static boolean isFencedTree(NoteLayout layout, int open, int last, int blockId) {
        int[] t = layout.codePoints();
        int infoAt = FenceLines.infoStart(t, layout.start(open), layout.contentEnd(open));
        String info = FenceLanguages.infoWord(t, infoAt, layout.contentEnd(open));
        if (!info.equals("java") && !FenceLanguages.looseInfo(t, infoAt, layout.contentEnd(open))) {
            return false;
        }
        int least = Integer.MAX_VALUE;
        int root = -1;
        boolean deeper = false;
        for (int j = open + 1; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int indent = layout.indentOf(j);
            least = Math.min(least, indent);
            boolean ref = isReference(t, layout.start(j), layout.contentEnd(j));
            if (root < 0) {
                int p = LineScan.stripStart(t, layout.start(j), layout.contentEnd(j));
                if (CallTreeLine.comment(t, p, LineScan.stripEnd(t, p, layout.contentEnd(j)))) {
                    continue;
                }
                if (!ref) {
                    return false;   // the first line of code is no reference: Java source
                }
                root = indent;
            } else if (ref && indent > root) {
                deeper = true;
            }
        }
        if (root < 0 || !deeper || root > least) {
            return false;
        }
        layout.mark(BlockShape.METHOD_REF_TREE, blockId);
        return true;
    }

    /**
     * Marks a tree of references at the very top of the note, outside fences, as trace block {@code blockId}:
     * its first line a reference at column 0, the lines right under it references deeper than it. The next free id.
     */
    static int mark(NoteLayout layout, int blockId) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        int first = 0;
        while (first < n && layout.role(first) == NoteLayout.Role.FRONT_MATTER) {
            first++;
        }
        if (first + 1 >= n || layout.role(first) != NoteLayout.Role.TEXT || layout.indentOf(first) != 0
                || !isReference(t, layout.start(first), layout.contentEnd(first))) {
            return blockId;
        }
        int last = first;
        while (last + 1 < n && layout.role(last + 1) == NoteLayout.Role.TEXT && layout.indentOf(last + 1) > 0
                && isReference(t, layout.start(last + 1), layout.contentEnd(last + 1))) {
            last++;
        }
        if (last == first) {
            return blockId;
        }
        layout.markTrace(first, last, blockId);
        layout.mark(BlockShape.METHOD_REF_TREE, blockId);
        return blockId + 1;
    }

    /**
     * Whether code points [from, to), blanks around, are one method reference: {@code Class#method}, the
     * class perhaps with its package ({@code a.b.Class}) or a nested or anonymous class ({@code Outer$1}),
     * perhaps followed by a parameter list in parentheses that ends the line. The method's name starts
     * lower-case or with {@code _} or {@code $}, as Java methods do: {@code Page#Section} is an anchor.
     */
    public static boolean isReference(int[] t, int from, int to) {
        int p = LineScan.stripStart(t, from, to);
        int e = LineScan.stripEnd(t, p, to);
        int hash = -1;
        for (int k = p; k < e; k++) {
            if (t[k] == '#') {
                hash = k;
                break;
            }
        }
        if (hash <= p || hash + 1 >= e) {
            return false;
        }
        int segment = p;   // the class's own name: the last dotted segment before `#`
        for (int k = p; k < hash; k++) {
            int c = t[k];
            if (c == '.') {
                if (k == segment) {
                    return false;
                }
                segment = k + 1;
            } else if (!LineScan.isIdentPart(c) && c != '$') {
                return false;
            }
        }
        if (segment >= hash || !(t[segment] >= 'A' && t[segment] <= 'Z') || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int q = hash + 1;
        if (!(t[q] >= 'a' && t[q] <= 'z') && t[q] != '_' && t[q] != '$') {
            return false;
        }
        while (q < e && (LineScan.isIdentPart(t[q]) || t[q] == '$')) {
            q++;
        }
        if (q == e) {
            return true;
        }
        return t[q] == '(' && LineScan.closeParen(t, q, e) == e - 1;
    }
}
