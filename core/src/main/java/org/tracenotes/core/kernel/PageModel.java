package org.tracenotes.core.kernel;

/**
 * The page model while one trace runs: the current {@link PageState} and the references taken and
 * dropped so far. Mutable and owned by one run; the states it moves through are immutable.
 */
public final class PageModel {

    /**
     * Whose reference a {@code put_page} drops: C names no owner, so the model drops the one the
     * kernel means on every soft-offline path — get_any_page's, else the caller's pin (a
     * count-increased caller), else isolation's (page_handle_poison after migration), and only then
     * pins held by others, which a correct trace never drops.
     */
    private static final RefOwner[] PUT_ORDER = {RefOwner.GET, RefOwner.CALLER_PIN, RefOwner.ISOLATION,
        RefOwner.POISON_PIN, RefOwner.MAPPING, RefOwner.OTHER};

    private final PageState initial;
    private PageState state;
    private int gets;
    private int puts;

    public PageModel(PageState initial) {
        this.initial = initial;
        this.state = initial;
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
    }

    /** {@code put_page}: one reference dropped, by the owner the kernel means (see {@link #PUT_ORDER}). */
    public void put() {
        state = state.withRefs(state.refs().put(PUT_ORDER));
        puts++;
    }

    /** A put whose owner the code names (putback drops the isolation reference). */
    public void put(RefOwner owner) {
        state = state.withRefs(state.refs().put(owner));
        puts++;
    }

    /** Every reference {@code owner} holds moves away (migration moves mapping references to the new page). */
    public void drop(RefOwner owner) {
        int n = state.refs().count(owner);
        state = state.withRefs(state.refs().add(owner, -n));
        puts += n;
    }

    /** The model as it is now, to go back to with {@link #restore}. */
    public record Mark(PageState state, int gets, int puts) { }

    public Mark mark() {
        return new Mark(state, gets, puts);
    }

    /** Undoes everything since {@code mark} (an expectation's calls must not change the run). */
    public void restore(Mark mark) {
        state = mark.state();
        gets = mark.gets();
        puts = mark.puts();
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
