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

    /**
     * A drawn tree with tab margins and no stems, each arm right against its name: a depth-d child's arm after
     * 2d-1 tabs, {@code mid} and {@code dashes} for a child with later siblings, {@code last} and {@code dashes}
     * for a last child ({@code \t|-----f();} / {@code \t\t\t\\-----g();}).
     */
    record TabArms(String mid, String last, String dashes) implements Layout {
        @Override
        public String id() {
            return "tab arms '" + mid + dashes + "' '" + last + dashes + "'";
        }

        @Override
        public String prefix(List<Node> tree, int i) {
            int d = tree.get(i).depth();
            return d == 0 ? "" : "\t".repeat(2 * d - 1) + (hasLaterSibling(tree, i) ? mid : last) + dashes;
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

    /**
     * What holds the block: a Markdown fence with or without an info string, a plain-text file, a fence
     * in a list item or a blockquote, an unfenced indented block, an rst literal block, HTML {@code <pre>}.
     */
    enum Holder {
        FENCE("```", "md"), C_FENCE("```c", "md"), TEXT_FENCE("```text", "md"), TILDES("~~~", "md"), TEXT_FILE("", "txt"),
        /** A fence indented 3 under {@code 1. }. */
        NUMBERED_ITEM_FENCE("```", "md"),
        /** A fence indented 2 under {@code - }. */
        BULLET_ITEM_FENCE("```", "md"),
        /** A fence in a blockquote, {@code > } on every line. */
        QUOTED_FENCE("```", "md"),
        /** No fence: the block indented 4 columns (a Markdown code block). */
        INDENTED_BLOCK("", "md"),
        /** {@code text::} then the block indented 4 columns, in an rst file. */
        RST_LITERAL("", "rst"),
        /** {@code <pre>} … {@code </pre>} in Markdown. */
        HTML_PRE("<pre>", "md");

        /** The holders every layout, call and note is crossed with (the others are sampled). */
        static final List<Holder> CROSSED = List.of(FENCE, C_FENCE, TEXT_FENCE, TILDES, TEXT_FILE);

        final String open;
        final String extension;

        Holder(String open, String extension) {
            this.open = open;
            this.extension = extension;
        }

        String close() {
            return this == TILDES ? "~~~" : this == HTML_PRE ? "</pre>" : open.isEmpty() ? "" : "```";
        }

        /** What every line of the block (fences included) is written after. */
        String margin() {
            return switch (this) {
                case NUMBERED_ITEM_FENCE -> "   ";
                case BULLET_ITEM_FENCE -> "  ";
                case QUOTED_FENCE -> "> ";
                case INDENTED_BLOCK, RST_LITERAL -> "    ";
                default -> "";
            };
        }

        /** The lines before the block: a title, a line of prose leading to the block, a blank line. */
        List<String> head() {
            return switch (this) {
                case TEXT_FILE -> List.of("Request path", "", "How a request is served:", "");
                case RST_LITERAL -> List.of("Request path", "============", "", "How a request is served::", "");
                case NUMBERED_ITEM_FENCE -> List.of("# Request path", "", "1. How a request is served:", "");
                case BULLET_ITEM_FENCE -> List.of("# Request path", "", "- How a request is served:", "");
                case QUOTED_FENCE -> List.of("# Request path", "", "> How a request is served:", ">");
                default -> List.of("# Request path", "", "How a request is served:", "");
            };
        }

        /** The lines after the block. */
        List<String> tail() {
            return switch (this) {
                case NUMBERED_ITEM_FENCE -> List.of("", "2. The request is then done.");
                case BULLET_ITEM_FENCE -> List.of("", "- The request is then done.");
                default -> List.of("", "The request is then done.");
            };
        }
    }

    /** How the block's root is written, if at all. */
    enum RootStyle {
        /** The root call alone on its line ({@code start_request()}). */
        CALL(""),
        /** The root call ending in a colon ({@code start_request():}). */
        COLON(""),
        /** A caption in words inside the block, then the root call. */
        CAPTION("call path:"),
        /** A caption in Chinese inside the block, then the root call. */
        CHINESE_CAPTION("调用链："),
        /** The root led by the layout's marker at depth 0 ({@code -> start_request()}); only for marked indentation. */
        MARKER(""),
        /** No root line: the depth-1 steps start the block at depth 0, top-level steps of an implied root. */
        NONE("");

        final String caption;

        RootStyle(String caption) {
            this.caption = caption;
        }

        /** Whether a note can honestly be written in {@code layout} with this root. */
        boolean fits(Layout layout) {
            return this != MARKER || layout instanceof Indented i && !i.marker().isEmpty();
        }
    }

    /** One note of the grid and the line each tree node is on (1-based; -1 for a node not written). */
    record Cell(Layout layout, CallStyle call, TrailingNote note, Holder holder, RootStyle root, String text, int[] lines) {
        String name() {
            return layout.id() + " | " + call + " | " + note + " | " + holder + (root == RootStyle.CALL ? "" : " | root " + root);
        }

        /**
         * The line of the caption opening a fence over the root ({@link RootStyle#CAPTION},
         * {@link RootStyle#CHINESE_CAPTION}), or -1: readers take a caption at the root's column as the root, the
         * tree its body (sets 24 and 27 read so). Unfenced holders keep the caption out of the tree.
         */
        int captionLine() {
            return root.caption.isEmpty() || holder.open.isEmpty() ? -1 : lines[0] - 1;
        }

        /** Whether node {@code i} of the tree is written (the root is not, under {@link RootStyle#NONE}). */
        boolean written(int i) {
            return lines[i] > 0;
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
            {"+-> ", "+-> ", "|"}, {"|-> ", "|-> ", "|"}, {"+- ", "+- ", ":"}, {"|- ", "`- ", "|"}, {"+-- ", "\\-- ", "|"},
            {"|\u2014\u2014 ", "`\u2014\u2014 ", "|"}, {"|\u2014 ", "`\u2014 ", "|"}, {"\u251c\u2014\u2014 ", "\u2514\u2014\u2014 ", "\u2502"}};   // em-dash arms (session 31)
        for (String[] d : drawn) {
            out.add(new Drawn(d[0], d[1], d[2], d[0].length()));
            out.add(new Drawn(d[0], d[1], d[2], d[0].length() + 1));
        }
        out.add(new TabArms("|", "\\", "-----"));
        out.add(new TabArms("+", "`", "---"));
        out.add(new Dashed("-", ""));
        out.add(new Dashed("--", " "));
        out.add(new Dashed("-", "> "));
        return out;
    }

    /** Every layout × call × trailing note × {@link Holder#CROSSED} holder, the root written as a call. */
    static List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (Layout l : layouts()) {
            for (CallStyle c : CallStyle.values()) {
                for (TrailingNote t : TrailingNote.values()) {
                    for (Holder h : Holder.CROSSED) {
                        out.add(write(l, c, t, h));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Every layout × holder × root style not in {@link #cells()}, the call and the trailing note taken in
     * turn (every pair of them in each 20 consecutive cells), so that the grid stays quick to read.
     */
    static List<Cell> sampledCells() {
        List<Cell> out = new ArrayList<>();
        int k = 0;
        for (Layout l : layouts()) {
            for (Holder h : Holder.values()) {
                for (RootStyle r : RootStyle.values()) {
                    if (r == RootStyle.CALL && Holder.CROSSED.contains(h) || !r.fits(l)) {
                        continue;
                    }
                    out.add(write(l, CallStyle.values()[k % 4], TrailingNote.values()[k % 5], h, r));
                    k++;
                }
            }
        }
        return out;
    }

    /** Writes one cell with its root written as a call. */
    static Cell write(Layout layout, CallStyle call, TrailingNote note, Holder holder) {
        return write(layout, call, note, holder, RootStyle.CALL);
    }

    /** Writes one cell: a heading, a line of prose, the block in its holder, a closing line of prose. */
    static Cell write(Layout layout, CallStyle call, TrailingNote note, Holder holder, RootStyle root) {
        List<String> text = new ArrayList<>(holder.head());
        String margin = holder.margin();
        if (!holder.open.isEmpty()) {
            text.add(margin + holder.open);
        }
        if (!root.caption.isEmpty()) {
            text.add(margin + root.caption);
        }
        int[] lines = new int[TREE.size()];
        for (int i = 0; i < TREE.size(); i++) {
            if (i == 0 && root == RootStyle.NONE) {
                lines[i] = -1;
                continue;
            }
            String name = TREE.get(i).name();
            String written = call.write(name);
            if (i == 0 && root == RootStyle.COLON) {
                written = (written.endsWith(";") ? written.substring(0, written.length() - 1) : written) + ":";
            }
            text.add(margin + prefix(layout, root, i) + written + note.write(name));
            lines[i] = text.size();
        }
        if (!holder.close().isEmpty()) {
            text.add(margin + holder.close());
        }
        text.addAll(holder.tail());
        return new Cell(layout, call, note, holder, root, String.join("\n", text) + "\n", lines);
    }

    /** The text before node {@code i} on its line, written with {@code root}'s style. */
    private static String prefix(Layout layout, RootStyle root, int i) {
        int depth = TREE.get(i).depth();
        if (layout instanceof Indented in && (root == RootStyle.MARKER && depth == 0 || root == RootStyle.NONE)) {
            // the marker on the root; without a root, every step one unit left, the top ones marked at the margin
            return in.unit().repeat(root == RootStyle.NONE ? depth - 1 : depth) + in.marker();
        }
        return layout.prefix(TREE, i);   // a drawn or dashed forest without its root keeps its depth-1 marks at the margin
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
