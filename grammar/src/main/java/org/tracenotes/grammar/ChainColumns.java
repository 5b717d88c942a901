package org.tracenotes.grammar;

/**
 * A column of call hops in a fence: one short chain a line, {@code a() -> b()} or {@code a() --> b() --> c()},
 * every line at one column, the column going on with bare calls or stages in words.
 * <pre>
 * firmware -> boot_main()
 * boot_main() -> mm_init()
 * sched_init() -> idle_loop()
 * run_initcalls()
 * bus scan
 * </pre>
 * The author lists the stages of one flow in time order, each line a hop of its own (a line may repeat the
 * callee of the line above as its caller): every line is a step of the flow, side by side under the block's
 * implied root, none the callee of the line above (core's {@code ChainColumnSteps}).
 *
 * <p>What tells it from other columns: the fence's first line is a chain, two chains at least stand right one
 * under the other, every line stands at one column (an indented line makes it a tree, read by its
 * indentation), every chain ends in a call with its parentheses (a chain of objects, {@code DEVICE ->
 * iommu_group}, is a diagram of data), and a line with no arrow is a call or a few words. Graph sources
 * ({@code a -> b;}, {@code [label=...]}) end in no call and are no column.
 *
 * <p>Cost: a fence is rejected at its first line unless that line holds a spaced arrow.
 */
public final class ChainColumns {

    /** The fewest chain lines, one right under the other. */
    private static final int MIN_CHAINS = 2;
    /** The most words a line with no arrow may have to be a stage of the column. */
    private static final int MAX_STAGE_WORDS = 6;

    private ChainColumns() {
    }

    /** Whether the fenced lines {@code first}..{@code last} are such a column; when they are, it is block {@code blockId}'s shape. */
    static boolean markFencedColumn(NoteLayout layout, int first, int last, int blockId) {
        int[] t = layout.codePoints();
        CodePointWindow chars = new CodePointWindow(t).over(0, t.length);   // the arrows' scanner reads chars
        int column = -1;
        int chains = 0;
        boolean run = true;   // still in the first run of chain lines
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                return false;   // a blank line: paragraphs, no column
            }
            column = column < 0 ? p - s : column;
            if (p - s != column) {
                return false;
            }
            int q = LineScan.stripEnd(t, p, e);
            int hops = chainHops(t, chars, p, q);
            if (hops < 0) {
                return false;
            }
            if (hops > 0) {
                if (!run) {
                    return false;   // chains after the stages: a table of callers
                }
                chains++;
            } else {
                if (j == first) {
                    return false;   // the cheap reject: the first line holds no chain
                }
                run = false;
            }
        }
        if (chains < MIN_CHAINS) {
            return false;
        }
        layout.mark(BlockShape.CHAIN_COLUMN, blockId);
        return true;
    }

    /**
     * How many spaced arrows ({@code ->}, {@code -->}, {@code =>}, {@code →}) join names on the stripped line
     * [p, q) ending in a call; 0 for a line with no arrow that is a call or a few words; -1 for any other line.
     */
    private static int chainHops(int[] t, CodePointWindow chars, int p, int q) {
        int hops = 0;
        int k = p;
        int segment = p;
        while (k < q) {
            int a = arrowEnd(t, chars, k, q);
            if (a > k) {
                if (!isLink(t, segment, LineScan.stripEnd(t, segment, k))) {
                    return -1;
                }
                hops++;
                k = a;
                segment = LineScan.stripStart(t, a, q);
            } else {
                k++;
            }
        }
        if (hops == 0) {
            return isCall(t, p, q) || isWords(t, p, q) ? 0 : -1;
        }
        return isCall(t, segment, q) ? hops : -1;
    }

    /**
     * The end of a spaced arrow starting at {@code k} (a blank, then a {@link ChainArrows chain arrow}, then a
     * blank), or {@code k}.
     */
    private static int arrowEnd(int[] t, CodePointWindow chars, int k, int q) {
        if (t[k] != ' ' || k + 2 >= q) {
            return k;
        }
        int a = ChainArrows.endAt(chars, k + 1, q);
        return a > 0 && a < q && t[a] == ' ' ? a : k;
    }

    /** Whether [p, q) is a name or a call: a C name (with {@code ::}, {@code .}) and maybe its parenthesised arguments. */
    private static boolean isLink(int[] t, int p, int q) {
        return isCall(t, p, q) || nameEnd(t, p, q) == q && LineScan.indexOf(t, p, q, ".") < 0;   // `input.txt`: a file, no link
    }

    /** Whether [p, q) is a call: a name right before {@code (}, the line ending at its {@code )}. */
    private static boolean isCall(int[] t, int p, int q) {
        int n = nameEnd(t, p, q);
        return n > p && n < q && t[n] == '(' && t[q - 1] == ')';
    }

    /** The end of the C name at {@code p} ({@code ::} and {@code .} may join its parts), or {@code p}. */
    private static int nameEnd(int[] t, int p, int q) {
        if (p >= q || !LineScan.isIdentStart(t[p])) {
            return p;
        }
        int k = p;
        while (k < q && (LineScan.isIdentPart(t[k]) || t[k] == '.' || t[k] == ':')) {
            k++;
        }
        return k;
    }

    /** Whether [p, q) is a few words: no arrow, no code marks ({@code ;}, {@code {}, {@code =}). */
    private static boolean isWords(int[] t, int p, int q) {
        int words = 1;
        for (int k = p; k < q; k++) {
            int c = t[k];
            if (c == ';' || c == '{' || c == '}' || c == '=' || c == '>' || c == '<' || c == '|') {
                return false;
            }
            words += c == ' ' ? 1 : 0;
        }
        return words <= MAX_STAGE_WORDS;
    }
}
