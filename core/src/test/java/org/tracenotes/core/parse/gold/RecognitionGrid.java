package org.tracenotes.core.parse.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a block is recognised as a trace at all: one made-up call tree (a root, eight calls over four
 * levels, an {@code if} with an {@code else}) drawn by plain indentation, its lines written in the
 * surface forms authors use for them (C statements, assignments, remarks after or above a call, calls
 * led or followed by their file, bare names, {@code name:} parents, braces, elisions), crossed with
 * indentation units and the holders such notes come in (fences with or without a language, a text file,
 * an unfenced tree under a caption in Markdown, a block comment of a note kept as a {@code .c} file or in a
 * C fence). Beside it, listings that are no trace (lock orders, make targets, a function's source with its doc comment and goto labels,
 * a comment in words, a shell session, a config, a nested mapping) in the same holders: recognition must not
 * grow into them.
 */
final class RecognitionGrid {

    /**
     * A step of the tree: its name (the callee, or the whole text of an if or else), kind, depth, parent
     * (-1 for the root), the if of an else's chain (-1 otherwise), the callee's arguments, the variable
     * its result goes to in {@link Style#ASSIGN} (null when none) and the file it is in.
     */
    record Step(String name, String kind, int depth, int parent, int chainIf, String args, String result, String file) {
        boolean isCall() {
            return kind.equals("call") || kind.equals("root");
        }
    }

    static final List<Step> STEPS = List.of(
            new Step("handle_fault", "root", 0, -1, -1, "regs, addr", null, "arch/x86/mm/fault.c"),
            new Step("count_vm_event", "call", 1, 0, -1, "PGFAULT", null, "mm/vmstat.c"),
            new Step("find_vma", "call", 1, 0, -1, "mm, addr", "vma", "mm/mmap.c"),
            new Step("if (!vma)", "if", 1, 0, -1, "", null, ""),
            new Step("bad_area", "call", 2, 3, -1, "regs", null, "arch/x86/mm/fault.c"),
            new Step("else", "else", 1, 0, 3, "", null, ""),
            new Step("handle_mm_fault", "call", 2, 5, -1, "vma, addr", "ret", "mm/memory.c"),
            new Step("alloc_page", "call", 3, 6, -1, "gfp", "page", "mm/page_alloc.c"),
            new Step("prep_new_page", "call", 4, 7, -1, "page, gfp", null, "mm/page_alloc.c"),
            new Step("set_pte", "call", 3, 6, -1, "pte, page", null, "mm/memory.c"),
            new Step("up_read", "call", 1, 0, -1, "mm", null, "kernel/locking/rwsem.c"));

    /** Remarks written in {@link Style#REMARK_LINES} on a line of their own above a step, by step index. */
    static final Map<Integer, String> REMARKS_ABOVE = Map.of(2, "// look up the area", 7, "// 分配新页",
            8, "// 페이지 초기화");

    /** How a step's line is written. */
    enum Style {
        PARENS, ARGS, STATEMENT, ASSIGN, TRAILING_REMARK, KOREAN_REMARK, CHINESE_NOTE, REMARK_LINES,
        PATH_DASH, PATH_COLON, PATH_PAREN, PATH_AT, BARE, COLON, BARE_COLON, BRACES, BRACE_ELIDED, ELISIONS
    }

    /** One level of indentation. */
    enum Unit {
        TWO("  "), FOUR("    "), TAB("\t");

        final String text;

        Unit(String text) {
            this.text = text;
        }
    }

    /** What holds the tree. */
    enum Holder {
        FENCE("```", "md"), C_FENCE("```c", "md"), CPP_FENCE("```cpp", "md"), TEXT_FENCE("```text", "md"),
        TXT_FENCE("```txt", "md"), PLAIN_FENCE("```plain", "md"), SHELL_FENCE("```shell", "md"),
        /** A plain-text file, the tree under a line of prose. */
        TEXT_FILE("", "txt"),
        /** Markdown, no fence: a caption line, the tree one unit in right under it. */
        CAPTION_EN("Call flow:", "md"), CAPTION_ZH("调用流程：", "md"), CAPTION_KO("호출 흐름:", "md"),
        /** A note kept as a C file: the tree in a block comment, each line led by {@code  * }. */
        COMMENT_STARS("", "c"),
        /** The same with the tree's lines as they are between {@code /*} and its end. */
        COMMENT_PLAIN("", "c"),
        /** A C fence in Markdown holding the tree in a block comment, each line led by {@code  * }. */
        COMMENT_FENCE("```c", "md"),
        /** An HTML {@code <pre>} block in Markdown, {@code &}, {@code <} and {@code >} written as character references. */
        PRE_ESCAPED("<pre>", "md"),
        /** reStructuredText: a {@code .. code-block:: c} directive, the tree indented four under it. */
        RST_CODE_BLOCK(".. code-block:: c", "rst"),
        /** reStructuredText: a paragraph ending in {@code ::}, the tree a literal block indented four under it. */
        RST_LITERAL("How a fault is handled::", "rst"),
        /** Org mode: the tree between {@code #+begin_src c} and {@code #+end_src}. */
        ORG_SRC("#+begin_src c", "org");

