package org.tracenotes.core.model;

import java.util.Locale;
import java.util.Optional;

/** What the arrows of a trace block mean; detected per block, or set by the author. */
public enum Dialect {
    /** {@code =>} is a step (call, assignment, if, return); {@code ->} an else / else-if alternative. */
    SEED,
    /** {@code ->} is a call; {@code =>} the resolved target of the indirect call above it. */
    CALL,
    /** {@code +->}, {@code |->}, {@code \->}, {@code -->}: every arrow is a step; {@code \->} the last child. */
    TREE;

    /** Lower-case name used in front matter, options and output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dialect named {@code id} ({@code seed}, {@code call}, {@code tree}), if any. */
    public static Optional<Dialect> byId(String id) {
        for (Dialect d : values()) {
            if (d.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
