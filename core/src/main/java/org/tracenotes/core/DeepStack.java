package org.tracenotes.core;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a thread with a large stack: parsing and running notes recurse as deep as a note
 * nests, and a deep note must not overflow the caller's stack. The stack is reserved, not committed,
 * so its size costs address space only.
 */
public final class DeepStack {

    /** Stack for one parse or run. */
    public static final long STACK_BYTES = 256L << 20;

    /** What the work returned, or what it threw (a StackOverflowError, an OutOfMemoryError …). */
    public record Outcome<T>(T value, Throwable failure) { }

    private DeepStack() {
    }

    /** Runs {@code work} on a fresh thread named {@code name} and waits for it. */
    public static <T> Outcome<T> call(String name, Supplier<T> work) {
        return call(name, STACK_BYTES, work);
    }

    /** Runs {@code work} on a fresh thread named {@code name} with a stack of {@code stackBytes} and waits for it. */
    public static <T> Outcome<T> call(String name, long stackBytes, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
                failure.set(e);
            }
        }, name, stackBytes);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.set(e);
        }
        return new Outcome<>(result.get(), failure.get());
    }
}