        final String open;
        final String extension;

        Holder(String open, String extension) {
            this.open = open;
            this.extension = extension;
        }

        boolean fenced() {
            return open.startsWith("```");
        }

        /** Whether the tree's lines are led by the {@code  * } of a block comment. */
        boolean starred() {
            return this == COMMENT_STARS || this == COMMENT_FENCE;
        }
    }

    /** What a line of a cell is meant to be: a step (by index), or a line that is no step. */
    enum Role { STEP, NO_STEP, BRACE, ELISION }

    record Meant(Role role, int step) { }

    /** One note of the grid and what each of its lines is meant to be (1-based line → meaning). */
    record Cell(Style style, Unit unit, Holder holder, String text, Map<Integer, Meant> lines) {
        String name() {
            return style + " | " + unit + " | " + holder;
        }

        /** The line of step {@code i}. */
        int lineOf(int i) {
            for (Map.Entry<Integer, Meant> m : lines.entrySet()) {
                if (m.getValue().role() == Role.STEP && m.getValue().step() == i) {
                    return m.getKey();
                }
            }
            throw new IllegalArgumentException("no step " + i);
        }
    }

    /** Every style × unit × holder. */
    static List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (Style s : Style.values()) {
            for (Unit u : Unit.values()) {
                for (Holder h : Holder.values()) {
                    out.add(write(s, u, h));
                }
            }
        }
        return out;
    }

    /** Writes one cell. */
    static Cell write(Style style, Unit unit, Holder holder) {
        List<String> body = new ArrayList<>();
        List<Meant> meant = new ArrayList<>();
        List<Integer> open = new ArrayList<>();   // depths of bodies opened by `{`, innermost last
        for (int i = 0; i < STEPS.size(); i++) {
            Step s = STEPS.get(i);
            if (style == Style.BRACES) {
                while (!open.isEmpty() && open.get(open.size() - 1) >= s.depth()) {
                    body.add(unit.text.repeat(open.remove(open.size() - 1)) + "}");
                    meant.add(new Meant(Role.BRACE, -1));
                }
            }
            String indent = unit.text.repeat(s.depth());
            if (style == Style.REMARK_LINES && REMARKS_ABOVE.containsKey(i)) {
                body.add(indent + REMARKS_ABOVE.get(i));
                meant.add(new Meant(Role.NO_STEP, -1));
            }
            boolean parent = hasBody(i);
            String text = s.isCall() ? call(style, s, parent) : control(style, s, parent);
            body.add(indent + text);
            meant.add(new Meant(Role.STEP, i));
            if (style == Style.BRACES && parent) {
                open.add(s.depth());
            }
            if (style == Style.ELISIONS && (i == 2 || i == 9)) {
                body.add(indent + "...");
                meant.add(new Meant(Role.ELISION, i));
            }
        }
        while (!open.isEmpty()) {
            body.add(unit.text.repeat(open.remove(open.size() - 1)) + "}");
            meant.add(new Meant(Role.BRACE, -1));
        }
        return hold(style, unit, holder, body, meant);
    }

    /** Whether step {@code i} has a body below it. */
    static boolean hasBody(int i) {
        return i + 1 < STEPS.size() && STEPS.get(i + 1).depth() > STEPS.get(i).depth();
    }

    private static String call(Style style, Step s, boolean parent) {
        String name = s.name();
        String args = name + "(" + s.args() + ")";
        boolean root = s.kind().equals("root");
        return switch (style) {
            case PARENS -> name + "()";
            case ARGS, ELISIONS, REMARK_LINES -> style == Style.REMARK_LINES && !root ? args + ";" : args;
            case STATEMENT -> root ? args : args + ";";
            case ASSIGN -> root ? args : (s.result() == null ? "" : s.result() + " = ") + args + ";";
            case TRAILING_REMARK -> (root ? args : args + ";") + "  // " + name.replace('_', ' ');
            case KOREAN_REMARK -> (root ? args : args + ";") + "  // " + korean(name);
            case CHINESE_NOTE -> name + "()  " + chinese(name);
            case PATH_DASH -> s.file() + " - " + name + "()";
            case PATH_COLON -> s.file() + ": " + name + "()";
            case PATH_PAREN -> name + "() (" + s.file() + ":" + (100 + 37 * name.length()) + ")";
            case PATH_AT -> name + "() @ " + s.file();
            case BARE -> name;
            case COLON -> name + "()" + (parent ? ":" : "");
            case BARE_COLON -> name + (parent ? ":" : "");
            case BRACES -> args + (parent ? " {" : ";");
            case BRACE_ELIDED -> args + (parent ? "" : " { ... }");
        };
    }

    private static String control(Style style, Step s, boolean parent) {
        return style == Style.BRACES && parent ? s.name() + " {" : s.name();
    }

    private static String korean(String name) {
        return switch (name) {
            case "find_vma" -> "vma 찾기";
            case "alloc_page" -> "페이지 할당";
            case "handle_fault" -> "폴트 처리";
            default -> name.substring(0, name.indexOf('_')) + " 처리";
        };
    }

    private static String chinese(String name) {
        return switch (name) {
            case "find_vma" -> "查找vma";
            case "alloc_page" -> "分配页面";
            case "handle_fault" -> "处理缺页";
            default -> "处理" + name.substring(0, name.indexOf('_'));
        };
    }

    /** The block {@code body} in {@code holder}, with the note's lines around it. */
    private static Cell hold(Style style, Unit unit, Holder holder, List<String> body, List<Meant> meant) {
        if (holder == Holder.PRE_ESCAPED || holder == Holder.ORG_SRC || holder.extension.equals("rst")) {
            return holdOutsideMarkdown(style, unit, holder, body, meant);
        }
        List<String> text = new ArrayList<>();
        Map<Integer, Meant> lines = new LinkedHashMap<>();
        String margin = "";
        switch (holder.extension) {
            case "txt" -> text.addAll(List.of("Page fault", "", "How a fault is handled:", ""));
            case "c" -> text.addAll(List.of("// page fault notes", "", "/*"));
            default -> text.addAll(holder.fenced() ? List.of("# Page fault", "", "How a fault is handled:", "")
                    : List.of("# Page fault", "", holder.open));
        }
        if (holder.fenced()) {
            text.add(holder.open);
        }
        if (holder == Holder.COMMENT_FENCE) {
            text.add("/*");
        }
        if (holder.starred()) {
            margin = " * ";
        }
        if (holder.name().startsWith("CAPTION")) {
            margin = unit.text;
        }
        for (int k = 0; k < body.size(); k++) {
            text.add(margin + body.get(k));
            lines.put(text.size(), meant.get(k));
        }
        if (holder.extension.equals("c") || holder == Holder.COMMENT_FENCE) {
            text.add(holder.starred() ? " */" : "*/");
        }
        if (holder.fenced()) {
            text.add("```");
        }
        text.addAll(List.of("", holder.extension.equals("c") ? "// the fault is then done" : "Then the fault returns."));
        return new Cell(style, unit, holder, String.join("\n", text) + "\n", lines);
    }

    /** The block {@code body} in an HTML {@code <pre>}, a reStructuredText directive or literal block, an Org mode block. */
    private static Cell holdOutsideMarkdown(Style style, Unit unit, Holder holder, List<String> body, List<Meant> meant) {
        boolean rst = holder.extension.equals("rst");
        List<String> text = new ArrayList<>(rst ? List.of("Page fault", "==========", "", holder.open, "")
                : List.of(holder == Holder.ORG_SRC ? "* Page fault" : "# Page fault", "", "How a fault is handled:", "", holder.open));
        Map<Integer, Meant> lines = new LinkedHashMap<>();
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            text.add(rst ? "    " + line : holder == Holder.PRE_ESCAPED ? escaped(line) : line);
            lines.put(text.size(), meant.get(k));
        }
        text.add(rst ? "" : holder == Holder.ORG_SRC ? "#+end_src" : "</pre>");
        text.addAll(List.of("", "Then the fault returns."));
        return new Cell(style, unit, holder, String.join("\n", text) + "\n", lines);
    }

    /** {@code line} as HTML writes it in preformatted text. */
    static String escaped(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A document that holds no trace, and the file name extension it is kept under. */
    record Listing(String name, String extension, String text) { }

    /** Listings that look like an indented tree to a scan but are source code, a session or a config. */
    static List<Listing> listings() {
        List<Listing> out = new ArrayList<>();
        String[] cSources = {CALLER_SOURCE, KNR_SOURCE, UNBRACED_SOURCE, MACRO_SOURCE};
        for (String src : cSources) {
            for (String info : new String[] {"", "c", "cpp", "text"}) {
                out.add(new Listing("C source in ```" + info + " #" + out.size(), "md",
                        "# The fault handler\n\nIts source:\n\n```" + info + "\n" + src + "```\n\nThat is all.\n"));
            }
            out.add(new Listing("C source as a .c file #" + out.size(), "c", src));
            out.add(new Listing("C source unfenced after a caption #" + out.size(), "md",
                    "# The fault handler\n\nCode:\n" + src.indent(4) + "\nThat is all.\n"));
        }
        for (String src : cSources) {
            out.add(new Listing("C source in <pre> #" + out.size(), "md",
                    "# The fault handler\n\n<pre>\n" + escaped(src) + "</pre>\n\nThat is all.\n"));
            out.add(new Listing("C source in a code-block directive #" + out.size(), "rst",
                    "The fault handler\n=================\n\n.. code-block:: c\n\n" + src.indent(4) + "\nThat is all.\n"));
        }
        out.add(new Listing("shell session in <pre>", "md", "# Build\n\n<pre>\n" + escaped(SHELL) + "</pre>\n"));
        out.add(new Listing("shell session in a literal block", "rst", "Build\n=====\n\nRun::\n\n" + SHELL.indent(4)));
        out.add(new Listing("config in <pre>", "md", "# Config\n\n<pre>\n" + escaped(CONFIG) + "</pre>\n"));
        for (String info : new String[] {"", "shell", "sh", "text", "console"}) {
            out.add(new Listing("shell session in ```" + info, "md", "# Build\n\n```" + info + "\n" + SHELL + "```\n"));
            out.add(new Listing("config in ```" + info, "md", "# Config\n\n```" + info + "\n" + CONFIG + "```\n"));
            out.add(new Listing("JS sample in ```" + info, "md", "# Usage\n\n```" + info + "\n" + JS + "```\n"));
            out.add(new Listing("Python sample in ```" + info, "md", "# Usage\n\n```" + info + "\n" + PYTHON + "```\n"));
        }
        out.add(new Listing("shell session in a text file", "txt", "Build\n\n" + SHELL.indent(2)));
        for (String src : new String[] {COMMENTED_SOURCE, LABELLED_SOURCE}) {
            out.add(new Listing("commented C source as a .c file #" + out.size(), "c", src));
            out.add(new Listing("commented C source in ```c #" + out.size(), "md", "# Source\n\n```c\n" + src + "```\n"));
        }
        out.add(new Listing("a comment in words in ```c", "md", "# Locking\n\n```c\n" + WORDED_COMMENT + "```\n"));
        out.add(new Listing("a comment in words as a .c file", "c", WORDED_COMMENT));
        for (String info : new String[] {"", "yaml"}) {
            out.add(new Listing("nested mapping in ```" + info, "md", "# Deploy\n\n```" + info + "\n" + MAPPING + "```\n"));
        }
        out.add(new Listing("nested mapping unfenced after a caption", "md", "# Deploy\n\nManifest:\n" + MAPPING.indent(4)));
        for (String info : new String[] {"", "c", "text"}) {
            out.add(new Listing("a lock order in a comment in ```" + info, "md", "# Locking\n\n```" + info + "\n" + LOCK_ORDER + "```\n"));
        }
        out.add(new Listing("a lock order in a comment as a .c file", "c", LOCK_ORDER));
        out.add(new Listing("a lock order under a caption", "md", "# Locking\n\nLock nesting:\n\n" + LOCK_ORDER_NAMES.indent(4)));
        out.add(new Listing("make targets in a paragraph", "md", "# Targets\n\npack_all:\n    gather_files\n    squash_files\n"
                + "      sign_bundle\n        upload_bundle\n"));
        return out;
    }

    /** Locks in the order they nest, one deeper than the other, under a caption that says so. */
    static final String LOCK_ORDER_NAMES = """
            tree_lock
              leaf->l_rwsem
                node_lock
                  stats_lock
            """;

    static final String LOCK_ORDER = "/*\n * Lock ordering in the widget tree:\n *\n" + LOCK_ORDER_NAMES.indent(3).replaceAll("(?m)^   ", " * ")
            + " */\n";

    static final String CALLER_SOURCE = """
            static int handle_fault(struct pt_regs *regs, unsigned long addr)
            {
            \tstruct vm_area_struct *vma;
            \tint ret;

            \tcount_vm_event(PGFAULT);
            \tvma = find_vma(mm, addr);
            \tif (!vma) {
            \t\tbad_area(regs);
            \t\treturn -EFAULT;
            \t}
            \tret = handle_mm_fault(vma, addr);
            \tup_read(&mm->mmap_lock);
            \treturn ret;
            }
            """;

    static final String KNR_SOURCE = """
            int alloc_pages_now(gfp_t gfp, unsigned int order) {
                struct page *page;

                page = alloc_page(gfp);
                if (page == NULL)
                    return -ENOMEM;
                prep_new_page(page, gfp);
                set_pte(pte, page);
                return 0;
            }
            """;

    static final String UNBRACED_SOURCE = """
            void flush_all(struct queue *q)
            {
            \tfor (i = 0; i < q->len; i++)
            \t\tflush_one(q, i);
            \twhile (pending(q))
            \t\tcpu_relax();
            \tif (q->dirty)
            \t\twrite_back(q);
            \telse
            \t\tdrop(q);
            \tunlock(q);
            }
            """;

    static final String MACRO_SOURCE = """
            #define WALK(q, f)                \\
            \tdo {                      \\
            \t\tlock(q);          \\
            \t\tf(q);             \\
            \t\tunlock(q);        \\
            \t} while (0)

            static const struct ops fault_ops = {
            \t.open = fault_open,
            \t.release = fault_release,
            };
            """;

    /** A function with a doc comment whose lines are led by {@code *}, an indented list in it, and goto labels. */
    static final String COMMENTED_SOURCE = """
            /**
             * fault_in_range - fault pages of a range in
             * @mm: the address space
             * @start: the first address
             *
             * Locks, outermost first:
             *   mmap_lock
             *     page_lock
             *       pte_lock
             *
             * Return: 0 or -EFAULT.
             */
            static int fault_in_range(struct mm *mm, unsigned long start)
            {
            	int ret;

            	ret = lock_range(mm, start);
            	if (ret)
            		goto out;
            	ret = map_range(mm, start);
            	if (ret)
            		goto unlock;
            	flush_range(mm, start);
            unlock:
            	unlock_range(mm, start);
            out:
            	return ret;
            }
            """;

    /** A function whose labels stand right of the line above them (a snippet opening at a label, a label after the brace). */
    static final String LABELLED_SOURCE = """
            retry_fault:
            	page = grab_page(mapping, index);
            	if (!page)
            		goto retry_fault;
            	mark_page(page);
            	return page;
            }

            void drain_all(void)
            {
             again_drain:
            	drain_local(cpu);
            	if (pending_work())
            		goto again_drain;
            }
            """;

    /** A block comment in words whose lines are led by {@code *}: a note on locking, its steps indented. */
    static final String WORDED_COMMENT = """
            /*
             * Lock ordering in the fault path:
             *
             *   the mmap lock is taken first,
             *     then the lock of the page,
             *       then the page table lock.
             *
             * See the comment above do_fault() for the details.
             */
            """;

    /** A nested mapping of keys, every level a key alone over the next. */
    static final String MAPPING = """
            spec_root:
              template_spec:
                pod_spec:
                  containers_list:
                    name: fault_test
                    image: fault_test_image
            """;

    static final String SHELL = """
            $ make -j8 vmlinux
              CC      mm/memory.o
              CC      mm/mmap.o
              LD      vmlinux
            $ sudo insmod fault_test.ko
            $ dmesg | tail -2
            [  12.000001] fault_test: loaded
            """;

    static final String CONFIG = """
            [core]
                repositoryformatversion = 0
                filemode = true
            [remote "origin"]
                url = https://example.org/repo.git
                fetch = +refs/heads/*:refs/remotes/origin/*
            """;

    static final String JS = """
            const app = express();
            app.get('/', (req, res) => {
              res.send('hello');
            });
            app.listen(3000);
            """;

    static final String PYTHON = """
            def main():
                args = parse_args()
                run(args)

            if __name__ == "__main__":
                main()
            """;

    private RecognitionGrid() {
    }
}
