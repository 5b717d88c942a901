package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.tracenotes.core.kernel.Environment;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageModel;

import org.tracenotes.core.kernel.PageKinds;
import org.tracenotes.core.kernel.PageState;

/**
 * The starting states an exploration visits: each {@link PageKinds page kind}, with and without the
 * caller's pin, forked lazily — a state is run, and for the first environment answer or race it read
 * that is not fixed yet, one state per value is run instead; a state whose reads are all fixed is a
 * leaf. So a path that never migrates is not run three times for three migration outcomes, and every
 * path the inputs can reach is reached. The first value of each answer is its default, which the state
 * that read it already had: that fork is the same state (the same {@code --given} items and races), so
 * its run is not made again, the state's own result is passed on.
 */
public final class StateSpace {

    /** The values of each environment answer and race, the default first. */
    public static final Map<PageModel.EnvKey, List<String>> VALUES;

    static {
        Map<PageModel.EnvKey, List<String>> v = new EnumMap<>(PageModel.EnvKey.class);
        v.put(PageModel.EnvKey.FOLIO_CHANGE, List.of("folio stable", "folio changes"));
        v.put(PageModel.EnvKey.POISON_RACE, List.of("no concurrent poison", "poisoned concurrently"));
        v.put(PageModel.EnvKey.FILTER, List.of("!filter", "filter"));
        v.put(PageModel.EnvKey.ISOLATE, List.of("isolate=ok", "isolate=fail"));
        v.put(PageModel.EnvKey.MIGRATE, List.of("migrate=ok", "migrate=fail", "migrate=enomem"));
        v.put(PageModel.EnvKey.SPLIT, List.of("split=ok", "split=fail"));
        v.put(PageModel.EnvKey.TAKE_OFF, List.of("take_off=ok", "take_off=fail"));
        v.put(PageModel.EnvKey.DISSOLVE, List.of("dissolve=ok", "dissolve=ebusy", "dissolve=enomem"));
        v.put(PageModel.EnvKey.UNMAP, List.of("unmap=ok", "unmap=fail"));
        v.put(PageModel.EnvKey.ALLOC_RACE, List.of("not allocated", "allocated before the retry"));
        VALUES = Collections.unmodifiableMap(v);
    }

    /** Races: exploration inputs that no --given key sets. */
    private static final java.util.Set<PageModel.EnvKey> RACES = java.util.EnumSet.of(PageModel.EnvKey.FOLIO_CHANGE,
            PageModel.EnvKey.POISON_RACE, PageModel.EnvKey.ALLOC_RACE);

    private StateSpace() {
    }

    /**
     * Runs {@code run} on every state of the space; {@code reads} says which {@link PageModel.EnvKey}
     * bits a result read; {@code leaf} receives each leaf state with its result.
     */
    public static <T> void forEach(Function<StartingState, T> run, ToIntFunction<T> reads, BiConsumer<StartingState, T> leaf) {
        for (Map.Entry<String, List<String>> kind : PageKinds.ALL.entrySet()) {
            for (boolean pin : new boolean[] {false, true}) {
                if (pin && !PageKinds.pinnable(kind.getKey())) {
                    continue;
                }
                List<String> base = new ArrayList<>(kind.getValue());
                if (pin) {
                    base.add("flags=MF_COUNT_INCREASED");
                }
                // the kind's items parsed once; a fork changes only the environment (see forkedState)
                PageState baseState = ((Given.Applied) Given.apply(PageState.initial(), base)).state();
                new Forks<>(kind.getKey(), base, baseState, run, reads, leaf)
                        .fork(new String[KEYS.length], null, null);
            }
        }
    }

    private static final PageModel.EnvKey[] KEYS = PageModel.EnvKey.values();

    /**
     * The environment each non-default value of an answer sets, by the value's {@code --given} item:
     * what {@link Given#apply} makes of that item, since the base items set no environment and
     * {@code Given}'s derivations read none.
     */
    private static final Map<String, UnaryOperator<Environment>> ENVIRONMENT_ITEMS = environmentItems();

    private static Map<String, UnaryOperator<Environment>> environmentItems() {
        Map<String, UnaryOperator<Environment>> items = new java.util.HashMap<>();
        for (List<String> values : VALUES.values()) {
            for (String value : values) {
                Given.environmentItem(value).ifPresent(op -> items.put(value, op));
            }
        }
        return Map.copyOf(items);
    }

    /** The forks of one page kind with or without the pin: its items and their state, made once. */
    private record Forks<T>(String kind, List<String> base, PageState baseState, Function<StartingState, T> run,
                            ToIntFunction<T> reads, BiConsumer<StartingState, T> leaf) {

        /**
         * Runs the state {@code fixed} sets ({@code fixed[k]} the value of key {@code k}, null while not
         * fixed), or takes {@code known}'s result when it is that state's (the default answer to the key
         * just fixed), then forks it on the first key it read that is not fixed.
         */
        void fork(String[] fixed, StartingState known, T knownResult) {
            StartingState start = known;
            T result = knownResult;
            if (start == null) {
                start = state(fixed);
                result = run.apply(start);
            }
            int read = reads.applyAsInt(result);
            for (PageModel.EnvKey key : KEYS) {
                if ((read & (1 << key.ordinal())) != 0 && fixed[key.ordinal()] == null) {
                    boolean first = true;
                    for (String value : VALUES.get(key)) {
                        String[] next = fixed.clone();
                        next[key.ordinal()] = value;
                        // the default answer adds no given item and no race: this very state, already run
                        fork(next, first ? start : null, first ? result : null);
                        first = false;
                    }
                    return;
                }
            }
            leaf.accept(start, result);
        }

        /**
         * The state {@code fixed} sets: the base items and each fixed non-default answer (races aside) as
         * {@code --given} items, the same state {@link Given#apply} makes of those items — the base
         * state with the answers' environment.
         */
        private StartingState state(String[] fixed) {
            List<String> given = new ArrayList<>(base);
            PageState state = baseState;
            for (PageModel.EnvKey key : KEYS) {
                String value = fixed[key.ordinal()];
                if (value != null && !RACES.contains(key) && !value.equals(VALUES.get(key).get(0))) {
                    given.add(value);
                    UnaryOperator<Environment> env = ENVIRONMENT_ITEMS.get(value);
                    state = env == null ? null : state == null ? null : state.withEnvironment(env.apply(state.environment()));
                }
            }
            if (state == null) {
                // a value not listed above: its items applied as a user's would be
                state = ((Given.Applied) Given.apply(PageState.initial(), given)).state();
            }
            return new StartingState(kind, given, state,
                    "folio changes".equals(fixed[PageModel.EnvKey.FOLIO_CHANGE.ordinal()]),
                    "poisoned concurrently".equals(fixed[PageModel.EnvKey.POISON_RACE.ordinal()]),
                    "allocated before the retry".equals(fixed[PageModel.EnvKey.ALLOC_RACE.ordinal()]));
        }
    }
}
