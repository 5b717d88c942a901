package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tracenotes.core.kernel.Environment;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.StateReads;
import org.tracenotes.core.kernel.StateReads.Field;

/**
 * The runs of one exploration by the part of their starting state they read: a run reads some flags,
 * some fields and some environment answers ({@link StateReads}, {@link PageModel#envRead()}), and a
 * later state that agrees with its starting state on all of them takes the same path to the same
 * result — the run cannot tell the two states apart. Such a state is not run again: it gets the earlier
 * run's outcome, its final state made of the earlier run's final values of what that run read or wrote
 * and its own starting values of the rest ({@link #finalState}).
 *
 * @param <T> what the exploration keeps of a run
 */
final class RunMemo<T> {

    /** A run: its starting state, what it read, and what the exploration kept of it. */
    private record Entry<T>(StartingState start, StateReads reads, int envRead, T run) { }

    /** The runs kept, in order. */
    private final List<Entry<T>> runs = new ArrayList<>();
    /**
     * Each run's starting flags, answers ({@link #answers}) and caller's flags, and masks of those it
     * read, side by side: the first, cheapest test of a run; the other fields only when these agree.
     */
    private int[] flags = new int[64];
    private int[] flagsRead = new int[64];
    private int[] answers = new int[64];
    private int[] answersRead = new int[64];
    private long[] callerFlags = new long[64];
    private long[] callerFlagsRead = new long[64];
    /** Each run's starting {@link #fields} and a mask of those it read: the second test, before {@link #agree}. */
    private long[] fields = new long[64];
    private long[] fieldsRead = new long[64];

