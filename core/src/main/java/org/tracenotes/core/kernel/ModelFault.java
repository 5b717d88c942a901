package org.tracenotes.core.kernel;

/**
 * A trace asked the model something it cannot answer: a NULL page passed to a primitive, a division
 * by zero. The interpreter turns it into the run's {@code error} outcome with the line; it never
 * leaves core.
 */
public final class ModelFault extends RuntimeException {

    public ModelFault(String message) {
        super(message, null, false, false);
    }
}
