package org.tracenotes.core.model;

/**
 * A fenced block that is not a trace: plain C, shell, a look-alike … or an empty placeholder.
 *
 * @param info    the fence's info string ({@code cpp}), empty if none
 * @param content the lines between the fences
 * @param range   the block, fences included
 */
public record CodeBlock(String info, String content, SourceRange range) implements Block {

    /** Whether the block holds nothing but blank lines: a placeholder, “not written yet”. */
    public boolean isPlaceholder() {
        return content.isBlank();
    }
}
