package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.CodeAssignments;

/**
 * A step in words that opens with a code span holding a whole assignment, the words after it saying
 * what it does: {@code `dev->state = READY`, 把设备标成就绪}. The step is that assignment, as a step
 * opening with a code span holding a call ({@code `dev_open(d)`, 打开设备}) is that call. A code span
 * holding a comparison ({@code `a == b`}), a name alone or a setting ({@code `CONFIG_X = y`}) is no
 * assignment ({@code CodeAssignments}, the one place the layout asks too); the step stays words.
 */
final class CodeSpanAssignments {

    private CodeSpanAssignments() {
    }

    /** {@code ASSIGN} for a step in words ({@code kind} prose) whose text {@code s} opens with such a span; else {@code kind}. */
    static StepKind of(StepKind kind, String s) {
        if (kind != StepKind.PROSE || s.length() < 5 || s.charAt(0) != '`') {
            return kind;   // the cheap test: the step opens with a code span
        }
        int close = s.indexOf('`', 1);
        if (close < 0 || s.indexOf('=', 1) < 0 || s.indexOf('=', 1) > close) {
            return kind;
        }
        return CodeAssignments.isAssignment(s.substring(1, close)) ? StepKind.ASSIGN : kind;
    }
}
