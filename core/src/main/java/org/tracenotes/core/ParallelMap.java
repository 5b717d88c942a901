package org.tracenotes.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Maps a list on every core, the results in the list's order: how a folder's notes are read and linted.
 * Each worker thread takes the next item until none is left, and has its own state (a linter's caches,
 * say), which it alone touches. The workers' stacks are as large as the stack the CLI runs a command on,
 * since the work recurses as deep as a note nests. A single item, or a single core, is mapped on the
 * caller's thread. If the work throws, the failure of the first item (in the list's order) that failed is
 * thrown on the caller's thread, as it would have been by a loop over the list.
 */
public final class ParallelMap {

    /** Stack of a worker: reserved, not committed, so its size costs address space only. */
    static final long STACK_BYTES = 1L << 30;

    /** Set on this class's worker threads: work already spread over the cores spreads no further. */
    private static final ThreadLocal<Boolean> WORKER = ThreadLocal.withInitial(() -> false);

    private ParallelMap() {
    }

    /** Whether the current thread is one of {@link #map}'s workers (so every core is already busy). */
    public static boolean onWorker() {
        return WORKER.get();
    }

    /** {@code work(state, item)} of every item, in order; {@code state} is made once per worker thread. */
    public static <S, T, R> List<R> map(List<T> items, Supplier<S> state, BiFunction<S, T, R> work) {
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            S s = state.get();
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(work.apply(s, item));
            }
            return out;
        }
        AtomicReferenceArray<R> results = new AtomicReferenceArray<>(items.size());
        AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(items.size());
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            WORKER.set(true);
            S s = state.get();
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    results.set(i, work.apply(s, items.get(i)));
                } catch (Throwable t) {   // rethrown on the caller's thread below, StackOverflowError included
                    failures.set(i, t);
                    next.set(items.size());
                }
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(null, worker, "tracenotes-worker-" + t, STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        boolean interrupted = false;
        for (Thread thread : started) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        List<R> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Throwable t = failures.get(i);
            if (t != null) {
                throw ParallelMap.<RuntimeException>rethrow(t);
            }
            out.add(results.get(i));
        }
        return out;
    }

    /** Throws {@code t} as it is, checked or not (a worker's failure on the thread that waits for it). */
    @SuppressWarnings("unchecked")
    public static <E extends Throwable> E rethrow(Throwable t) throws E {
        throw (E) t;
    }
}
