package org.tracenotes.core.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one pfn and its folio, with every input that changes soft offline's outcome, and the
 * environment's answers. Immutable and small, so exploring copies it freely; every change is a
 * {@code with…} method returning a new state.
 *
 * @param pfnValid      pfn_valid(pfn)
 * @param online        pfn_to_online_page(pfn) finds a page (not an offline section, not ZONE_DEVICE)
 * @param flags         the {@link PageFlag}s set, as bits
 * @param refs          the folio's references per owner
 * @param callerFlags   the {@code flags} argument the caller passes ({@code MF_*})
 * @param environment   how isolation, migration, split, take-off, dissolve and the filter turn out
 * @param poisonedPages the global num_poisoned_pages counter
 */
public record PageState(boolean pfnValid, boolean online, int flags, RefLedger refs, long callerFlags,
                        Environment environment, long poisonedPages) {

    /** A valid, online, free-standing page: no flags, no references, everything succeeding. */
    public static PageState initial() {
        return new PageState(true, true, 0, RefLedger.empty(), 0, Environment.succeeding(), 0);
    }

    public boolean has(PageFlag flag) {
        return (flags & flag.bit()) != 0;
    }

    public PageState with(PageFlag flag, boolean set) {
        int f = set ? flags | flag.bit() : flags & ~flag.bit();
        return f == flags ? this : new PageState(pfnValid, online, f, refs, callerFlags, environment, poisonedPages);
    }

    public PageState withRefs(RefLedger ledger) {
        return new PageState(pfnValid, online, flags, ledger, callerFlags, environment, poisonedPages);
    }

    public PageState withPfn(boolean valid, boolean isOnline) {
        return new PageState(valid, isOnline, flags, refs, callerFlags, environment, poisonedPages);
    }

    public PageState withCallerFlags(long mfFlags) {
        return new PageState(pfnValid, online, flags, refs, mfFlags, environment, poisonedPages);
    }

    public PageState withEnvironment(Environment env) {
        return new PageState(pfnValid, online, flags, refs, callerFlags, env, poisonedPages);
    }

    public PageState withPoisonedPages(long count) {
        return new PageState(pfnValid, online, flags, refs, callerFlags, environment, count);
    }

    /** page_count(): the folio's refcount. */
    public int refcount() {
        return refs.total();
    }

    /**
     * The state as {@code --given} keys name it, for output: booleans for flags and pfn state,
     * {@code refcount} (references other than the caller's pin), {@code flags}, and the environment.
     */
    public Map<String, Object> asGiven() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pfn_valid", pfnValid);
        out.put("online", online);
        out.put("refcount", refs.total() - refs.count(RefOwner.CALLER_PIN));
        out.put("caller_pin", refs.count(RefOwner.CALLER_PIN));
        out.put("flags", Given.describeMfFlags(callerFlags));
        for (PageFlag f : PageFlag.values()) {
            out.put(f.key() != null ? f.key() : f.name().toLowerCase(java.util.Locale.ROOT), has(f));
        }
        out.put("filter", environment.filterRejects());
        out.put("isolate", environment.isolate().id());
        out.put("migrate", environment.migrate().id());
        out.put("split", environment.split().id());
        out.put("take_off", environment.takeOff().id());
        out.put("dissolve", environment.dissolve().id());
        out.put("num_poisoned_pages", poisonedPages);
        return out;
    }
}
