package org.tracenotes.core.run;

import java.util.List;
import org.tracenotes.core.kernel.PageState;

/**
 * What one run of a trace did.
 *
 * @param trace        the function run
 * @param scenario     the scenario's name, or {@code given} for a state set only by given keys
 * @param source       the note whose lines {@code path} lists
 * @param outcome      how it ended
 * @param result       the integer returned; null unless {@code returned} with a value
 * @param message      for any other outcome: what stopped it, with its line
 * @param line         where it stopped, for any other outcome; 0 otherwise
 * @param path         the note's lines that ran, in order (a line run twice appears twice); held as ints
 * @param elided       lines of elided bodies execution passed through
 * @param lenient      where the interpreter read the note more kindly than C
 * @param forced       branch lines whose condition was overridden
 * @param notReached   branch lines asked to be forced that the run never reached
 * @param initial      the starting state
 * @param state        the final state
 * @param gets         references taken during the run
 * @param puts         references dropped during the run
 * @param expectations the {@code @expect}s checked
 */
public record RunResult(
        String trace,
        String scenario,
        String source,
        RunOutcome outcome,
        Long result,
        String message,
        int line,
        List<Integer> path,
        List<Integer> elided,
        List<Leniency> lenient,
        List<Integer> forced,
        List<Integer> notReached,
        PageState initial,
        PageState state,
        int gets,
        int puts,
        List<ExpectationResult> expectations) {

    public RunResult {
        path = LineList.of(path);
        elided = elided instanceof LineList ? elided : List.copyOf(elided);
        lenient = List.copyOf(lenient);
        forced = forced instanceof LineList ? forced : List.copyOf(forced);
        notReached = List.copyOf(notReached);
        expectations = List.copyOf(expectations);
    }

    /** The change in the folio's refcount over the run. */
    public int netRefs() {
        return state.refcount() - initial.refcount();
    }

    /** Whether the run returned and every expectation held: exit 0. */
    public boolean passed() {
        return outcome == RunOutcome.RETURNED && expectations.stream().allMatch(ExpectationResult::passed);
    }
}
