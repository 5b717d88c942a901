package org.tracenotes.core.parse.gold;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A second made-up tree, with control flow, written in the depth layouts of {@link NotationGrid}: an
 * {@code if} with an {@code else}, an {@code else if}, a {@code return}, an assignment, an elided body
 * ({@code ...}), own-line remarks under calls, a blank line between top-level steps, and a variant that
 * opens every body with {@code {} and closes it on a line of its own. Every line's reading is known:
 * steps by parent and kind (an else by its chain's {@code if}), remarks, blank lines and braces as no step.
 */
final class ControlFlowGrid {

    /**
     * A step of the tree: its text ({@code name} for a call, written in the cell's call style), kind
     * (the gold's kind names), depth, parent (-1 for the root) and, for an else or else-if, the index of
     * its chain's first {@code if} (-1 otherwise).
     */
    record Step(String text, String kind, int depth, int parent, int chainIf) {
        boolean isCall() {
            return kind.equals("call") || kind.equals("root");
        }
    }

    static final List<Step> STEPS = List.of(
            new Step("handle_request", "root", 0, -1, -1),
            new Step("check_args", "call", 1, 0, -1),
            new Step("if (req->sync)", "if", 1, 0, -1),
            new Step("flush_pages", "call", 2, 2, -1),
            new Step("else", "else", 1, 0, 2),
            new Step("queue_pages", "call", 2, 4, -1),
            new Step("...", "prose", 3, 5, -1),
            new Step("ret = submit_io(req)", "assign", 1, 0, -1),
            new Step("if (ret < 0)", "if", 1, 0, -1),
            new Step("return ret;", "return", 2, 8, -1),
            new Step("else if (ret == 0)", "else-if", 1, 0, 8),
            new Step("retry_io", "call", 2, 10, -1),
            new Step("finish_request", "call", 1, 0, -1));

    /**
     * Steps with an own-line remark under them (one level deeper), and the step a blank line comes before.
     * A remark in words ({@link Remark#CHINESE}) is written only under calls with no body: words between a
     * call and its first marked step are read both ways by the gold (a step in words in the first set's
     * {@code fd_ref_count}, a remark in the fifth held-out set), so that cell would be ambiguous.
     */
    static final int[] REMARKED = {1, 5, 11};
    static final int BLANK_BEFORE = 7;

    /** The same tree as {@link NotationGrid.Node}s, for {@link NotationGrid.Layout#prefix}. */
    static final List<NotationGrid.Node> NODES = STEPS.stream()
            .map(s -> new NotationGrid.Node(s.text(), s.depth(), s.parent())).toList();

    /** How an else and an else-if are written: with the layout's marker, or bare at the if's indentation. */
    enum ElseStyle { MARKED, BARE }

    /** An own-line remark under a call, deeper than it: a comment, or a sentence in words. */
    enum Remark {
        SLASHES("// %s"), HASH("# %s"), BLOCK_COMMENT("/* %s */"), CHINESE("这里%s");

        final String shape;

        Remark(String shape) {
            this.shape = shape;
        }

        String write(Step under) {
            String what = under.text().replace('_', ' ');
            return String.format(shape, this == CHINESE ? "处理 " + what : "then " + what);
        }
    }

    /**
     * Whether bodies are opened by {@code {} on their step's line (K&amp;R) or on a line of its own under the
     * step at its indentation (Allman), and closed by a {@code }} line.
     */
    enum Braces { NONE, BRACES, ALLMAN }

    /** What a line of a cell is meant to be. */
    enum LineRole { STEP, REMARK, BLANK, BRACE }

    /** A line of a cell: its role and, for a step, the step's index. */
    record Meant(LineRole role, int step) { }

    /** One note of the grid: the text and what each of its lines (1-based, index - 1) is meant to be. */
    record Cell(NotationGrid.Layout layout, NotationGrid.CallStyle call, ElseStyle elseStyle, Remark remark,
            Braces braces, NotationGrid.Holder holder, String text, int firstLine, List<Meant> lines) {
        String name() {
            return layout.id() + " | " + call + " | else " + elseStyle + " | remark " + remark + " | " + braces
                    + " | " + holder;
        }

        /** The 1-based line of step {@code i}. */
        int lineOf(int i) {
            for (int k = 0; k < lines.size(); k++) {
                if (lines.get(k).role() == LineRole.STEP && lines.get(k).step() == i) {
                    return firstLine + k;
                }
            }
            throw new IllegalArgumentException("no step " + i);
        }
    }

    static final List<NotationGrid.Holder> HOLDERS = List.of(NotationGrid.Holder.FENCE, NotationGrid.Holder.TEXT_FILE);

    static List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (NotationGrid.Layout l : NotationGrid.layouts()) {
            for (ElseStyle e : ElseStyle.values()) {
                if (e == ElseStyle.BARE && !hasBareElse(l)) {
                    continue;
                }
                for (Remark r : Remark.values()) {
                    if (r == Remark.CHINESE && !marksSteps(l)) {
                        continue;
                    }
                    for (Braces b : Braces.values()) {
                        if (b != Braces.NONE && !(l instanceof NotationGrid.Indented)) {
                            continue;
                        }
                        for (NotationGrid.CallStyle c : NotationGrid.CallStyle.values()) {
                            for (NotationGrid.Holder h : HOLDERS) {
                                out.add(write(l, c, e, r, b, h));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a bare else differs from a marked one and is still at an unambiguous depth: an indented
     * layout with a marker (a drawn tree's or dash run's depth is its marker).
     */
    static boolean hasBareElse(NotationGrid.Layout l) {
        return l instanceof NotationGrid.Indented i && !i.marker().isEmpty();
    }

    /**
     * Whether steps carry a mark a remark in words lacks; without one a sentence under a call is as much a
     * step in words as a remark, so such cells are left out.
     */
    static boolean marksSteps(NotationGrid.Layout l) {
        return !(l instanceof NotationGrid.Indented i) || !i.marker().isEmpty();
    }

    /** Writes one cell: a heading, a line of prose, the block, a closing line of prose. */
    static Cell write(NotationGrid.Layout layout, NotationGrid.CallStyle call, ElseStyle elseStyle, Remark remark,
            Braces braces, NotationGrid.Holder holder) {
        StringBuilder b = new StringBuilder();
        b.append(holder == NotationGrid.Holder.TEXT_FILE ? "Request path\n" : "# Request path\n");
        b.append("\nHow a request is served:\n\n");
        int firstLine = 5;
        if (!holder.open.isEmpty()) {
            b.append(holder.open).append('\n');
            firstLine++;
        }
        List<Meant> lines = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < STEPS.size(); i++) {
            Step s = STEPS.get(i);
            close(layout, open, s.depth(), b, lines);
            if (i == BLANK_BEFORE) {
                b.append('\n');
                lines.add(new Meant(LineRole.BLANK, -1));
            }
            boolean opens = braces != Braces.NONE && i + 1 < STEPS.size() && STEPS.get(i + 1).depth() > s.depth();
            b.append(stepPrefix(layout, elseStyle, i)).append(stepText(s, call, opens, braces)).append('\n');
            lines.add(new Meant(LineRole.STEP, i));
            if (opens && braces == Braces.ALLMAN) {
                b.append(((NotationGrid.Indented) layout).unit().repeat(s.depth())).append("{\n");
                lines.add(new Meant(LineRole.BRACE, -1));
            }
            if (opens) {
                open.push(i);
            }
            for (int r : REMARKED) {
                boolean hasBody = i + 1 < STEPS.size() && STEPS.get(i + 1).depth() > s.depth();
                if (r == i && !(remark == Remark.CHINESE && hasBody)) {
                    b.append(remarkPrefix(layout, i)).append(remark.write(s)).append('\n');
                    lines.add(new Meant(LineRole.REMARK, -1));
                }
            }
        }
        close(layout, open, 0, b, lines);
        if (!holder.open.isEmpty()) {
            b.append("```\n");
        }
        b.append("\nThe request is then done.\n");
        return new Cell(layout, call, elseStyle, remark, braces, holder, b.toString(), firstLine, List.copyOf(lines));
    }

    /** Closes every open body at {@code depth} or deeper, innermost first, each on a line of its own. */
    private static void close(NotationGrid.Layout layout, Deque<Integer> open, int depth, StringBuilder b,
            List<Meant> lines) {
        while (!open.isEmpty() && STEPS.get(open.peek()).depth() >= depth) {
            int d = STEPS.get(open.pop()).depth();
            b.append(((NotationGrid.Indented) layout).unit().repeat(d)).append("}\n");
            lines.add(new Meant(LineRole.BRACE, -1));
        }
    }

    private static String stepText(Step s, NotationGrid.CallStyle call, boolean opens, Braces braces) {
        String text = s.isCall() ? call.write(s.text()) : s.text();
        if (s.kind().equals("assign") && call == NotationGrid.CallStyle.STATEMENT) {
            text += ";";
        }
        if (!opens) {
            return text;
        }
        String head = text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        return braces == Braces.ALLMAN ? head : head + " {";
    }

    private static String stepPrefix(NotationGrid.Layout layout, ElseStyle elseStyle, int i) {
        Step s = STEPS.get(i);
        boolean bare = elseStyle == ElseStyle.BARE && s.chainIf() >= 0;
        if (bare && layout instanceof NotationGrid.Indented in) {
            return in.unit().repeat(s.depth());
        }
        return layout.prefix(NODES, i);
    }

    /** The text before a remark under step {@code i}: one level deeper than it, with no marker. */
    static String remarkPrefix(NotationGrid.Layout layout, int i) {
        int d = STEPS.get(i).depth();
        if (layout instanceof NotationGrid.Indented in) {
            return in.unit().repeat(d + 1);
        }
        if (layout instanceof NotationGrid.Drawn dr) {
            StringBuilder b = new StringBuilder();
            for (int level = 1; level <= d; level++) {
                String cell = NotationGrid.hasLaterSibling(NODES, NotationGrid.ancestorAt(NODES, i, level)) ? dr.stem() : "";
                b.append(cell).append(" ".repeat(dr.step() - cell.length()));
            }
            return b.toString();
        }
        if (layout instanceof NotationGrid.Dashed da) {
            return " ".repeat(da.dash().length() * (d + 1));
        }
        return " ".repeat(layout.prefix(NODES, i).length() + 2);
    }

    private ControlFlowGrid() {
    }
}
