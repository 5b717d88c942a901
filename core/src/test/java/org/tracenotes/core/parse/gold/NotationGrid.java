package org.tracenotes.core.parse.gold;

import java.util.ArrayList;
import java.util.List;

/**
 * One made-up call tree written in many notations: every way of marking a step's depth (indentation
 * with or without an arrow or bullet, drawn trees with stems, runs of dashes) crossed with how a call
 * is written, the notes trailing it and the block holding it. Each cell is a note whose intended tree
 * is known line by line, so the parser's generality is measured on notations, not on anyone's notes.
 */
final class NotationGrid {

    /** A step of the canonical tree: its name, its depth (0 for the root) and its parent's index (-1 for the root). */
    record Node(String name, int depth, int parent) { }

    /** The tree every cell writes: depth 3 at most, returns from depth 3 to depth 1, a last child at each level. */
    static final List<Node> TREE = List.of(
            new Node("start_request", 0, -1),
            new Node("prepare_pages", 1, 0),
            new Node("lock_range", 2, 1),
            new Node("fill_pages", 2, 1),
            new Node("copy_chunk", 3, 3),
            new Node("commit_pages", 1, 0),
            new Node("flush_queue", 2, 5),
            new Node("finish_request", 1, 0));

    /** How a step's depth is written before its text. */
    interface Layout {
        String id();

        /** The text before node {@code i} of {@code tree} on its line. */
        String prefix(List<Node> tree, int i);
    }

    /** Indentation by {@code unit} per level, then {@code marker} (none on the root). */
    record Indented(String marker, String unitName, String unit) implements Layout {
        @Override
        public String id() {
            return "indent " + unitName + (marker.isEmpty() ? "" : " '" + marker.strip() + "'");
        }

        @Override
        public String prefix(List<Node> tree, int i) {
            int d = tree.get(i).depth();
            return d == 0 ? "" : unit.repeat(d) + marker;
        }
    }

    /**
     * A drawn tree: the root at column 0, each child's connector ({@code mid}, or {@code last} for a
     * last child) {@code step} columns right of its parent's, stems ({@code stem}) below every connector
     * whose node has later siblings.
     */
    record Drawn(String mid, String last, String stem, int step) implements Layout {
        @Override
        public String id() {
            return "drawn '" + mid.strip() + "' '" + last.strip() + "' stem '" + stem + "' step " + step;
        }

        @Override
        public String prefix(List<Node> tree, int i) {
            Node n = tree.get(i);
            if (n.depth() == 0) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            for (int level = 1; level < n.depth(); level++) {
                String cell = hasLaterSibling(tree, ancestorAt(tree, i, level)) ? stem : "";
                b.append(cell).append(" ".repeat(step - cell.length()));
            }
            return b.append(hasLaterSibling(tree, i) ? mid : last).toString();
        }
    }

    /** The depth written as a run of {@code dash}, once per level, then {@code head} (no indentation). */
    record Dashed(String dash, String head) implements Layout {
        @Override
        public String id() {
            return "dashes '" + dash + "'×depth '" + head.strip() + "'";
        }

        @Override
        public String prefix(List<Node> tree, int i) {
            int d = tree.get(i).depth();
            return d == 0 ? "" : dash.repeat(d) + head;
        }
    }

    /** How a call is written. */
    enum CallStyle {
        EMPTY_PARENS("name()"), ARGUMENTS("name(req, n)"), BARE("name"), STATEMENT("name(req);");

        final String shape;

        CallStyle(String shape) {
            this.shape = shape;
        }

        String write(String name) {
            return shape.replace("name", name);
        }
    }

    /** What trails a call on its line (the same on every line, {@code %s} a word naming the step). */
    enum TrailingNote {
        NONE(""), SLASHES("  // %s here"), HASH("  # %s here"), BLOCK_COMMENT("  /* %s here */"), CHINESE("  处理%s");

        final String shape;

        TrailingNote(String shape) {
            this.shape = shape;
        }

