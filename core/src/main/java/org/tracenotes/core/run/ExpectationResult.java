package org.tracenotes.core.run;

/**
 * One {@code ## @expect} checked during a run.
 *
 * @param line   the annotation's line
 * @param expr   the expression as written (scenario prefix removed)
 * @param passed whether it held
 * @param detail the values it saw, or why it could not be checked
 */
public record ExpectationResult(int line, String expr, boolean passed, String detail) { }
