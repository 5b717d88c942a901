package org.tracenotes.core.parse;

import java.util.regex.Pattern;
import org.tracenotes.core.model.StepKind;

/**
 * A step that sets a variable in words: {@code set dev->state = READY}, {@code Set x = 0}. The verb
 * before the assignment is the author's, not code; the step is the assignment.
 */
final class WordedAssignments {

    /**
     * {@code set}, then an lvalue (a name, members after {@code .} or {@code ->}, an index), one {@code =} and
     * a value; a {@code >} only as part of {@code ->}, so {@code set x>=3} (a condition) is none.
     */
    private static final Pattern SET = Pattern.compile("(?:set|Set|SET)\\s+[A-Za-z_](?:->|[\\w.\\[\\]])*\\s*=(?!=)\\s*\\S.*");

    private WordedAssignments() {
    }

    /** An assignment for a step in words that sets a variable; else {@code kind}. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (kind != StepKind.PROSE || r == null) {
            return kind;
        }
        String t = r.text();
        if (t.length() < 7 || t.charAt(0) != 's' && t.charAt(0) != 'S') {
            return kind;   // the cheap test
        }
        return SET.matcher(t).matches() ? StepKind.ASSIGN : kind;
    }
}
