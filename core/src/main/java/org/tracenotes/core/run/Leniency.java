package org.tracenotes.core.run;

/**
 * A place where the interpreter read the note more kindly than C would: an omitted argument filled
 * from the caller, a variable taken from the caller's frame or from the reference trace's initialiser,
 * {@code if a = b} run as an assignment. Lint reports them.
 *
 * @param line the note line (1-based)
 * @param kind a stable id: {@code omitted-argument}, {@code caller-variable}, {@code reference-initialiser},
 *             {@code unbound-name}, {@code assignment-in-condition}, {@code loop-once}, {@code not-modelled}
 * @param what what happened, in words
 */
public record Leniency(int line, String kind, String what) { }
