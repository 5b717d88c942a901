package org.tracenotes.core.kernel;

/**
 * The page model while one trace runs: the current {@link PageState} and the references taken and
 * dropped so far. Mutable and owned by one run; the states it moves through are immutable.
 */
public final class PageModel {

    /**
     * Whose reference a {@code put_page} drops: C names no owner, so the model drops the one the
     * kernel means on every soft-offline path — get_any_page's, else the caller's pin (a
     * count-increased caller), else isolation's (page_handle_poison after migration). Never the poison
     * pin, a mapping's or another user's: a put with none of these held is a put without its get, and
     * get_any_page's count goes negative, which the invariants report.
     */
    private static final RefOwner[] PUT_ORDER = {RefOwner.GET, RefOwner.CALLER_PIN, RefOwner.ISOLATION};

    /**
     * Once PG_hwpoison is cleared (unpoison's TestClearPageHWPoison), the pin page_handle_poison or
     * memory_failure left is an ordinary reference again, and unpoison's second folio_put drops it.
     */
    private static final RefOwner[] PUT_ORDER_UNPOISONED = {RefOwner.GET, RefOwner.CALLER_PIN, RefOwner.ISOLATION,
        RefOwner.POISON_PIN};

    /** The environment's answers, as bits of {@link #envRead}: which ones a run asked for. */
    public enum EnvKey { FOLIO_CHANGE, POISON_RACE, FILTER, ISOLATE, MIGRATE, SPLIT, TAKE_OFF, DISSOLVE, UNMAP, ALLOC_RACE }

    private final PageState initial;
    private PageState state;
    private int gets;
    private int puts;
    private int envRead;
    private int line;
    private int firstNegativeLine;
    private RefOwner firstNegativeOwner;
    private int lastRefChangeLine;
    private int moved;
    private final boolean folioChanges;
    private final boolean poisonedConcurrently;
    private int folioLookups;
    /** Lookups of a folio that can change under them, with or without the race (see {@link #envDecided}). */
    private int racyLookups;
    /** The races read whose answer changed, or would have changed, the run (see {@link #envDecided}). */
    private int racesDecided;
    private boolean folioChanged;
    private int oldFolioRefs;
    private boolean allocatedOnRetry;
    private int externalRefs;

    public PageModel(PageState initial) {
        this(initial, false);
    }

    /**
     * A model whose hugetlb folio changes under the second {@code page_folio()} lookup when
     * {@code folioChanges}: the race __get_hwpoison_page re-checks for (a demotion). References
     * taken on the folio before the change stay on the old folio. Exploration only; no given key.
     */
    public PageModel(PageState initial, boolean folioChanges) {
        this(initial, folioChanges, false);
    }

    /**
     * As {@link #PageModel(PageState, boolean)}; with {@code poisonedConcurrently}, memory_failure
     * poisons the page (and counts it) while soft offline waits in {@code lock_page} — decision-table
     * row 22. Exploration only; no given key.
     */
    public PageModel(PageState initial, boolean folioChanges, boolean poisonedConcurrently) {
        this.initial = initial;
        this.state = initial;
        this.folioChanges = folioChanges;
        this.poisonedConcurrently = poisonedConcurrently;
    }

    /**
     * A model in which someone allocates the page when take_page_off_buddy fails: the free page soft
     * offline could not take off is a mapped anonymous LRU page by the time it retries. Exploration only.
     */
    public PageModel allocatedOnRetry(boolean allocated) {
        this.allocatedOnRetry = allocated;
        return this;
    }

    /** lock_page(): may wait while another path poisons the page (see the constructor). */
    public void lockPage() {
        envRead |= 1 << EnvKey.POISON_RACE.ordinal();
        boolean poisoned = state.has(PageFlag.HWPOISON);
        if (!poisoned) {
            // on a page poisoned already the race changes nothing: either answer runs the same
            racesDecided |= 1 << EnvKey.POISON_RACE.ordinal();
        }
        if (poisonedConcurrently && !poisoned) {
            state = state.with(PageFlag.HWPOISON, true).withPoisonedPages(state.poisonedPages() + 1);
        }
    }

