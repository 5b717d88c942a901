package org.tracenotes.core.model;

import java.util.Locale;

/** How a traced function is introduced in its block. */
public enum RootKind {
    /** A bare name: {@code soft_offline_page}. */
    NAME,
    /** A call or signature: {@code soft_offline_page(pfn, flags)}. */
    CALL,
    /** A C prototype: {@code static int foo(struct dev *d)}. */
    PROTOTYPE,
    /** A label: {@code SYS_foo:}. */
    LABEL,
    /** A line of prose or a path standing where a root would. */
    PROSE,
    /** No root line: the block starts with arrows; the name comes from the heading above. */
    IMPLIED;

    /** Lower-case name used in output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
