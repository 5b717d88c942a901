package org.tracenotes.core.source.java;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fast name scan that finds which files can define a method before any is parsed: one pass over the text,
 * comments and literals skipped, that keeps the type names after {@code class}/{@code interface}/{@code enum}/
 * {@code record}, and every identifier followed by {@code (} whose previous token can end a declaration's type or
 * modifiers ({@code V putVal(}, {@code <T> T[] toArray(}, {@code public HashMap(}), so calls ({@code .m(},
 * {@code = m(}, {@code return m(}, {@code new T(}) are not. A superset of what a file defines; the parse decides.
 */
final class JavaNameScan {

    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");
    private static final Set<String> NOT_BEFORE_DECLARATION = Set.of("new", "return", "throw", "else", "case", "assert",
            "yield", "instanceof", "do", "default", "extends", "implements", "throws", "import", "package", "this", "super");
    private static final Set<String> STATEMENTS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "return",
            "try", "do", "assert", "throw", "new", "super", "this");

    private JavaNameScan() {
    }

    static List<String> declared(String text) {
        Set<String> names = new TreeSet<>();
        String prevWord = null; // the previous token when it is an identifier
        char prevMark = 0;      // the previous token when it is punctuation
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                i = lineEnd(text, i);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i = literalEnd(text, i, c);
                prevWord = null;
                prevMark = c;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (prevWord != null && TYPE_KEYWORDS.contains(prevWord)) {
                    names.add(word);
                } else if (nextIsParen(text, i) && !STATEMENTS.contains(word)
                        && (prevWord != null ? !NOT_BEFORE_DECLARATION.contains(prevWord) : prevMark == '>' || prevMark == ']')) {
                    names.add(word);
                }
                prevWord = word;
                prevMark = 0;
            } else {
                if (!Character.isWhitespace(c)) {
                    prevWord = null;
                    prevMark = c;
                }
                i++;
            }
        }
        return List.copyOf(names);
    }

    private static int lineEnd(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end + 1;
    }

    private static int literalEnd(String text, int i, char quote) {
        int n = text.length();
        if (quote == '"' && text.startsWith("\"\"\"", i)) {
            int end = text.indexOf("\"\"\"", i + 3);
            while (end > 0 && text.charAt(end - 1) == '\\') {
                end = text.indexOf("\"\"\"", end + 1);
            }
            return end < 0 ? n : end + 3;
        }
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == quote || c == '\n') {
                return j + 1;
            } else {
                j++;
            }
        }
        return n;
    }

    private static boolean nextIsParen(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }
}
