package org.tracenotes.core.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one pfn and its folio, with every input that changes the outcome of soft offline,
 * memory_failure and unpoison, the environment's answers, and what memory_failure reported and
 * killed. Immutable and small, so exploring copies it freely; every change is a {@code with…} method
 * returning a new state.
 *
 * @param pfnValid      pfn_valid(pfn)
 * @param online        pfn_to_online_page(pfn) finds a page (not an offline section, not ZONE_DEVICE)
 * @param flags         the {@link PageFlag}s set, as bits
 * @param refs          the folio's references per owner
 * @param callerFlags   the {@code flags} argument the caller passes ({@code MF_*})
 * @param environment   how isolation, migration, split, take-off, dissolve, unmap and the filter turn out
 * @param poisonedPages the global num_poisoned_pages counter
 * @param order         the folio's order (0 for a small page; 9 for a THP or a 2 MB hugetlb folio)
 * @param mappers       page-table mappings of the folio (each holds one of its mapping references)
 * @param action        memory_failure's last {@code action_result}: {@code TYPE/RESULT}, or null for none
 * @param killed        the kill events memory_failure sent, in order
 */
public record PageState(boolean pfnValid, boolean online, int flags, RefLedger refs, long callerFlags,
                        Environment environment, long poisonedPages, int order, int mappers, String action,
                        List<String> killed) {

    public PageState {
        killed = List.copyOf(killed);
    }

    /** A valid, online, free-standing page: no flags, no references, everything succeeding. */
    public static PageState initial() {
        return new PageState(true, true, 0, RefLedger.empty(), 0, Environment.succeeding(), 0, 0, 0, null, List.of());
    }

    // The accessors note what a run reads ({@link StateReads}); the with… methods what it writes.

    public boolean has(PageFlag flag) {
        StateReads.noteFlagRead(flag.bit());
        return (flags & flag.bit()) != 0;
    }

    @Override
    public boolean pfnValid() {
        StateReads.noteRead(StateReads.Field.PFN_VALID);
        return pfnValid;
    }

    @Override
    public boolean online() {
        StateReads.noteRead(StateReads.Field.ONLINE);
        return online;
    }

    /** The flags word: every flag read. */
    @Override
    public int flags() {
        StateReads.noteFlagRead(-1);
        return flags;
    }

    @Override
    public RefLedger refs() {
        StateReads.noteRead(StateReads.Field.REFS);
        return refs;
    }

    @Override
    public long callerFlags() {
        StateReads.noteRead(StateReads.Field.CALLER_FLAGS);
        return callerFlags;
    }

    /** The environment: which of its answers a run reads, the {@link PageModel} counts. */
    @Override
    public Environment environment() {
        return environment;
    }

    @Override
    public long poisonedPages() {
        StateReads.noteRead(StateReads.Field.POISONED_PAGES);
        return poisonedPages;
    }

    @Override
    public int order() {
        StateReads.noteRead(StateReads.Field.ORDER);
        return order;
    }

    @Override
    public int mappers() {
        StateReads.noteRead(StateReads.Field.MAPPERS);
        return mappers;
    }

    @Override
    public String action() {
        StateReads.noteRead(StateReads.Field.ACTION);
        return action;
    }

    @Override
    public List<String> killed() {
        StateReads.noteRead(StateReads.Field.KILLED);
        return killed;
    }

    public PageState with(PageFlag flag, boolean set) {
        StateReads.noteFlagWritten(flag.bit());
        int f = set ? flags | flag.bit() : flags & ~flag.bit();
        return f == flags ? this : new PageState(pfnValid, online, f, refs, callerFlags, environment, poisonedPages, order,
                mappers, action, killed);
    }

    public PageState withRefs(RefLedger ledger) {
        StateReads.noteWritten(StateReads.Field.REFS);
        return new PageState(pfnValid, online, flags, ledger, callerFlags, environment, poisonedPages, order, mappers,
                action, killed);
    }

    public PageState withPfn(boolean valid, boolean isOnline) {
        StateReads.noteWritten(StateReads.Field.PFN_VALID, StateReads.Field.ONLINE);
        return new PageState(valid, isOnline, flags, refs, callerFlags, environment, poisonedPages, order, mappers, action,
                killed);
    }

    public PageState withCallerFlags(long mfFlags) {
        StateReads.noteWritten(StateReads.Field.CALLER_FLAGS);
        return new PageState(pfnValid, online, flags, refs, mfFlags, environment, poisonedPages, order, mappers, action,
                killed);
    }

    public PageState withEnvironment(Environment env) {
        StateReads.noteWritten(StateReads.Field.ENVIRONMENT);
        return new PageState(pfnValid, online, flags, refs, callerFlags, env, poisonedPages, order, mappers, action, killed);
    }

    public PageState withPoisonedPages(long count) {
        StateReads.noteWritten(StateReads.Field.POISONED_PAGES);
        return new PageState(pfnValid, online, flags, refs, callerFlags, environment, count, order, mappers, action, killed);
    }

    /** The folio's order and its page-table mappings. */
    public PageState withFolio(int folioOrder, int mapCount) {
        StateReads.noteWritten(StateReads.Field.ORDER, StateReads.Field.MAPPERS);
        return new PageState(pfnValid, online, flags, refs, callerFlags, environment, poisonedPages, folioOrder, mapCount,
                action, killed);
    }

    /** memory_failure's action_result, {@code CLEAN_LRU/RECOVERED}. */
    public PageState withAction(String typeAndResult) {
        StateReads.noteWritten(StateReads.Field.ACTION);
        return new PageState(pfnValid, online, flags, refs, callerFlags, environment, poisonedPages, order, mappers,
                typeAndResult, killed);
    }

    /** One more kill event, {@code SIGBUS BUS_MCEERR_AO to 1 task}. */
    public PageState withKill(String event) {
        StateReads.noteRead(StateReads.Field.KILLED);
        StateReads.noteWritten(StateReads.Field.KILLED);
        List<String> k = new java.util.ArrayList<>(killed);
        k.add(event);
        return new PageState(pfnValid, online, flags, refs, callerFlags, environment, poisonedPages, order, mappers, action,
                k);
    }

    /** page_count(): the folio's refcount. */
    public int refcount() {
        StateReads.noteRead(StateReads.Field.REFS);
        return refs.total();
    }

    /**
     * The state as {@code --given} keys name it, for output: booleans for flags and pfn state,
     * {@code refcount} (references other than the caller's pin), {@code flags}, the environment, and
     * what memory_failure did ({@code action}, {@code killed}).
     */
    public Map<String, Object> asGiven() {
        StateReads.noteReadAll();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pfn_valid", pfnValid);
        out.put("online", online);
        out.put("refcount", refs.total() - refs.count(RefOwner.CALLER_PIN));
        out.put("caller_pin", refs.count(RefOwner.CALLER_PIN));
        out.put("flags", Given.describeMfFlags(callerFlags));
        for (PageFlag f : PageFlag.values()) {
            out.put(f.reportedName(), has(f));
        }
        out.put("order", order);
        out.put("mappers", mappers);
        out.put("extra_refs", refs.count(RefOwner.OTHER));
        out.put("filter", environment.filterRejects());
        out.put("isolate", environment.isolate().id());
        out.put("migrate", environment.migrate().id());
        out.put("split", environment.split().id());
        out.put("take_off", environment.takeOff().id());
        out.put("dissolve", environment.dissolve().id());
        out.put("unmap", environment.unmap().id());
        out.put("num_poisoned_pages", poisonedPages);
        out.put("action", action == null ? "none" : action);
        out.put("killed", killed.isEmpty() ? "none" : String.join("; ", killed));
        return out;
    }
}
