package org.tracenotes.core.kernel;

import java.util.Locale;

/**
 * What the rest of the kernel does when soft offline or memory_failure asks it something: the
 * outcomes a note cannot decide from the page alone (ground truth §3.1, "environment"). Each is a
 * {@code --given} key.
 *
 * @param filterRejects {@code filter}: hwpoison_filter filters the page out
 * @param isolate       {@code isolate=ok|fail}
 * @param migrate       {@code migrate=ok|fail|enomem}
 * @param split         {@code split=ok|fail}: splitting a THP
 * @param takeOff       {@code take_off=ok|fail}: take_page_off_buddy
 * @param dissolve      {@code dissolve=ok|ebusy|enomem}: dissolving a free hugetlb folio
 * @param unmap         {@code unmap=ok|fail}: try_to_unmap in hwpoison_user_mappings
 */
public record Environment(boolean filterRejects, Outcome isolate, Outcome migrate, Outcome split, Outcome takeOff,
                          Outcome dissolve, Outcome unmap) {

    /** How an operation the model does not simulate in detail turns out. */
    public enum Outcome {
        OK, FAIL, ENOMEM, EBUSY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Everything succeeds and the filter lets every page through. */
    public static Environment succeeding() {
        return new Environment(false, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
    }

    /** This environment with the outcome of {@code key} ({@code isolate}, {@code migrate} …) changed. */
    public Environment with(String key, Outcome o) {
        return new Environment(filterRejects, key.equals("isolate") ? o : isolate, key.equals("migrate") ? o : migrate,
                key.equals("split") ? o : split, key.equals("take_off") ? o : takeOff,
                key.equals("dissolve") ? o : dissolve, key.equals("unmap") ? o : unmap);
    }

    /** This environment with the filter set. */
    public Environment withFilter(boolean rejects) {
        return new Environment(rejects, isolate, migrate, split, takeOff, dissolve, unmap);
    }
}
