package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * Returns drawn as left arrows climbing back out of an arrow staircase: the arrowhead {@code <} stands
 * at the column of the arrow of the function that returns the value.
 * <pre>
 * -&gt; port_xmit
 *    -&gt; port_hook
 *       -&gt; track_in
 *          -&gt; track_alloc
 *       &lt;---- return -ENOMEM
 *    &lt;- return DROP
 * </pre>
 * A line led by {@code <} and dashes, then {@code return} and the value, is a {@code return} step of the
 * nearest step above whose arrow starts at the {@code <}'s column, within that step's body
 * ({@code <---- return -ENOMEM} under {@code track_in}, {@code <- return DROP} under {@code port_hook}).
 * Where no arrowed step above stands at that column (a timeline's {@code <--} beside another column, a
 * left arrow with no staircase over it), the line keeps its reading. {@code x <- f(y)} and a
 * {@code <-- caller} remark after a step are no such line: the arrow leads neither.
 */
final class ReturnArrows {

    /**
     * A left arrow leading the line, then {@code return} and what is returned, up to the line's end: its
     * trailing blanks are stripped after the match, for a lazy group before {@code \s*$} would retry every
     * split of a long run of blanks (quadratic).
     */
    private static final Pattern RETURN_ARROW = Pattern.compile("^([ \\t]*)<-+[ \\t]+(return\\b.*)$");

    private ReturnArrows() {
    }

    /** The block's lines with each such return arrow read as a return step just inside its function's body. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.arrow() != Arrow.NONE && l.reading() != null && l.reading().kind() != StepKind.PROSE) {
                continue;   // the cheap test: a step of code is read as it is
            }
            String text = source.line(l.line());
            int lead = text.indexOf('<');
            if (lead < 0 || !text.substring(0, lead).isBlank()) {
                continue;
            }
            Matcher m = RETURN_ARROW.matcher(text);
            if (!m.matches()) {
                continue;
            }
            int column = SourceText.indentWidth(text, tabWidth) - fenceIndent;
            TraceLine function = function(out == null ? lines : out, i, column);
            if (function == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            StepReader.Reading r = new StepReader.Reading(StepKind.RETURN, m.group(2).stripTrailing(), null, null, null, null, null);
            out.set(i, new TraceLine(l.line(), column + 1, column + m.start(2) - m.end(1), function.arrow(), r, l.range(),
                    List.of()));
        }
        return out == null ? lines : out;
    }

    /**
     * The nearest arrowed step above line {@code i} whose arrow starts at {@code column}, with no step left
     * of that column between them (the return is in its body); null for none.
     */
    private static TraceLine function(List<TraceLine> lines, int i, int column) {
        for (int k = i - 1; k >= 0; k--) {
            TraceLine o = lines.get(k);
            if (o.isBlank() || o.reading() == null) {
                continue;
            }
            if (o.indent() == column && o.arrow() != Arrow.NONE && o.reading().kind() != StepKind.RETURN) {
                return o;
            }
            if (o.indent() < column) {
                return null;
            }
        }
        return null;
    }
}
