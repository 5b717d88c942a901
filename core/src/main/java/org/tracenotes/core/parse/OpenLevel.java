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

    /**
     * For a line at a column between two open levels: the deeper one when the line is nearer it (the
     * line is its sibling, snapped), else null (the line opens a new level inside the shallower one).
     */
    static OpenLevel nearerDeeper(java.util.Deque<OpenLevel> stack, int indent) {
        OpenLevel inner = null;
        for (OpenLevel f : stack) {
            if (f.level() > indent) {
                inner = f;
            } else {
                return inner != null && inner.level() - indent < indent - f.level() ? inner : null;
            }
        }
        return null;
    }

    /** The open step frame at exactly {@code indent}, or null; the one statement under an arrowless if at the if's column is passed over. */
    static OpenLevel at(java.util.Deque<OpenLevel> stack, int indent) {
        for (OpenLevel f : stack) {
            if (f.node() != null && f.level() == indent && !f.sameColumnBody()) {
                return f;
            }
        }
        return null;
    }
}
