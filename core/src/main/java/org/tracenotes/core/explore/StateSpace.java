package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
                fork(kind.getKey(), base, new EnumMap<>(PageModel.EnvKey.class), null, null, run, reads, leaf);
            }
        }
    }

    /**
     * Runs the state {@code fixed} sets (or takes {@code known}'s result when it is that state's: the
     * default answer to the key just fixed), then forks it on the first key it read that is not fixed.
     */
    private static <T> void fork(String kind, List<String> base, Map<PageModel.EnvKey, String> fixed,
                                 StartingState known, T knownResult, Function<StartingState, T> run,
                                 ToIntFunction<T> reads, BiConsumer<StartingState, T> leaf) {
        StartingState start = known;
        T result = knownResult;
        if (start == null) {
            List<String> given = new ArrayList<>(base);
            for (Map.Entry<PageModel.EnvKey, String> e : fixed.entrySet()) {
                if (!RACES.contains(e.getKey()) && !e.getValue().equals(VALUES.get(e.getKey()).get(0))) {
                    given.add(e.getValue());
                }
            }
            PageState state = ((Given.Applied) Given.apply(PageState.initial(), given)).state();
            start = new StartingState(kind, given, state,
                    "folio changes".equals(fixed.get(PageModel.EnvKey.FOLIO_CHANGE)),
                    "poisoned concurrently".equals(fixed.get(PageModel.EnvKey.POISON_RACE)),
                    "allocated before the retry".equals(fixed.get(PageModel.EnvKey.ALLOC_RACE)));
            result = run.apply(start);
        }
        int read = reads.applyAsInt(result);
        for (PageModel.EnvKey key : PageModel.EnvKey.values()) {
            if ((read & (1 << key.ordinal())) != 0 && !fixed.containsKey(key)) {
                boolean first = true;
                for (String value : VALUES.get(key)) {
                    Map<PageModel.EnvKey, String> next = new EnumMap<>(fixed);
                    next.put(key, value);
                    // the default answer adds no given item and no race: this very state, already run
                    fork(kind, base, next, first ? start : null, first ? result : null, run, reads, leaf);
                    first = false;
                }
                return;
            }
        }
        leaf.accept(start, result);
    }
}
