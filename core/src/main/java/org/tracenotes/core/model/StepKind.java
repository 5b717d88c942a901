package org.tracenotes.core.model;

import java.util.Locale;

/** What a step does, from its payload. */
public enum StepKind {
    CALL, ASSIGN, IF, ELSE_IF, ELSE, SWITCH, CASE, LOOP, RETURN, GOTO, LABEL, BREAK, CONTINUE,
    /** {@code int n;} or a prototype written as a step. */
    DECLARATION,
    /** An expression that is neither a call nor an assignment ({@code x++}, {@code !flag}). */
    EXPRESSION,
    /** A lone {@code {} or {@code }}. */
    BRACE,
    /** {@code #define}, {@code #include} … */
    DIRECTIVE,
    /** Anything that is not code: Chinese or English prose, {@code ...}, {@code 先略}. */
    PROSE;

    /** Lower-case, hyphenated name used in output: {@code else-if}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the lines below a step of this kind are the body of a branch or loop. */
    public boolean isBranchHead() {
        return this == IF || this == ELSE_IF || this == ELSE || this == SWITCH || this == CASE || this == LOOP;
    }
}
