package org.tracenotes.core.model;

/**
 * A comment whose text starts with {@code @}: {@code ## @scenario in-use lru=1} has word
 * {@code scenario} and text {@code in-use lru=1}. Later stages give annotations their meaning.
 */
public record Annotation(String word, String text, SourceRange range) {

    /** The annotation a comment carries. Call only when {@link Comment#isAnnotation()}. */
    public static Annotation of(Comment comment) {
        String body = comment.text().substring(1);
        int space = 0;
        while (space < body.length() && !Character.isWhitespace(body.charAt(space))) {
            space++;
        }
        return new Annotation(body.substring(0, space), body.substring(space).strip(), comment.range());
    }
}
