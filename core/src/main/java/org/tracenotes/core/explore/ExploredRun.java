package org.tracenotes.core.explore;

import java.util.List;
import java.util.Set;
import org.tracenotes.core.run.RunResult;

/**
 * One explored starting state and what the note did on it.
 *
 * @param start      the state
 * @param result     the note's run
 * @param violations the invariants it broke
 * @param taken      branch lines of the note taken
 * @param notTaken   branch lines decided but not taken
 * @param reference  the reference trace's run on the same state, when compared
 * @param divergence how the note and the reference end and part, or null when not compared
 * @param moved      mapping references a migration moved to the new page (part of the net refcount change)
 */
public record ExploredRun(StartingState start, RunResult result, List<Violation> violations, Set<Integer> taken,
                          Set<Integer> notTaken, RunResult reference, Divergence divergence, int moved) {

    public ExploredRun {
        violations = List.copyOf(violations);
        taken = taken instanceof LineSet ? taken : Set.copyOf(taken);
        notTaken = notTaken instanceof LineSet ? notTaken : Set.copyOf(notTaken);
    }
}
