package org.tracenotes.core.run;

import org.tracenotes.core.kernel.KernelConstants;

/** How run output writes values: {@code 0}, {@code 1}, {@code -16 (-EBUSY)}. */
final class RunValues {

    private RunValues() {
    }

    static String describe(long v) {
        String name = KernelConstants.describeReturn(v);
        return name.equals(Long.toString(v)) ? name : v + " (" + name + ")";
    }
}
