package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;

/**
 * Two lines without an arm among a {@code |--} tree's arms that the tree's reader took for remarks:
 * <pre>
 * void main_loop(void)
 *         |-- worker_spawn("poller", &amp;poller_fn, NULL);
 *         &lt;=&gt; static int poller_fn(void *arg)      where the spawned thread lands: a prototype, in worker_spawn's body
 *                 |-- poll_once();                  poller_fn's body
 *                 |-- flush_all();
 *                 ... ... 待补充                     an elision and words (to be added) at the arms' column: a step in words
 * </pre>
 * A {@code <=>} line at the arm column of the step above, followed by a prototype ({@code type name(params)},
 * no {@code ;}), names the function that step lands in: a declaration one level under that step, whose body
 * the deeper lines below are. An elision followed by a few words ({@code ... 待补充}, {@code ... more}) at the
 * arm column of the arms above it ({@link TrailingElisions#armedSiblingAbove}), with no deeper step after it,
 * is a step in words among them, as a bare {@code ...} is.
 */
final class ArmTreeAsides {

    /** A landing: {@code <=>}, then a prototype. */
    private static final Pattern LANDING = Pattern.compile(
            "^<=>\\s*((?:[A-Za-z_]\\w*[\\s*]+)+[A-Za-z_]\\w*\\s*\\([^()]*\\))\\s*\\{?\\s*$");
    /** An elision followed by words: {@code ... ... 待补充}. */
    private static final Pattern ELIDED_WORDS = Pattern.compile("^(?:\\.{3,}|…+)(?:\\s+(?:\\.{3,}|…+))*\\s+(\\S.{0,20})$");

    private ArmTreeAsides() {
    }

    /** {@code lines} with such lines read as steps; {@code lines} itself when there is none. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent) {
        List<TraceLine> out = null;
        for (int i = 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (!l.isCommentOnly() || l.comments().size() != 1 || !l.comments().get(0).marker().isEmpty()) {
                continue;   // the cheap tests first
            }
            String text = l.comments().get(0).text().strip();
            TraceLine step = landing(lines, i, text, source, tabWidth, fenceIndent);
            if (step == null) {
                step = elided(lines, i, text, source, tabWidth, fenceIndent);
            }
            if (step != null) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, step);
            }
        }
        return out == null ? lines : out;
    }

    /** Line {@code i}, a {@code <=>} landing under the arm step above, as a declaration in its body; or null. */
    private static TraceLine landing(List<TraceLine> lines, int i, String text, SourceText source, int tabWidth, int fenceIndent) {
        var m = LANDING.matcher(text);
        if (!m.matches()) {
            return null;
        }
        TraceLine l = lines.get(i);
        TraceLine above = stepAbove(lines, i);
        if (above == null || ArmedElisions.armColumn(source.line(above.line()), tabWidth) - fenceIndent != l.indent()
                || above.textIndent() <= l.indent()) {
            return null;
        }
        int at = above.textIndent() + 1;
        String proto = m.group(1).strip();
        StepReader.Reading r = new StepReader.Reading(StepKind.DECLARATION, proto, null, null, null, null, null);
        return new TraceLine(l.line(), at, at, Arrow.TREE, r, l.range(), List.of());
    }

    /** Line {@code i}, an elision and words at its sibling arms' column, as a step in words; or null. */
    private static TraceLine elided(List<TraceLine> lines, int i, String text, SourceText source, int tabWidth, int fenceIndent) {
        if (!ELIDED_WORDS.matcher(text).matches()) {
            return null;
        }
        TraceLine sibling = TrailingElisions.armedSiblingAbove(lines, i, source, tabWidth, fenceIndent);
        if (sibling == null || deeperStepBelow(lines, i)) {
            return null;
        }
        TraceLine l = lines.get(i);
        return new TraceLine(l.line(), sibling.indent(), sibling.textIndent(), Arrow.NONE,
                new StepReader.Reading(StepKind.PROSE, text, null, null, null, null, null), l.range(), List.<Comment>of());
    }

    /** The nearest step line above line {@code i}, past blank and comment lines; null when none. */
    private static TraceLine stepAbove(List<TraceLine> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            TraceLine l = lines.get(k);
            if (!l.isBlank() && !l.isCommentOnly()) {
                return l.reading() == null ? null : l;
            }
        }
        return null;
    }

    /** Whether the next step line below line {@code i} stands at least as deep as it. */
    private static boolean deeperStepBelow(List<TraceLine> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (!l.isBlank() && !l.isCommentOnly()) {
                return l.indent() >= lines.get(i).indent();
            }
        }
        return false;
    }
}
