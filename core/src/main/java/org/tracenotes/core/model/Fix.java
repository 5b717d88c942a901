package org.tracenotes.core.model;

/**
 * A finding's fix, as data: replace {@code original} at {@code offset} (UTF-16 units into the note's
 * text) by {@code replacement}. The rule that finds a problem makes its fix in the same place, and every
 * front end applies these same edits — {@code fmt}, {@code lint --fix}, SARIF's {@code fixes}, the
 * language server's code actions and Eclipse's quick fixes; none derives a fix of its own.
 *
 * @param label       what an editor offers, a sentence ({@code Change `=` to `==` (compare)})
 * @param offset      where the replaced text starts
 * @param original    the text replaced, so a fix of an older text is refused rather than misapplied
 * @param replacement the new text
 */
public record Fix(String label, int offset, String original, String replacement) {

    /** Whether {@code text} still holds {@link #original} at {@link #offset}. */
    public boolean appliesTo(String text) {
        return offset >= 0 && offset + original.length() <= text.length() && text.startsWith(original, offset);
    }

    /** This fix moved by {@code delta} UTF-16 units (its text edited above it). */
    public Fix movedBy(int delta) {
        return delta == 0 ? this : new Fix(label, offset + delta, original, replacement);
    }
}
