package org.tracenotes.core.parse;

import java.util.List;

/**
 * A block whose own lines indented by a tab and four to seven spaces say tabs four wide, not eight. Such a
 * line ({@code \t      -> f}) is normally the block's own evidence that its author sees tabs eight wide
 * ({@link BlockStepTabWidth}, {@link HalfTabEvidence}): kernel code and notes aligned for eight write a
 * half level as a tab and four spaces ({@code \t\t    default:}), and eight wide that line stands one step
 * under the line above it. An author who steps by two spaces and whose editor shows tabs four wide can
 * type the same characters for a different column; the block's staircase tells which:
 * <pre>
 *     -&gt; rx_one              (4)
 *       -&gt; rx_two            (6)
 *         -&gt; rx_three        (8)
 * \t      -&gt; rx_four         (tab and 6 spaces: 10 at four, 14 at eight)
 * \t\t    -&gt; rx_five        (two tabs and 4 spaces: 12 at four, 20 at eight)
 * \t          -&gt; rx_six      (14 at four, 18 at eight)
 * \t\t\t  -&gt; rx_seven     (14 at four, 26 at eight: rx_six's sibling)
 * </pre>
 * Four wide the columns are 4, 6, 8, 10, 12, 14, 14, a clean two-column staircase; eight wide they are
 * 4, 6, 8, 14, 20, 18, 26, off the step three times. The block's half-tab lines say four when every one of
 * them goes one step deeper than the line above it at four and off the step at eight (its tab and spaces
 * land on the block's step only four wide), and the block's own evidence is strong: its space-indented
 * lines show the step themselves at least twice ({@link BlockStepTabWidth#spaceSteps}), four wide no line
 * holding a tab leaves the step, and eight wide at least {@link #MIN_OFF_STEP} do.
 * <p>
 * A half-tab line that keeps the step at eight ({@code \t\t} then {@code \t\t    -> f}, stepping by four)
 * is the evidence for eight it always was, and the block keeps eight; so does a block where eight keeps
 * the step about as well as four.
 */
final class NarrowHalfTabs {

    /**
     * How many lines eight-wide tabs must put off the step, at least, in a block with half-tab lines of its
     * own: one more than {@link BlockStepTabWidth}'s two for a block without them, since such lines usually
     * mean eight. In the sets, the one block that reads this way has three; every block with two or fewer
     * shows its step too seldom or reads the same either way.
     */
    static final int MIN_OFF_STEP = 3;

    private NarrowHalfTabs() {
    }

    /**
     * Whether the block's code lines (in order, comments left out), stepping by {@code step} and holding
     * lines indented by a tab and four to seven spaces, read four wide by their own staircase.
     */
    static boolean readsFourWide(List<String> code, int step) {
        if (step <= 1 || BlockStepTabWidth.spaceSteps(code, step) < BlockStepTabWidth.MIN_SPACE_STEPS) {
            return false;
        }
        for (int i = 0; i < code.size(); i++) {
            if (BlockStepTabWidth.halfTab(code.get(i)) && (i == 0 || !offOnlyWide(code.get(i - 1), code.get(i), step))) {
                return false;   // a half-tab line on the step at eight (or first): its author sees eight
            }
        }
        return TabWidth.offStep(code, TabWidth.NARROW, step) == 0 && TabWidth.offStep(code, TabWidth.WIDE, step) >= MIN_OFF_STEP;
    }

    /** Whether {@code line} goes one step deeper than {@code above} with tabs four wide, and deeper but off the step eight wide. */
    private static boolean offOnlyWide(String above, String line, int step) {
        int narrow = SourceText.indentWidth(line, TabWidth.NARROW) - SourceText.indentWidth(above, TabWidth.NARROW);
        int wide = SourceText.indentWidth(line, TabWidth.WIDE) - SourceText.indentWidth(above, TabWidth.WIDE);
        return narrow == step && wide > 0 && wide != step;
    }
}
