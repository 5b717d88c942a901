package org.tracenotes.core.explore;

import java.util.List;
import org.tracenotes.core.kernel.PageState;

/**
 * A starting state an exploration ran: a page kind, the caller's pin, and the environment answers the
 * path depends on, as {@code --given} items that reproduce it with {@code tracenotes run}.
 *
 * @param kind  the page kind ({@link org.tracenotes.core.kernel.PageKinds})
 * @param given the {@code --given} items
 * @param state the state itself
 * @param folioChanges whether the page's hugetlb folio changes under the second page_folio() lookup
 *              (a demotion race; exploration only, no --given key)
 * @param poisonedConcurrently whether memory_failure poisons the page while soft offline waits in
 *              lock_page (decision-table row 22; exploration only)
 * @param allocatedOnRetry whether someone allocates the free page take_page_off_buddy failed to take,
 *              before soft offline's retry (exploration only)
 */
public record StartingState(String kind, List<String> given, PageState state, boolean folioChanges,
                            boolean poisonedConcurrently, boolean allocatedOnRetry) {

    public StartingState {
        given = List.copyOf(given);
    }

    public StartingState(String kind, List<String> given, PageState state, boolean folioChanges,
                         boolean poisonedConcurrently) {
        this(kind, given, state, folioChanges, poisonedConcurrently, false);
    }

    /** The page model this state starts, with its races. */
    public org.tracenotes.core.kernel.PageModel model() {
        return new org.tracenotes.core.kernel.PageModel(state, folioChanges, poisonedConcurrently)
                .allocatedOnRetry(allocatedOnRetry);
    }

    /** {@code lru, anon, mapped, refcount=1, isolate=fail}. */
    public String describe() {
        return String.join(", ", given) + (folioChanges ? " + the folio changes under a lookup" : "")
                + (poisonedConcurrently ? " + poisoned concurrently before lock_page" : "")
                + (allocatedOnRetry ? " + allocated by someone before the retry" : "");
    }
}