    /** page_folio(): the page's folio, which may change under this lookup (see the constructor). */
    public Value pageFolio() {
        if (!state.has(PageFlag.HUGETLB) && !state.has(PageFlag.THP)) {
            return folioChanged ? Value.NEW_FOLIO : Value.FOLIO;
        }
        if (state.has(PageFlag.HWPOISON)) {
            // a poisoned folio is neither demoted nor split under memory_failure's lock: no race to read
            return folioChanged ? Value.NEW_FOLIO : Value.FOLIO;
        }
        envRead |= 1 << EnvKey.FOLIO_CHANGE.ordinal();
        if (++racyLookups >= 2) {
            // the folio changes under the second such lookup: before it, either answer runs the same
            racesDecided |= 1 << EnvKey.FOLIO_CHANGE.ordinal();
        }
        if (folioChanges && !folioChanged && ++folioLookups >= 2) {
            folioChanged = true;
            int held = state.refs().count(RefOwner.GET);
            oldFolioRefs += held;
            state = state.withRefs(state.refs().add(RefOwner.GET, -held));
            if (state.has(PageFlag.THP)) {
                // the tail race: the page left its THP (split under us) and is a small page now
                state = state.with(PageFlag.THP, false).with(PageFlag.TAIL, false).withFolio(0, state.mappers());
            }
        }
        return folioChanged ? Value.NEW_FOLIO : Value.FOLIO;
    }

    /** Whether {@code v} is the folio the page left: references on it are not the page's. */
    public boolean isOldFolio(Value v) {
        return folioChanged && Value.FOLIO.equals(v);
    }

    /** A reference taken (+1) or dropped (-1) on the folio the page left. */
    public void oldFolio(int delta) {
        oldFolioRefs += delta;
        netByLine.merge(line, delta, Integer::sum);
        if (delta > 0) {
            gets++;
        } else {
            puts++;
        }
        lastRefChangeLine = line;
    }

    /** References soft offline still holds on the folio the page left (0 when none changed). */
    public int oldFolioRefs() {
        return oldFolioRefs;
    }

    public PageState initial() {
        return initial;
    }

    public PageState state() {
        return state;
    }

    public void set(PageState next) {
        state = next;
    }

    public boolean has(PageFlag flag) {
        return state.has(flag);
    }

    public void flag(PageFlag flag, boolean set) {
        state = state.with(flag, set);
    }

    /** A reference taken by {@code owner}. */
    public void get(RefOwner owner) {
        state = state.withRefs(state.refs().add(owner, 1));
        gets++;
        lastRefChangeLine = line;
        netByLine.merge(line, 1, Integer::sum);
    }

    /** References taken minus dropped, per note line (migration's moves left out), in first-touch order. */
    private final java.util.LinkedHashMap<Integer, Integer> netByLine = new java.util.LinkedHashMap<>();

    /**
     * The last note line, in the order lines first changed a count, whose net change has the sign of
     * {@code net}: where a reference was taken and never given back (net &gt; 0) or dropped too often.
     */
    public int lineOfImbalance(int net) {
        int found = 0;
        for (java.util.Map.Entry<Integer, Integer> e : netByLine.entrySet()) {
            if (Integer.signum(e.getValue()) == Integer.signum(net) && e.getKey() > 0) {
                found = e.getKey();
            }
        }
        return found;
    }

    /** {@code put_page}: one reference dropped, by the owner the kernel means (see {@link #PUT_ORDER}). */
    public void put() {
        RefLedger before = state.refs();
        changed(before.put(state.has(PageFlag.HWPOISON) ? PUT_ORDER : PUT_ORDER_UNPOISONED));
        puts++;
        netByLine.merge(line, -1, Integer::sum);
        releasedIfLast(before);
    }

    /** A put whose owner the code names (putback drops the isolation reference). */
    public void put(RefOwner owner) {
        RefLedger before = state.refs();
        changed(before.put(owner));
        puts++;
        netByLine.merge(line, -1, Integer::sum);
        releasedIfLast(before);
    }

    /** A put that dropped the last reference frees the folio, as {@code folio_put} does (see {@link FolioRelease}). */
    private void releasedIfLast(RefLedger before) {
        state = FolioRelease.afterPut(state, before);
    }

    /** Every reference {@code owner} holds moves away (migration moves mapping references to the new page). */
    public void drop(RefOwner owner) {
        int n = state.refs().count(owner);
        changed(state.refs().add(owner, -n));
        puts += n;
        moved += n;
    }

    /** References another path took in a race (the allocation before the retry), not the run's own. */
    public int externalRefs() {
        return externalRefs;
    }

    /** References that moved away with the data (migration), not dropped by a put. */
    public int moved() {
        return moved;
    }

    private void changed(RefLedger refs) {
        state = state.withRefs(refs);
        lastRefChangeLine = line;
        if (firstNegativeLine == 0) {
            for (RefOwner o : RefOwner.values()) {
                if (refs.count(o) < 0) {
                    firstNegativeLine = Math.max(line, 1);
                    firstNegativeOwner = o;
                    break;
                }
            }
        }
    }

    /** The note line now running (set by the interpreter), to say where a reference went wrong. */
    public void at(int noteLine) {
        line = noteLine;
    }