    /** An earlier run of a state that agrees with {@code start} on everything the run read, or null. */
    T find(StartingState start) {
        PageState s = start.state();
        int f = s.flags();
        int a = answers(start);
        long c = s.callerFlags();
        // the other fields packed only once a run agrees on the flags, answers and caller's flags (most do not)
        long fs = 0;
        boolean packed = false;
        int n = runs.size();
        for (int i = n - 1; i >= 0; i--) {
            if (((flags[i] ^ f) & flagsRead[i]) == 0 && ((answers[i] ^ a) & answersRead[i]) == 0
                    && ((callerFlags[i] ^ c) & callerFlagsRead[i]) == 0) {
                if (!packed) {
                    fs = fields(s);
                    packed = true;
                }
                if (((fields[i] ^ fs) & fieldsRead[i]) == 0) {
                    Entry<T> e = runs.get(i);
                    if (agree(e.reads, e.start.state(), s)) {
                        return e.run;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Keeps {@code run}, of {@code start}, which read {@code reads} and whose path the answers
     * {@code envRead} decided ({@link PageModel#envDecided()}: a race read whose answer did not matter
     * is left out, so states that differ only there share the run); not a run whose reads were not
     * recorded, nor one that changed the environment.
     */
    void put(StartingState start, StateReads reads, int envRead, T run) {
        if (reads.recording() && (reads.written() & 1 << Field.ENVIRONMENT.ordinal()) == 0) {
            int n = runs.size();
            if (n == flags.length) {
                flags = java.util.Arrays.copyOf(flags, n * 2);
                flagsRead = java.util.Arrays.copyOf(flagsRead, n * 2);
                answers = java.util.Arrays.copyOf(answers, n * 2);
                answersRead = java.util.Arrays.copyOf(answersRead, n * 2);
                callerFlags = java.util.Arrays.copyOf(callerFlags, n * 2);
                callerFlagsRead = java.util.Arrays.copyOf(callerFlagsRead, n * 2);
                fields = java.util.Arrays.copyOf(fields, n * 2);
                fieldsRead = java.util.Arrays.copyOf(fieldsRead, n * 2);
            }
            flags[n] = start.state().flags();
            flagsRead[n] = reads.flagsRead();
            answers[n] = answers(start);
            int mask = 0;
            for (PageModel.EnvKey k : KEYS) {
                if ((envRead & 1 << k.ordinal()) != 0) {
                    mask |= 3 << 2 * k.ordinal();
                }
            }
            if (reads.read(Field.ENVIRONMENT)) {
                mask = -1; // the run read the environment as a whole (asGiven: a page field, an end-of-run frame)
            }
            answersRead[n] = mask;
            callerFlags[n] = start.state().callerFlags();
            callerFlagsRead[n] = reads.read(Field.CALLER_FLAGS) ? -1L : 0L;
            fields[n] = fields(start.state());
            fieldsRead[n] = fieldsMask(reads);
            runs.add(new Entry<>(start, reads, envRead, run));
        }
    }

    /**
     * A state's fields besides the flags and caller's flags, packed for a first comparison: the pfn's
     * validity and onlining (bits 0 and 1), the low bytes of the order, the mappers and the poisoned
     * pages (bits 8 to 31), the references' hash (bits 32 to 63). Equal states pack equal; states that
     * pack equal may still differ, which {@link #agree} tells.
     */
    private static long fields(PageState s) {
        return (s.pfnValid() ? 1L : 0L) | (s.online() ? 2L : 0L) | (s.order() & 0xffL) << 8 | (s.mappers() & 0xffL) << 16
                | (s.poisonedPages() & 0xffL) << 24 | (long) s.refs().hashCode() << 32;
    }

    /** The bits of {@link #fields} a run that read {@code reads} depends on. */
    private static long fieldsMask(StateReads reads) {
        return (reads.read(Field.PFN_VALID) ? 1L : 0L) | (reads.read(Field.ONLINE) ? 2L : 0L)
                | (reads.read(Field.ORDER) ? 0xffL << 8 : 0L) | (reads.read(Field.MAPPERS) ? 0xffL << 16 : 0L)
                | (reads.read(Field.POISONED_PAGES) ? 0xffL << 24 : 0L) | (reads.read(Field.REFS) ? 0xffffffffL << 32 : 0L);
    }

    /** Whether {@code a} and {@code b} agree on the fields besides flags and caller's flags that {@code reads} read. */
    private static boolean agree(StateReads reads, PageState a, PageState b) {
        return (!reads.read(Field.PFN_VALID) || a.pfnValid() == b.pfnValid())
                && (!reads.read(Field.ONLINE) || a.online() == b.online())
                && (!reads.read(Field.REFS) || a.refs().equals(b.refs()))
                && (!reads.read(Field.POISONED_PAGES) || a.poisonedPages() == b.poisonedPages())
                && (!reads.read(Field.ORDER) || a.order() == b.order())
                && (!reads.read(Field.MAPPERS) || a.mappers() == b.mappers())
                && (!reads.read(Field.ACTION) || Objects.equals(a.action(), b.action()))
                && (!reads.read(Field.KILLED) || a.killed().equals(b.killed()));
    }

    /** {@code start}'s answer to each environment question, two bits each at twice the key's ordinal. */
    private static int answers(StartingState start) {
        Environment e = start.state().environment();
        return answer(PageModel.EnvKey.FOLIO_CHANGE, start.folioChanges() ? 1 : 0)
                | answer(PageModel.EnvKey.POISON_RACE, start.poisonedConcurrently() ? 1 : 0)
                | answer(PageModel.EnvKey.ALLOC_RACE, start.allocatedOnRetry() ? 1 : 0)
                | answer(PageModel.EnvKey.FILTER, e.filterRejects() ? 1 : 0)
                | answer(PageModel.EnvKey.ISOLATE, e.isolate().ordinal())
                | answer(PageModel.EnvKey.MIGRATE, e.migrate().ordinal())
                | answer(PageModel.EnvKey.SPLIT, e.split().ordinal())
                | answer(PageModel.EnvKey.TAKE_OFF, e.takeOff().ordinal())
                | answer(PageModel.EnvKey.DISSOLVE, e.dissolve().ordinal())
                | answer(PageModel.EnvKey.UNMAP, e.unmap().ordinal());
    }

    private static int answer(PageModel.EnvKey key, int value) {
        return value << 2 * key.ordinal();
    }

    /** The keys {@link #answers} packs: every one. */
    private static final int KEYS_ANSWERED = 10;

    static {
        if (KEYS_ANSWERED != PageModel.EnvKey.values().length) {
            throw new AssertionError("RunMemo.answers must pack every environment key");
        }
    }

    private static final PageModel.EnvKey[] KEYS = PageModel.EnvKey.values();

    /**
     * The state a run that read and wrote {@code reads} leaves when started from {@code start}, given
     * that it left {@code end} when started from a state agreeing with {@code start} on what it read:
     * {@code end}'s values of what it read or wrote (the same from either start), {@code start}'s of the
     * rest (which the run left as they were). The environment is never written by a kept run.
     */
    static PageState finalState(PageState start, PageState end, StateReads reads) {
        int f = reads.flagsRead() | reads.flagsWritten();
        return new PageState(
                reads.touched(Field.PFN_VALID) ? end.pfnValid() : start.pfnValid(),
                reads.touched(Field.ONLINE) ? end.online() : start.online(),
                end.flags() & f | start.flags() & ~f,
                reads.touched(Field.REFS) ? end.refs() : start.refs(),
                reads.touched(Field.CALLER_FLAGS) ? end.callerFlags() : start.callerFlags(),
                start.environment(),
                reads.touched(Field.POISONED_PAGES) ? end.poisonedPages() : start.poisonedPages(),
                reads.touched(Field.ORDER) ? end.order() : start.order(),
                reads.touched(Field.MAPPERS) ? end.mappers() : start.mappers(),
                reads.touched(Field.ACTION) ? end.action() : start.action(),
                reads.touched(Field.KILLED) ? end.killed() : start.killed());
    }
}
