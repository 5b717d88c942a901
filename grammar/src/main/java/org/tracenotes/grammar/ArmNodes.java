package org.tracenotes.grammar;

/**
 * The open nodes of a tree drawn with arms hung from stems ({@link StemArmTrees}) as a reader walks down its
 * lines: where each node stands (its arm), where its text starts, and whether it is a condition. An arm closes
 * every open node whose text stands right of where the arm stands (it hangs from none of them: a sibling, a
 * sibling's callees); a line no arm leads belongs to its owner, the nearest open node whose text column is at or
 * left of the line's. The one walk for the grammar's marks (which lines are remarks: {@link StemArmTrees}) and
 * for core's layout of the nodes; each gives the columns as it measures them: the grammar at the layout's tab
 * stops of 4 (as {@link LineMargin#indentOf}), core at the block's tab width, which it detects only after the
 * layout pass. The two agree on a tree drawn with blanks, and on a tabbed one whose detected width is 4.
 */
public final class ArmNodes {

    private final int[] arms;
    private final int[] texts;
    private final boolean[] conditions;
    private int count;

    /** Room for {@code capacity} open nodes: a block's line count. */
    public ArmNodes(int capacity) {
        arms = new int[Math.max(1, capacity)];
        texts = new int[arms.length];
        conditions = new boolean[arms.length];
    }

    /** Opens the node an arm at column {@code arm} leads, its text at {@code text}, after closing those it hangs from none of. */
    public void open(int arm, int text, boolean condition) {
        while (count > 0 && texts[count - 1] > arm) {
            count--;
        }
        push(arm, text, condition);
    }

    /** Makes the root, its text at {@code text}, the only open node. */
    public void root(int text) {
        count = 0;
        push(0, text, false);
    }

    /** The nearest open node whose text stands at or left of {@code column}, or -1: the owner of a line no arm leads. */
    public int owner(int column) {
        int o = count - 1;
        while (o >= 0 && texts[o] > column) {
            o--;
        }
        return o;
    }

    /** Where open node {@code node} stands. */
    public int arm(int node) {
        return arms[node];
    }

    /** Where open node {@code node}'s text starts. */
    public int text(int node) {
        return texts[node];
    }

    /** Whether open node {@code node} is a condition. */
    public boolean condition(int node) {
        return conditions[node];
    }

    private void push(int arm, int text, boolean condition) {
        arms[count] = arm;
        texts[count] = text;
        conditions[count++] = condition;
    }
}
