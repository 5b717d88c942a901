package org.tracenotes.core.parse;

import java.util.List;

/**
 * When a block's own indentation outweighs the note's evidence that its author sees tabs eight wide
 * ({@link HalfTabEvidence}: quoted kernel code elsewhere in the note, aligned for eight, says nothing of
 * the editor the trace was typed in): when the block's space-indented lines show their step themselves
 * (at least {@link #MIN_SPACE_STEPS} times) and, tabs four wide, every line that holds a tab goes deeper
 * by exactly that step, while eight wide puts at least
 * {@link #MIN_OFF_STEP} of them off that step.
 * <pre>
 * open_x
 *   do_open_x
 *   \tfilp_x            (4 at width 4: one step under do_open_x)
 *   \t  lookup_x        (6)
 *         walk_x        (8, spaces only: one step under lookup_x)
 * </pre>
 * An author who mixes a tab and spaces and lands on the block's step every time at four saw four; a
 * line of the block indented by a tab and four to seven spaces is the block's own evidence for eight,
 * unless the block's staircase lands it on the step only four wide ({@link NarrowHalfTabs}).
 */
final class BlockStepTabWidth {

    /** How many times the block's space-indented lines must show the step themselves, at least. */
    static final int MIN_SPACE_STEPS = 2;
    /** How many lines eight-wide tabs must put off the step, at least. */
    private static final int MIN_OFF_STEP = 2;

    private BlockStepTabWidth() {
    }

    /** Whether the block's code lines, stepping by {@code step}, say four wide against the note's evidence for eight. */
    static boolean outweighsNote(List<String> code, int step) {
        if (step <= 1) {
            return false;
        }
        for (String line : code) {
            if (halfTab(line)) {
                return NarrowHalfTabs.readsFourWide(code, step);   // `\t    --> f` in the block: eight, unless its staircase says four
            }
        }
        return spaceSteps(code, step) >= MIN_SPACE_STEPS
                && TabWidth.offStep(code, 4, step) == 0 && TabWidth.offStep(code, 8, step) >= MIN_OFF_STEP;
    }

    /** How many times a space-indented line stands {@code step} deeper than the space-indented line above it. */
    static int spaceSteps(List<String> code, int step) {
        int n = 0;
        int above = -1;   // the spaces before the line above, -1 when it holds a tab
        for (String line : code) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            boolean tab = spaces < line.length() && line.charAt(spaces) == '\t';
            n += !tab && above >= 0 && spaces - above == step ? 1 : 0;
            above = tab ? -1 : spaces;
        }
        return n;
    }

    /** Whether the line's indentation ends in a tab and then four to seven spaces. */
    static boolean halfTab(String line) {
        int i = 0;
        int spaces = 0;
        boolean tab = false;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            if (line.charAt(i) == '\t') {
                tab = true;
                spaces = 0;
            } else {
                spaces++;
            }
            i++;
        }
        return tab && spaces >= 4 && spaces <= 7;
    }
}
