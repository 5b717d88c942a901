package org.tracenotes.core.model;

/**
 * A comment kept with the element it belongs to. {@code marker} is how it was opened ({@code ##},
 * {@code #}, {@code //}, {@code /*}, {@code <--}); {@code text} is what follows the marker, trimmed.
 */
public record Comment(String marker, String text, Placement placement, SourceRange range) {

    /** Where a comment stands relative to its element. */
    public enum Placement {
        /** On lines of its own above the element. */
        LEADING,
        /** After the element on the same line. */
        TRAILING,
        /** On lines of its own below the element, as its whole body: the element is elided. */
        BODY,
        /** At the end of a block, after its last element. */
        END
    }

    /** The comment in its written form, on one line: {@code ## text}, {@code /* text *}{@code /}, {@code [path]}. */
    public String written() {
        String oneLine = text.replace('\n', ' ');
        return switch (marker) {
            case "/*" -> "/* " + oneLine + " */";
            case "[" -> "[" + oneLine + "]";
            case "(" -> "(" + oneLine + ")";
            case "" -> oneLine;
            default -> marker + " " + oneLine;
        };
    }

    /** Whether this comment is an annotation ({@code ## @scenario …}). */
    public boolean isAnnotation() {
        return text.startsWith("@") && text.length() > 1 && Character.isLetter(text.charAt(1));
    }
}