        String write(String name) {
            return shape.isEmpty() ? "" : String.format(shape, name.substring(0, name.indexOf('_')));
        }
    }

    /** What holds the block: a Markdown fence with or without an info string, or a plain-text file. */
    enum Holder {
        FENCE("```", "md"), C_FENCE("```c", "md"), TEXT_FENCE("```text", "md"), TILDES("~~~", "md"), TEXT_FILE("", "txt");

        final String open;
        final String extension;

        Holder(String open, String extension) {
            this.open = open;
            this.extension = extension;
        }
    }

    /** One note of the grid and the line each tree node is on (1-based). */
    record Cell(Layout layout, CallStyle call, TrailingNote note, Holder holder, String text, int[] lines) {
        String name() {
            return layout.id() + " | " + call + " | " + note + " | " + holder;
        }
    }

    static List<Layout> layouts() {
        List<Layout> out = new ArrayList<>();
        String[][] units = {{"2", "  "}, {"4", "    "}, {"tab", "\t"}};
        String[] markers = {"", "-> ", "=> ", "--> ", "+-> ", "|-> ", "→ ", "- ", "* ", "|- "};
        for (String m : markers) {
            for (String[] u : units) {
                out.add(new Indented(m, u[0], u[1]));
            }
        }
        String[][] drawn = {{"+- ", "`- ", "|"}, {"├─ ", "└─ ", "│"}, {"├── ", "└── ", "│"}, {"|-- ", "`-- ", "|"},
            {"+-> ", "+-> ", "|"}, {"|-> ", "|-> ", "|"}, {"+- ", "+- ", ":"}, {"|- ", "`- ", "|"}};
        for (String[] d : drawn) {
            out.add(new Drawn(d[0], d[1], d[2], d[0].length()));
            out.add(new Drawn(d[0], d[1], d[2], d[0].length() + 1));
        }
        out.add(new Dashed("-", ""));
        out.add(new Dashed("--", " "));
        out.add(new Dashed("-", "> "));
        return out;
    }

    static List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (Layout l : layouts()) {
            for (CallStyle c : CallStyle.values()) {
                for (TrailingNote t : TrailingNote.values()) {
                    for (Holder h : Holder.values()) {
                        out.add(write(l, c, t, h));
                    }
                }
            }
        }
        return out;
    }

    /** Writes one cell: a heading, a line of prose, the block, a closing line of prose. */
    static Cell write(Layout layout, CallStyle call, TrailingNote note, Holder holder) {
        StringBuilder b = new StringBuilder();
        int line = 1;
        b.append(holder == Holder.TEXT_FILE ? "Request path\n" : "# Request path\n");
        b.append("\nHow a request is served:\n\n");
        line += 4;
        if (!holder.open.isEmpty()) {
            b.append(holder.open).append('\n');
            line++;
        }
        int[] lines = new int[TREE.size()];
        for (int i = 0; i < TREE.size(); i++) {
            String name = TREE.get(i).name();
            b.append(layout.prefix(TREE, i)).append(call.write(name)).append(note.write(name)).append('\n');
            lines[i] = line++;
        }
        if (!holder.open.isEmpty()) {
            b.append(holder == Holder.TILDES ? "~~~" : "```").append('\n');
        }
        b.append("\nThe request is then done.\n");
        return new Cell(layout, call, note, holder, b.toString(), lines);
    }

    static int ancestorAt(List<Node> tree, int i, int level) {
        int a = i;
        while (tree.get(a).depth() > level) {
            a = tree.get(a).parent();
        }
        return a;
    }

    static boolean hasLaterSibling(List<Node> tree, int i) {
        Node n = tree.get(i);
        for (int j = i + 1; j < tree.size(); j++) {
            if (tree.get(j).depth() < n.depth()) {
                return false;
            }
            if (tree.get(j).parent() == n.parent()) {
                return true;
            }
        }
        return false;
    }

    private NotationGrid() {
    }
}
