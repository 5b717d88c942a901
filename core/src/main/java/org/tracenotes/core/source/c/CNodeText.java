package org.tracenotes.core.source.c;

import java.nio.charset.StandardCharsets;
import org.treesitter.TSNode;

/** The text of a C file's tree-sitter nodes: a node's bytes as a string, on one line, its line, a field. */
final class CNodeText {

    private final byte[] bytes;

    CNodeText(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The node's text; empty for none. */
    String text(TSNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        int s = Math.max(0, Math.min(bytes.length, n.getStartByte()));
        int e = Math.max(s, Math.min(bytes.length, n.getEndByte()));
        return new String(bytes, s, e - s, StandardCharsets.UTF_8);
    }

    /** The text of the bytes from {@code from} up to {@code to} (none when {@code to} is not past {@code from}). */
    String between(int from, int to) {
        return new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }

    /** {@code s} on one line: comments and line continuations gone, runs of blanks one space. */
    static String oneLine(String s) {
        return s.replaceAll("/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("\\\\\\n", " ")
                .replaceAll("\\s+", " ").strip();
    }

    /** The node's first line, from 1. */
    static int line(TSNode n) {
        return n.getStartPoint().getRow() + 1;
    }

    /** The node's field {@code name}, or null. */
    static TSNode field(TSNode n, String name) {
        TSNode f = n.getChildByFieldName(name);
        return f == null || f.isNull() ? null : f;
    }
}
