package org.tracenotes.grammar;

/**
 * Markdown's escape of an {@code _} outside code, {@code \_}: authors write a function's name so
 * ({@code start\_kernel}) to keep it from turning into emphasis. The escape is the name's own {@code _};
 * this is the one place that knows it, read by the lists of names and by the code read in prose.
 */
public final class MarkdownEscapes {

    private MarkdownEscapes() {
    }

    /** Whether {@code p} holds {@code \_}, an escaped {@code _}, before {@code e}. */
    public static boolean isEscapedUnderscore(int[] t, int p, int e) {
        return t[p] == '\\' && p + 1 < e && t[p + 1] == '_';
    }

    /** The name with its escapes read as the characters they stand for: {@code start\_kernel} is {@code start_kernel}. */
    public static String plain(String name) {
        return name.indexOf('\\') < 0 ? name : name.replace("\\_", "_");
    }
}
