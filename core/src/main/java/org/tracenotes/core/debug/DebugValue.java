package org.tracenotes.core.debug;

import java.util.List;

/**
 * A named value as a debugger shows it: a local, a page field, an environment answer; a value with
 * children (the page's flags, the reference ledger) can be opened.
 *
 * @param name     what it is called
 * @param value    its value as text ({@code 1}, {@code -16 (-EBUSY)}, {@code page}, {@code &hugetlb → 1})
 * @param type     its type as text ({@code int}, {@code struct page *} …), or empty
 * @param children the values inside it, or empty
 */
public record DebugValue(String name, String value, String type, List<DebugValue> children) {

    public DebugValue {
        children = List.copyOf(children);
    }

    public static DebugValue of(String name, String value, String type) {
        return new DebugValue(name, value, type, List.of());
    }

    /** A value of the run: its text ({@code &hugetlb → 1} for a pointer to a variable) and its C type. */
    public static DebugValue of(String name, org.tracenotes.core.kernel.Value value) {
        return Views.value(name, value);
    }
}
