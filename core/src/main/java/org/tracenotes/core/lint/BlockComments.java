package org.tracenotes.core.lint;

import java.util.BitSet;

/**
 * The lines of a trace block that belong to a {@code /* *}{@code /} comment: the line opening it, the
 * lines inside, the line closing it, and lines led by {@code *}. Their layout is the author's (tables,
 * diagrams): lint does not judge it and fmt does not touch it.
 */
public final class BlockComments {

    private BlockComments() {
    }

    /** Bit {@code n} is set when 1-based line {@code n} of {@code lines}, within [first, last], is such a line. */
    public static BitSet of(String[] lines, int first, int last) {
        BitSet out = new BitSet();
        boolean inside = false;
        for (int ln = first; ln <= last && ln - 1 < lines.length; ln++) {
            String line = lines[ln - 1];
            String stripped = line.stripLeading();
            boolean opens = stripped.startsWith("/*");
            if (inside || opens || stripped.startsWith("*")) {
                out.set(ln);
            }
            if (opens || inside) {
                inside = !line.contains("*/");
            }
        }
        return out;
    }
}
