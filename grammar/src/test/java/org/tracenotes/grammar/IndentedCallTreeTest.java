package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A fence without arrows is a trace when it draws a call tree by indentation: a complete call followed
 * by a deeper line, twice or more; listings of code, files, logs, dumps and unwindings stay code. Every
 * fragment is made up.
 */
class IndentedCallTreeTest {

    @Test
    void callsNestedByIndentationAloneAreATrace() {
        assertTrace(true, "", "boot_main", "    arch_setup", "        map_init", "            zone_init");
        assertTrace(true, "", "foo_fault(vmf)", "  foo_lock(vmf);", "  foo_read(vmf)", "    foo_map(vmf->page)",
                "      foo_set_pte(vmf)");
        assertTrace(true, "text", "bar_entry", "\tbar_one", "\t\tbar_two", "\t\t\tbar_three");
    }

    @Test
    void trailingNotesAndAssignmentsStillMakeTheLineComplete() {
        assertTrace(true, "", "foo_handle", "    foo_anon            匿名", "        foo_anon_alloc",
                "    foo_file \"the file case\"", "        foo_file_read");
        assertTrace(true, "c", "foo_walk(a, b)", "    foo_check(a)", "    foo_walk_inner(a, b)",
                "        w.a = a", "        // why", "        x = foo_find(a)", "            foo_find_slow(a)   // 慢");
        assertTrace(true, "cpp", "foo_run() = ops.run(x);", "  foo_enter(): ASM", "    做点事", "    foo_launch [insn]",
                "      foo_insn_done()", "  foo_exit()");
    }

    @Test
    void connectorsWithoutArrowHeadsDrawATree() {
        assertTrace(true, "shell", "#------ user ------", "foo", "#------ kernel ------", "sys_foo # entry",
                "    |-- foo_do # a.c", "        |-- foo_lookup # a.c - finds it", "        |-- foo_copy");
        assertTrace(true, "", "|foo_start", "   |foo_lock", "   |foo_init", "      |foo_init_one", "   |foo_rest",
                "      |foo_idle");
    }

    @Test
    void aFenceIndentedInAListItemIsReadTheSameWay() {
        assertTrace(true, "", "      foo_get", "        foo_get_one()", "          foo_try()", "            foo_ioctl(s, X, y)");
    }

    @Test
    void aCListingIsNoTrace() {
        assertTrace(false, "", "static int foo(int x)", "{", "\tint y = bar(x);", "\tif (y)", "\t\treturn y;",
                "\tfor (i = 0; i < n; i++)", "\t\tbaz(i);", "\treturn 0;", "}");
        assertTrace(false, "c", "foo(a,", "    b);", "x = a +", "    b;", "list_for_each_entry(p, h, m)",
                "    use(p);", "out:", "    done();");
    }

    @Test
    void languagesWithTheirOwnIndentationStayCode() {
        assertTrace(false, "python", "foo_main", "    foo_one", "        foo_two", "            foo_three");
        assertTrace(false, "yaml", "foo_main", "    foo_one", "        foo_two", "            foo_three");
        assertTrace(false, "", "def foo():", "    bar()", "    if x:", "        baz()");
        assertTrace(false, "", "all: foo bar", "\tcc -o foo foo.c", "foo: foo.o", "\tcc foo.o");
        assertTrace(false, "", "key:", "  inner: 1", "  list:", "    - a", "    - b");
    }

    @Test
    void filesLogsDumpsAndDiagramsStayCode() {
        assertTrace(false, "", "src", "    foo", "        foo.c", "        foo.h", "    bar", "        bar.c");
        assertTrace(false, "", "[<ffff0001>] foo+0x1/0x2", "  [<ffff0002>] bar+0x1/0x2", "    [<ffff0003>] baz+0x1/0x9");
        assertTrace(false, "", "#0  0x0001 in foo ()", "#1  0x0002 in bar ()");
        assertTrace(false, "", "dump> show ffff0001", "NAME    SIZE", "ffff88001234abcd     1024  foo",
                "  SLAB   MEMORY", "  ffffea0001c3d200  ffff880070f48000");
        assertTrace(false, "", "START(foo_entry)", "    HINT_EMPTY", "    pushq   $.Lret   # ret", "    xorl    %ebp, %ebp",
                "    retq", "END(foo_entry)", "    DATA_SECTION");
        assertTrace(false, "", "foo_start()", "        |", "        V", "foo_next()", "        |", "        +-----+",
                "        |     |", "        V     V", "foo_a()   foo_b()");
    }

