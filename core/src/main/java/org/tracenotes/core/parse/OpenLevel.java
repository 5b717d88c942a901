package org.tracenotes.core.parse;

/**
 * An open level: a step (or, at the bottom, the root itself with node == null). A braced frame is
 * a step whose body a lone {@code {} opened at the step's own column: lines at that column are its
 * children until the closing {@code }}. A same-column body is the one statement an unbraced arrowless
 * {@code if} owns at its own column: a later line there passes it over and is the if's sibling.
 */
record OpenLevel(int level, StepNode node, boolean braced, boolean sameColumnBody) {
    OpenLevel(int level, StepNode node) {
        this(level, node, false, false);
    }

    OpenLevel(int level, StepNode node, boolean braced) {
        this(level, node, braced, false);
    }
}
