package org.tracenotes.core.parse;

import java.util.function.ToIntFunction;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.ElidedPaths;

/**
 * A quoted C definition's body written by two hands: the kernel's statements indented by tabs, and the
 * author's own lines ({@code ....} for the statements left out, a statement typed in) indented by a few
 * spaces, less than a tab. In the author's editor the two stand at one level; measured in columns, the
 * tab-led line is deeper. In C a statement ended by {@code ;} and an elision head no body, so a tab-led
 * line right under such a space-led line is its sibling, not its child:
 * <pre>
 * int f(int a)
 * {
 *   ....                 (two spaces: the author's)
 * \tb = g(a);           (a tab: the kernel's; f's next statement, not inside "....")
 *   h(b);
 * \tif (b)             (f's statement again)
 * \t\treturn b;        (the if's body: a tab deeper than the if)
 * }
 * </pre>
 * Only inside a definition's braced body, only for arrowless lines, only a tab-led line under a
 * space-led one: a line under an {@code if (…)}, a {@code {} or a call without {@code ;} stays its child,
 * and a body indented by one hand keeps its columns.
 */
final class TabLedBodyLines {

    private TabLedBodyLines() {
    }

    /**
     * Whether {@code line}, deeper than {@code top} (the innermost open level, in a definition's braced body),
     * is top's sibling: led by a tab under a space-led line that cannot head a body.
     */
    static boolean besideClosedLine(TraceLine line, OpenLevel top, ToIntFunction<TraceLine> lastChar) {
        if (top.node() == null || top.braced() || line.arrow() != Arrow.NONE || !tabLed(line)) {
            return false;   // the cheap tests first
        }
        TraceLine above = top.node().line;
        if (above.arrow() != Arrow.NONE || tabLed(above) || !top.node().children.isEmpty() || above.reading() == null) {
            return false;
        }
        return lastChar.applyAsInt(above) == ';' || ElidedPaths.isElision(above.reading().text());
    }

    /** Whether the line's indentation holds a tab (its column, tabs expanded, is more than its blanks). */
    private static boolean tabLed(TraceLine line) {
        return line.indent() > line.range().column() - 1;
    }
}