    /** The first line where some owner's count went negative (a put without its get), or 0. */
    public int firstNegativeLine() {
        return firstNegativeLine;
    }

    public RefOwner firstNegativeOwner() {
        return firstNegativeOwner;
    }

    /** The line of the last reference taken or dropped, or 0. */
    public int lastRefChangeLine() {
        return lastRefChangeLine;
    }

    /** Which environment answers the run read, as bits of {@link EnvKey} ordinals. */
    public int envRead() {
        return envRead;
    }

    /** The races whose answer a run can read without the answer mattering (see {@link #envDecided}). */
    private static final int MOOT_RACES = 1 << EnvKey.FOLIO_CHANGE.ordinal() | 1 << EnvKey.POISON_RACE.ordinal();

    /**
     * The answers the run read whose value decided it: {@link #envRead()} less the races read that
     * either answer would have run alike — the folio change when no second lookup of a folio that can
     * change came (it changes under the second), the concurrent poisoning when the page was poisoned
     * already at {@code lock_page} (a read of its PG_hwpoison that {@link StateReads} records). A
     * state that differs from this run's only in such a race takes the same path to the same end.
     */
    public int envDecided() {
        return envRead & ~MOOT_RACES | racesDecided;
    }

    public boolean filterRejects() {
        envRead |= 1 << EnvKey.FILTER.ordinal();
        return state.environment().filterRejects();
    }

    public Environment.Outcome isolate() {
        envRead |= 1 << EnvKey.ISOLATE.ordinal();
        return state.environment().isolate();
    }

    public Environment.Outcome migrate() {
        envRead |= 1 << EnvKey.MIGRATE.ordinal();
        return state.environment().migrate();
    }

    public Environment.Outcome split() {
        envRead |= 1 << EnvKey.SPLIT.ordinal();
        return state.environment().split();
    }

    public Environment.Outcome takeOff() {
        envRead |= 1 << EnvKey.TAKE_OFF.ordinal();
        Environment.Outcome o = state.environment().takeOff();
        if (o != Environment.Outcome.OK && state.has(PageFlag.BUDDY)) {
            envRead |= 1 << EnvKey.ALLOC_RACE.ordinal();
            if (allocatedOnRetry) {
                // someone else won the page: it is now their mapped anonymous page
                state = state.with(PageFlag.BUDDY, false).with(PageFlag.LRU, true).with(PageFlag.ANON, true)
                        .with(PageFlag.MAPPED, true).withFolio(state.order(), 1);
                state = state.withRefs(state.refs().add(RefOwner.MAPPING, 1));
                externalRefs++;
            }
        }
        return o;
    }

    public Environment.Outcome unmap() {
        envRead |= 1 << EnvKey.UNMAP.ordinal();
        return state.environment().unmap();
    }

    public Environment.Outcome dissolve() {
        envRead |= 1 << EnvKey.DISSOLVE.ordinal();
        return state.environment().dissolve();
    }

    /** The model as it is now, to go back to with {@link #restore}. */
    public record Mark(PageState state, int gets, int puts, int envRead, int line, int firstNegativeLine,
                       RefOwner firstNegativeOwner, int lastRefChangeLine, int moved, int folioLookups,
                       boolean folioChanged, int oldFolioRefs, java.util.Map<Integer, Integer> netByLine,
                       int racyLookups, int racesDecided) { }


    public Mark mark() {
        return new Mark(state, gets, puts, envRead, line, firstNegativeLine, firstNegativeOwner, lastRefChangeLine, moved,
                folioLookups, folioChanged, oldFolioRefs, new java.util.LinkedHashMap<>(netByLine), racyLookups,
                racesDecided);
    }

    /** Undoes everything since {@code mark} (an expectation's calls must not change the run). */
    public void restore(Mark mark) {
        state = mark.state();
        gets = mark.gets();
        puts = mark.puts();
        envRead = mark.envRead();
        line = mark.line();
        firstNegativeLine = mark.firstNegativeLine();
        firstNegativeOwner = mark.firstNegativeOwner();
        lastRefChangeLine = mark.lastRefChangeLine();
        moved = mark.moved();
        folioLookups = mark.folioLookups();
        folioChanged = mark.folioChanged();
        oldFolioRefs = mark.oldFolioRefs();
        netByLine.clear();
        netByLine.putAll(mark.netByLine());
        racyLookups = mark.racyLookups();
        racesDecided = mark.racesDecided();
    }

    public int gets() {
        return gets;
    }

    public int puts() {
        return puts;
    }

    /** page_count(): the folio's refcount now. */
    public int refcount() {
        return state.refcount();
    }
}
