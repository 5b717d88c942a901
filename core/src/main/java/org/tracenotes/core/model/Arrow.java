package org.tracenotes.core.model;

/** The token that leads a step line. */
public enum Arrow {
    /** {@code =>} */
    STEP("=>"),
    /** {@code ->} */
    DASH("->"),
    /** {@code -->}, {@code ---->} … */
    LONG("-->"),
    /** {@code +->}, {@code +-->} … */
    TREE("+->"),
    /** {@code |->}, {@code |-->} … */
    PIPE("|->"),
    /** {@code \->}: the last child of a tree. */
    LAST("\\->"),
    /** No arrow: a child by indentation only. */
    NONE("");

    private final String symbol;

    Arrow(String symbol) {
        this.symbol = symbol;
    }

    /** The arrow's shortest spelling. */
    public String symbol() {
        return symbol;
    }
}