    @Test
    void configurationBuildFilesAndLicencesAreNoTrace() {
        assertTrace(false, "", "Retry {", "  Delay \"<BOOL>\" {   // whether to wait", "    Maximum \"<INT>\"; // at most");
        assertTrace(false, "", "macro(parse_list var)", "\tfile(STRINGS x y)", "\tstring(REPLACE a b c)",
                "\tstring(STRIP a b)", "\tlist(TRANSFORM x STRIP)", "endmacro()");
        assertTrace(false, "", "  Version\".", "    The \"Minimal Source\" for a work means the", "  Licence (C) 2001 Foo");
    }

    @Test
    void anUnwindingDrawnInnermostFirstIsNoTrace() {
        assertTrace(false, "", "            foo_leaf()", "          foo_mid()", "          x = foo_read()",
                "        y = foo_run()", "      foo_enter()", "    foo_loop()", "  foo_ioctl()", "foo_syscall()");
    }

    @Test
    void aTreeResumedFromAnEarlierNoteMayOpenOneLineDeeperThanItsSecond() {
        assertTrace(true, "", "\t\t\tfoo_finish_setup", "\t\tfoo_area_node", "\t\t\tfoo_size",
                "\t\t\tfoo_map_area", "\t\t\t\tfoo_map_range", "\t\t\t\t\tfoo_map_one", "\t\t\tfoo_flush");
    }

    @Test
    void tabIndentedLinesThatKeepDedentingOrHoldProseStayCode() {
        assertTrace(false, "", "\t\t\tfoo_leaf", "\t\tfoo_mid", "\tfoo_outer", "\t\tfoo_again", "\t\t\tfoo_deeper");
        assertTrace(false, "", "\t\tThe first step is done here.", "\tThen we look at what follows next.",
                "\t\tIt reads the table again.", "\t\t\tAnd then it stops for good.");
    }

    @Test
    void oneDescentIsNotEnoughForCButIsForATreesOwnLines() {
        assertTrace(false, "", "foo_a", "    foo_b", "foo_c;", "foo_d;");
        assertTrace(true, "", "foo_fault          写时",  "    foo_page       查找", "    foo_copy       复制");
        assertTrace(true, "", "# a.c", "foo_one", "foo_two", "foo_three", "callers of foo_xmit above", "",
                "foo_xmit ==> __foo_xmit", "  foo_push(skb, len)", "  skb->x = a / b", "  h = (struct h *)skb->data;");
    }

    @Test
    void branchesWrittenInLineDoNotHideTheTree() {
        assertTrace(true, "cpp", "foo_mm_fault()", "  /* big */", "  if (is_big(vma)) foo_big(vma);",
                "  else foo_small(vma); /* small */", "    pgd = foo_pgd(mm);", "    foo_pte(&vmf);",
                "      if (none(vmf)) vmf->pte = NULL;", "      else", "        vmf->pte = foo_map()",
                "          *lp = foo_lockptr(mm);", "      if (!vmf->pte) foo_missing(vmf);",
                "        if (anon(vmf))", "          return foo_anon(vmf);", "        else foo_file(vmf);");
    }

    @Test
    void unfencedTreesAmongProseAreTracesAndTheProseIsNot() {
        String note = String.join("\n", "Intro: \"foo_rx\"", "", "|foo_rx", "   |foo_queue_tail", "      |qlen++",
                "   |foo_raise", "      |pending |= (1 << RX) // mark it", " ", "Next we call foo_action.", "",
                "Prose again.", "\tfoo_init", "\t\tfoo_region(A, B) // 注册", "\t\tfoo_attach",
                "\t\t\tfoo_cdev_init(&d) // 初始化", "\t\t\tfoo_add(d)", "", "The end.") + "\n";
        NoteLayout layout = new NoteLayout(note.codePoints().toArray(), note, false);
        StringBuilder roles = new StringBuilder();
        for (int i = 0; i < layout.lineCount(); i++) {
            roles.append(layout.role(i) == NoteLayout.Role.TRACE ? 'T' : '.');
        }
        assertEquals("..TTTTT....TTTTT..", roles.toString());
    }

