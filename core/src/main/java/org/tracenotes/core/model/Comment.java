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

    /** The words that say code was left out, wherever they stand ({@link #saysSkipped}). */
    private static final String[] SKIPPED_WORDS = {"先略", "省略", "略过", "略去", "暂略", "跳过", "不看", "待补充"};
    /** The rest of what says it: {@code 略} alone, skip, omit, elided, TODO, {@code ...}, {@code @returns}, {@code @assume}. */
    private static final java.util.regex.Pattern SKIPPED = java.util.regex.Pattern.compile(
            "^略$|\\bskip|\\bomit|\\belided?\\b|\\btodo\\b|^\\.\\.\\.+$|^…+$|^@returns\\b|^@assume\\b");

    /**
     * Whether the comment says code was left out here: 先略, 省略, 略过, 不看, skip, omitted, TODO,
     * {@code ...}, or it gives a left-out body's effect ({@code @returns}, {@code @assume}).
     */
    public boolean saysSkipped() {
        return saysSkipped(text);
    }

    /**
     * Whether {@code text} — a comment's, or a prose step's ({@code => 省略}) — says code was left out:
     * the one list of such words, which the parser, lint and the interpreter all use.
     */
    public static boolean saysSkipped(String text) {
        String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!mayBeSkipped(lower)) {
            return false;
        }
        for (String w : SKIPPED_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return SKIPPED.matcher(lower).find();
    }

    /**
     * Whether {@code lower} holds what every skip word and alternative of {@link #SKIPPED} needs: 略, 跳, 看, 补, a dot,
     * an ellipsis, an at sign, or skip, omit, elid, todo. Most comments hold none, and this is far
     * cheaper than the pattern, which the linter asks of every comment three times per lint.
     */
    private static boolean mayBeSkipped(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            switch (lower.charAt(i)) {
                case '略', '跳', '看', '补', '.', '…', '@' -> {
                    return true;
                }
                case 's' -> {
                    if (lower.startsWith("skip", i)) {
                        return true;
                    }
                }
                case 'o' -> {
                    if (lower.startsWith("omit", i)) {
                        return true;
                    }
                }
                case 'e' -> {
                    if (lower.startsWith("elid", i)) {
                        return true;
                    }
                }
                case 't' -> {
                    if (lower.startsWith("todo", i)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Whether this comment is an annotation ({@code ## @scenario …}). */
    public boolean isAnnotation() {
        return text.startsWith("@") && text.length() > 1 && Character.isLetter(text.charAt(1));
    }
}
