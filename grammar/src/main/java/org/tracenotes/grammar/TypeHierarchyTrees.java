package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * A type hierarchy drawn as an indentation tree: a CamelCase type name, and under it, deeper, the names of
 * its subtypes, each the parent's name with a prefix put before it, a remark maybe after it:
 * <pre>
 * // src/include/foo/slots.h
 * SlotBase
 *     VirtualSlotBase      // virtual
 *     HeapSlotBase         // physical
 *         PinnedHeapSlotBase
 *     BufferHeapSlotBase   // buffered
 * </pre>
 * It is no call tree: nothing is called, a {@code HeapSlotBase} is a {@code SlotBase}. It is read strictly:
 * every line is a comment or one name (upper-case first letter, letters and digits only, a lower-case letter
 * among them, no parentheses) with at most a {@code //} or {@code /*} remark after it; every line deeper than
 * the one it stands under is a child of that line, and its name ends with its parent's name and is longer;
 * every top-level name has at least two children. Snake-case call trees whose callee happens to end with its
 * caller's name ({@code sys_read} / {@code ksys_read}) are no such tree: their names are not CamelCase.
 * {@link IndentedCallTree} asks it to turn such a block down.
 */
final class TypeHierarchyTrees {

    /** The fewest children of each top-level type. */
    private static final int MIN_CHILDREN = 2;

    private TypeHierarchyTrees() {
    }

    /** Whether lines {@code first}..{@code last} of {@code layout} (code points {@code t}) are a type hierarchy and nothing else. */
    static boolean isTypeTree(int[] t, NoteLayout layout, int first, int last) {
        List<int[]> open = new ArrayList<>();   // per open level: {indent, name from, name to}
        int children = MIN_CHILDREN;   // of the current top-level type; none before the first
        boolean any = false;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j) + layout.marginEnd(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e || comment(t, p, e)) {
                continue;
            }
            if (!LineScan.isIdentStart(t[p]) || t[p] < 'A' || t[p] > 'Z') {
                return false;   // the cheap test: a type name starts with a capital
            }
            int q = p + 1;
            boolean lower = false;
            while (q < e && (t[q] >= 'A' && t[q] <= 'Z' || t[q] >= 'a' && t[q] <= 'z' || t[q] >= '0' && t[q] <= '9')) {
                lower |= t[q] >= 'a' && t[q] <= 'z';
                q++;
            }
            int r = LineScan.skipBlanks(t, q, e);
            if (!lower || r < e && (r == q || !comment(t, r, e))) {
                return false;   // not a CamelCase name alone, or a remark that is no comment
            }
            int indent = IndentedCallTree.width(t, s, p, 4);
            while (!open.isEmpty() && open.get(open.size() - 1)[0] > indent) {
                open.remove(open.size() - 1);
            }
            if (!open.isEmpty() && open.get(open.size() - 1)[0] == indent) {
                open.remove(open.size() - 1);   // a sibling of the line at this column
            }
            if (open.isEmpty()) {
                if (any && children < MIN_CHILDREN) {
                    return false;
                }
                children = 0;   // a top-level type
                any = true;
            } else {
                int[] parent = open.get(open.size() - 1);
                if (!subtype(t, p, q, parent[1], parent[2])) {
                    return false;
                }
                children += open.size() == 1 ? 1 : 0;
            }
            open.add(new int[] {indent, p, q});
        }
        return any && children >= MIN_CHILDREN;
    }

    /** Whether {@code p..q} names a subtype of the name at {@code a..b}: it is longer and ends with it, after a capital. */
    static boolean subtype(int[] t, int p, int q, int a, int b) {
        int n = b - a;
        if (q - p <= n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (t[q - n + k] != t[a + k]) {
                return false;
            }
        }
        return t[p] >= 'A' && t[p] <= 'Z';
    }

    /** Whether a comment starts at {@code p}: {@code //} or {@code /*}. */
    private static boolean comment(int[] t, int p, int e) {
        return p + 1 < e && t[p] == '/' && (t[p + 1] == '/' || t[p + 1] == '*');
    }
}
