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

    private static final java.util.regex.Pattern SKIPPED = java.util.regex.Pattern.compile(
            "先略|省略|略过|略去|暂略|跳过|不看|待补充|^略$|\\bskip|\\bomit|\\belided?\\b|\\btodo\\b|^\\.\\.\\.+$|^…+$"
                    + "|^@returns\\b|^@assume\\b");

    /**
     * Whether the comment says code was left out here: 先略, 省略, 略过, 不看, skip, omitted, TODO,
     * {@code ...}, or it gives a left-out body's effect ({@code @returns}, {@code @assume}).
     */
    public boolean saysSkipped() {
        return SKIPPED.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** Whether this comment is an annotation ({@code ## @scenario …}). */
    public boolean isAnnotation() {
        return text.startsWith("@") && text.length() > 1 && Character.isLetter(text.charAt(1));
    }
}
