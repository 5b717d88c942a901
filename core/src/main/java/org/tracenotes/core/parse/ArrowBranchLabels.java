package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * The two branches of a {@code -->} staircase on the result of the step above them: a {@code -->true:} line
 * and, later at its column, a {@code -->false:} line, each over the steps done in that case; and a
 * {@code --> cond} line over the calls made when it holds, with {@code --> !cond} at its column over the
 * calls made otherwise:
 * <pre>
 * -->foo_process()
 *    m = foo_lookup(key)
 *    -->true:                   (an if: the lookup found nothing)
 *       foo_upcall(m)
 *       --> foo_is_big(m)       (an if)
 *           --> foo_split(m)
 *       --> !foo_is_big(m)      (its else)
 *           --> foo_queue(m)
 *    -->false:                  (the if's else)
 *       foo_execute(m)
 * </pre>
 * A {@code true:}/{@code false:} label is no C label (whose following statements are no children of it):
 * each is a branch, and the lines deeper than it are its body. (Where the branch hangs, its arrow at the
 * column of the plain step whose result it tests, is left to the tree builder: under that step.) Only pairs are read so: a lone
 * {@code -->true:}, a {@code false:} before its {@code true:}, a {@code --> cond} with no {@code --> !cond}
 * at its column, or a pair with a line at a shallower column between them keeps its reading.
 */
final class ArrowBranchLabels {

    private ArrowBranchLabels() {
    }

    /** The block's lines with each such pair read as an if and its else. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine first = lines.get(i);
            String head = branchText(first);
            if (head == null || head.equals("false") || head.startsWith("!")) {
                continue;
            }
            String other = head.equals("true") ? "false" : "!" + head;
            int j = partner(lines, i, other);
            if (j < 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            TraceLine second = lines.get(j);
            StepReader.Reading a = first.reading();
            StepReader.Reading b = second.reading();
            out.set(i, first.withReading(new StepReader.Reading(StepKind.IF, a.text(), a.kind() == StepKind.LABEL ? null : a.expression(),
                    null, null, null, a.context())));
            out.set(j, second.withReading(new StepReader.Reading(StepKind.ELSE, b.text(), null, null, null, null, b.context())));
        }
        return out == null ? lines : out;
    }

    /**
     * The branch a {@code -->} line names: {@code true} or {@code false} for a label, the condition's text
     * without blanks for a call or expression ({@code skb_is_gso(skb)}, {@code !skb_is_gso(skb)}); else null.
     */
    private static String branchText(TraceLine l) {
        StepReader.Reading r = l.reading();
        if (l.arrow() == Arrow.NONE || r == null || r.text() == null || !l.comments().isEmpty()) {
            return null;
        }
        String text = r.text().strip();
        if (r.kind() == StepKind.LABEL) {
            String name = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
            return name.equals("true") || name.equals("false") ? name : null;
        }
        if (r.kind() != StepKind.CALL && r.kind() != StepKind.EXPRESSION || !text.endsWith(")") || text.endsWith(";")) {
            return null;
        }
        return text.replaceAll("\\s+", "");
    }

    /** The index of the line after {@code i} at its column naming {@code other}, with only deeper lines between and under {@code i}; -1 if none. */
    private static int partner(List<TraceLine> lines, int i, String other) {
        TraceLine first = lines.get(i);
        boolean body = false;
        for (int k = i + 1; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (l.indent() > first.indent()) {
                body = true;
                continue;
            }
            if (l.indent() < first.indent() || l.arrow() != first.arrow()) {
                return -1;
            }
            return body && other.equals(branchText(l)) ? k : -1;
        }
        return -1;
    }

}
