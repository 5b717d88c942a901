package org.tracenotes.core.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * A named starting state, as a note writes it: {@code ## @scenario in-use-lru: lru, anon, mapped,
 * refcount=1}. The assignments are {@link Given} keys.
 *
 * @param name        the scenario's name
 * @param assignments its {@code key}, {@code key=value} and {@code !key} items, in order
 */
public record Scenario(String name, List<String> assignments) {

    public Scenario {
        assignments = List.copyOf(assignments);
    }

    /** Reads {@code NAME: a, b=c, !d}; a scenario without a colon sets nothing. Null if there is no name. */
    public static Scenario parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        String name = (colon < 0 ? t : t.substring(0, colon)).strip();
        if (name.isEmpty() || name.contains(" ")) {
            return null;
        }
        List<String> items = colon < 0 ? List.of()
                : Arrays.stream(t.substring(colon + 1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Scenario(name, items);
    }

    /** The scenario's starting state, or why its assignments are invalid. */
    public Given.Result state() {
        return Given.apply(PageState.initial(), assignments);
    }
}
