package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Go's {@code name := value} among the steps of a trace is an assignment. Made-up fragments. */
class ShortAssignmentsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void aShortVariableDeclarationIsAnAssignmentWhateverItsValueAndWordsBeforeItAreNone() {
        assertEquals("""
                root pick_next()
                  assign w := current_worker()
                  assign busy := ...
                  assign job, ok := w.queue.pop()
                  prose explain why a := b works
                  if if busy
                    call wake_idle(w)
                """, read(
                "```",
                "pick_next()",
                "    w := current_worker()",
                "    busy := ...",
                "    job, ok := w.queue.pop()",
                "    explain why a := b works",
                "    if busy:",
                "        wake_idle(w)",
                "```",
                ""));
    }
}
