package org.tracenotes.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a thread with a large stack: parsing and running notes recurse as deep as a note
 * nests, and a deep note must not overflow the caller's stack. The stack is reserved, not committed,
 * so its size costs address space only.
 *
 * <p>The threads are kept for a while and reused (starting one per parse cost about a twentieth of a
 * corpus parse), and work asked for on one of them runs right there, on the stack it already has.
 */
public final class DeepStack {

    /** Stack for one parse or run. */
    public static final long STACK_BYTES = 256L << 20;

    /** How long an idle thread of {@link #STACK_BYTES} is kept. */
    private static final long KEEP_SECONDS = 30;

    /** What the work returned, or what it threw (a StackOverflowError, an OutOfMemoryError …). */
    public record Outcome<T>(T value, Throwable failure) { }

    /** A thread with a deep stack: work asked for on it runs on it. */
    private static final class DeepThread extends Thread {
        DeepThread(Runnable r, String name, long stackBytes) {
            super(null, r, name, stackBytes);
            setDaemon(true);
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
            KEEP_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(),
            r -> new DeepThread(r, "tracenotes-deep-" + THREADS.incrementAndGet(), STACK_BYTES));

    private DeepStack() {
    }

    /**
     * Runs {@code work} on a thread with a stack of {@link #STACK_BYTES} and waits for it: on this
     * thread when it is one, else on a kept one.
     */
    public static <T> Outcome<T> call(String name, Supplier<T> work) {
        if (Thread.currentThread() instanceof DeepThread) {
            return run(work);
        }
        Future<Outcome<T>> future = POOL.submit(() -> run(work));
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, e);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        }
    }

    /** Runs {@code work} on a fresh thread named {@code name} with a stack of {@code stackBytes} and waits for it. */
    public static <T> Outcome<T> call(String name, long stackBytes, Supplier<T> work) {
        AtomicReference<Outcome<T>> outcome = new AtomicReference<>(new Outcome<>(null, null));
        Thread worker = new DeepThread(() -> outcome.set(run(work)), name, stackBytes);
        worker.setDaemon(false);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, e);
        }
        return outcome.get();
    }

    private static <T> Outcome<T> run(Supplier<T> work) {
        try {
            return new Outcome<>(work.get(), null);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }
}