    @Test
    void proseListsAndIndentedCodeUnderAWordStayText() {
        String note = String.join("\n", "- foo", "  - bar", "    - baz", "", "Example", "    int x = f(y);",
                "    if (x)", "        g(x);", "    return x;", "", "1. first", "   1. nested", "      more words") + "\n";
        NoteLayout layout = new NoteLayout(note.codePoints().toArray(), note, false);
        for (int i = 0; i < layout.lineCount(); i++) {
            assertEquals(false, layout.role(i) == NoteLayout.Role.TRACE, layout.lineText(i));
        }
    }

    @Test
    void theCheapRejectKeepsADescentThatGoesDeeperThroughAComment() {
        // the callee is deeper than its caller, but the comment between them is deeper still
        assertTrace(true, "", "foo_main()", "        # the slow path", "    foo_one()", "      /* then */",
                "        foo_two()");
        // a brace line for each body, and every body under a header: no descent is possible
        assertTrace(false, "c", "static int foo_probe(struct dev *d)", "{", "    int ret;", "    if (!d)",
                "        return -ENODEV;", "    for_each_foo(d, f) {", "        foo_check(f);", "    }",
                "    ret = foo_init(d);", "    return ret;", "}");
    }

    @Test
    void callsLedOrFollowedByTheirSourceFileAreCallTreeLines() {
        assertTrace(true, "", "fs/foo.c - foo_read()", "    fs/foo.c - foo_lock()", "    lib/bar.c - bar_copy()",
                "        lib/bar.c - bar_copy_one()");
        assertTrace(true, "c", "fs/foo.c: foo_read(f, buf)", "\tfs/foo.c: foo_lock(f)", "\tlib/bar.c: bar_copy(buf)",
                "\t\tlib/bar.c: bar_copy_one(buf)");
        assertTrace(true, "text", "foo_read() @ fs/foo.c", "  foo_lock() @ fs/foo.c", "  bar_copy() @ lib/bar.c",
                "    bar_copy_one() @ lib/bar.c");
    }

    @Test
    void aCallEndingInAColonCaptionsTheCallsBelowIt() {
        assertTrace(true, "", "foo_read(f):", "    foo_lock(f)", "    bar_copy(buf):", "        bar_copy_one(buf)",
                "        bar_check(buf)");
    }

    @Test
    void listingsWithFilesColonsAndAtSignsStayCode() {
        // a header of another language ending in `):`, led by its keyword
        assertTrace(false, "", "with open(path):", "    data = read(path)", "    if valid(data):", "        use(data)");
        assertTrace(false, "", "class Foo(Base):", "    def run(self):", "        go()", "        stop()");
        // files in a listing, a decorator, a path in a make rule: no call after the file
        assertTrace(false, "", "src/foo.c: In function 'foo':", "    src/foo.c:12: warning: unused x",
                "src/bar.c: In function 'bar':", "    src/bar.c:40: error: bad y");
        assertTrace(false, "", "@app.route(\"/\")", "def index():", "    return render()", "    log()");
    }

    @Test
    void callsOpeningBodiesOutsideAFenceAreATraceAndSourceIsNot() {
        String note = String.join("\n", "Read path:", "", "foo_read(f) {", "    foo_lock(f);", "    bar_copy(buf) {",
                "        bar_copy_one(buf);", "    }", "}", "", "Its source:", "", "int foo_read(struct f *f) {",
                "    int n = 0;", "    while (more(f)) {", "        n++;", "    }", "    return n;", "}", "",
                "app.get('/', (req, res) => {", "    send(res) {", "    }", "});") + "\n";
        NoteLayout layout = new NoteLayout(note.codePoints().toArray(), note, false);
        StringBuilder roles = new StringBuilder();
        for (int i = 0; i < layout.lineCount(); i++) {
            roles.append(layout.role(i) == NoteLayout.Role.TRACE ? 'T' : '.');
        }
        assertEquals("..TTTTTT...............", roles.toString());
    }

    private static void assertTrace(boolean trace, String info, String... lines) {
        String note = "Text.\n\n```" + info + "\n" + String.join("\n", lines) + "\n```\n";
        int[] cps = note.codePoints().toArray();
        NoteLayout layout = new NoteLayout(cps, note, false);
        assertEquals(trace ? NoteLayout.Role.TRACE : NoteLayout.Role.CODE, layout.role(3), note);
    }
}
