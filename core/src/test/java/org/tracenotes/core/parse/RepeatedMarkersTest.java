package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.tracenotes.core.parse.Parsing.onlyRoot;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.grammar.Connectors;

/**
 * A marker no rule knows, which an author repeats at the start of many lines of a block before a name
 * or a call, is read as that author's arrow or tree connector; look-alikes (lists, quotes, prompts,
 * diffs, tables, code, folder listings, logs) stay what they are. Every fragment is made up.
 */
class RepeatedMarkersTest {

    private static final String TREE = """
            root start_job(j)
              call prep_job(j)
                call lock_job(j)
                call fill_job(j)
              call run_job(j)
            """;

    private static String fence(String... lines) {
        return "```\n" + String.join("\n", lines) + "\n```\n";
    }

    private static int traces(String text) {
        return Parsing.parse(text).traceBlocks().size();
    }

    private static List<String> texts(List<Step> steps) {
        return steps.stream().map(Step::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u21D2 ", "==> ", "~> ", "\u00BB ", "-\u300B ", "=\u300B", "\u2014> ", ">> ", "*-> ", "o-> ", "===> ", "\u27A4 ",
        "\u251C\u2500> ", "\u2570\u2500> ", "`-> ", "\uFF0D> ", "\u2014\u2014> ", "\u21B3 ", "\u25B6 ", "\uFF1E "})
    void aMarkerRepeatedBeforeCallsIsReadAsAnArrowNestedByItsColumn(String m) {
        Note note = Parsing.parse(fence("start_job(j)", "    " + m + "prep_job(j)", "        " + m + "lock_job(j)",
                "        " + m + "fill_job(j)", "    " + m + "run_job(j)"));
        assertEquals(TREE, Parsing.shape(note), m);
        assertEquals(Arrow.DASH, onlyRoot(note).body().get(0).arrow());
    }

    @Test
    void aLearnedMarkerReadsTheSameTreeAsADashArrowInItsPlace() {
        String[] lines = {"load_mod(m)", "  ~> check_mod(m)", "      if (!m->ok)", "          ~> return -EINVAL", "  ~> link_mod(m)",
            "      ~> apply_relocs(m)  // the slow part", "  ~> start_mod(m)"};
        String[] dashed = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            dashed[i] = lines[i].replace("~>", "->");
        }
        assertEquals(Parsing.shape(Parsing.fenced(dashed)), Parsing.shape(Parsing.fenced(lines)));
    }

    @Test
    void codeAlignedUnderALearnedArrowsTextIsItsSiblingAsUnderADashArrow() {
        String[] lines = {"load_mod(m)", "  ~> check_mod(m)", "     x = 1;", "     y = get_y(x);", "  ~> link_mod(m)",
            "     ~> apply_relocs(m)", "  ~> start_mod(m)"};
        Root r = onlyRoot(Parsing.fenced(lines));
        assertEquals(List.of("check_mod(m)", "x = 1", "y = get_y(x)", "link_mod(m)", "start_mod(m)"), texts(r.body()));
        String[] dashed = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            dashed[i] = lines[i].replace("~>", "->");
        }
        assertEquals(Parsing.shape(Parsing.fenced(dashed)), Parsing.shape(Parsing.fenced(lines)));
    }

    @Test
    void aMarkerLearnedAmongStepArrowsIsAStepArrowSoItsIfIsNoElseIf() {
        Root r = onlyRoot(Parsing.fenced("start_job(j)", "  => prep_job(j)", "  => if (j->late)", "        => hurry_job(j)", "  ==> if (j->slow)",
                "        => wait_job(j)", "  ==> check_job(j)", "  ==> run_job(j)", "  => done_job(j)"));
        assertEquals(List.of("prep_job(j)", "if (j->late)", "if (j->slow)", "check_job(j)", "run_job(j)", "done_job(j)"), texts(r.body()));
        assertEquals(Arrow.STEP, r.body().get(3).arrow());
        assertEquals(List.of(), r.body().get(1).alternatives());
    }

    @Test
    void twoMarkedLinesAtTwoColumnsAreEnoughButNotAtOne() {
        Root r = onlyRoot(Parsing.fenced("open_dev(d)", "  \u21D2 find_dev(d)", "      \u21D2 match_id(d)"));
        assertEquals(List.of("find_dev(d)"), texts(r.body()));
        assertEquals(List.of("match_id(d)"), texts(r.body().get(0).children()));
        assertEquals(0, traces("# Notes\n\nopen_dev(d)\n\u21D2 find_dev(d)\n\u21D2 match_id(d)\n\nThe end.\n"));
    }

    @Test
    void aMarkerRepeatedInUnfencedTextMakesATrace() {
        Note note = Parsing.parse("# Flow\n\nThe job starts here:\n\nstart_job(j)\n    \u00BB prep_job(j)\n        \u00BB lock_job(j)\n"
                + "        \u00BB fill_job(j)\n    \u00BB run_job(j)\n\nThen it ends.\n");
        assertEquals(TREE, Parsing.shape(note));
    }

    @Test
    void aLearnedMarkedLineInWordsIsAStepToo() {
        Root r = onlyRoot(Parsing.fenced("start_job(j)", "  ==> prep_job(j)", "  ==> lock the queue", "  ==> fill_job(j)", "  ==> run_job(j)"));
        assertEquals(List.of("prep_job(j)", "lock the queue", "fill_job(j)", "run_job(j)"), texts(r.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"|______", "\u2523\u2501\u2501 ", "\u2517\u2501 ", "|--- ", "+-- ", "`-- ", "\u251C\u2500\u2500 ", "\\___ ",
        "|- ", "|__ ", "|_ ", "+- ", "\u2523 "})
    void aDrawnPrefixIsMarginAndTheTextColumnGivesTheDepth(String m) {
        Note note = Parsing.parse(fence("start_job(j)", m + "prep_job(j)", "    " + m + "lock_job(j)", "    " + m + "fill_job(j)",
                m + "run_job(j)"));
        assertEquals(TREE, Parsing.shape(note), m);
    }

    @Test
    void aHeavyBoxTreeReadsLikeALightOne() {
        String heavy = "start_job(j)\n\u2523\u2501\u2501 prep_job(j)\n\u2503   \u2523\u2501\u2501 lock_job(j)\n\u2503   \u2517\u2501\u2501 fill_job(j)\n"
                + "\u2517\u2501\u2501 run_job(j)\n";
        assertEquals(TREE, Parsing.shape(Parsing.parse("```\n" + heavy + "```\n")));
        assertEquals(TREE, Parsing.shape(Parsing.parse("# Flow\n\n" + heavy + "\nThen it ends.\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u21D2 ", "==> ", "-\u300B ", "o-> ", "|______", "\u2523\u2501\u2501 ", "|- ", "\u251C\u2500\u2500 "})
    void aMarkerRepeatedInAParagraphOfTheNoteMakesATraceNestedByTabs(String m) {
        Note note = Parsing.parse("# Notes\n\nSome words first.\n\nstart_job(j)\n" + m + "prep_job(j)\n\t" + m + "lock_job(j)\n\t" + m
                + "fill_job(j)\n" + m + "run_job(j)\n\nMore words.\n");
        assertEquals(TREE, Parsing.shape(note), m);
    }

    @Test
    void aBoxDrawnDiagramOfFieldsInTheNoteStaysText() {
        assertEquals(0, traces("# Layout\n\nThe parts:\n\nwidget_set\n  \u2514\u2500\u2500 slots[n]\n        \u2514\u2500\u2500 widget_node\n"
                + "              \u251C\u2500\u2500 left_part\n              \u2514\u2500\u2500 right_part\n\nMore words.\n"));
    }

    @Test
    void underscoresThatBeginANameStayTheName() {
        Root r = onlyRoot(Parsing.fenced("do_fault(vma)", "|__do_fault(vma)", "|__lock_page(p)", "|__unlock_page(p)"));
        assertEquals(List.of("__do_fault(vma)", "__lock_page(p)", "__unlock_page(p)"), texts(r.body()));
    }

    @Test
    void listsQuotesAndPromptsStayText() {
        assertEquals(0, traces("# Notes\n\n- The first item\n- The second item\n- The third item\n"));
        assertEquals(0, traces("# Notes\n\n> quoted_name()\n> other_name()\n> third_name()\n"));
        assertEquals(0, traces("# Notes\n\n>> The kernel does this\n>> and then that\n>> Then it stops\n"));
        assertEquals(0, traces(fence(">>> import os", ">>> os_path = os.getcwd()", ">>> print_all(os_path)")));
        assertEquals(0, traces(fence("$ make_all -j8", "$ run_tests now", "$ clean_up")));
        assertEquals(0, traces("# Reply\n\n>> static int probe_x(void)\n>> {\n>>\n>> This looks wrong to me.\n>>\n>> Thanks\n"));
    }

    @Test
    void diffsTablesAndCodeStayText() {
        assertEquals(0, traces(fence("@@ -1,3 +1,3 @@", "-old_call(a);", "+new_call(a);", "+more_call(b);", "+last_call(c);")));
        assertEquals(0, traces("# T\n\n| name | what |\n|------|------|\n| do_x | runs |\n| do_y | stops |\n"));
        assertEquals(0, traces("```c\nv = (a_hi\n     >> PAGE_SHIFT)\n   | (b_lo\n     >> PAGE_SHIFT)\n   | (c_lo\n     >> PAGE_SHIFT);\n```\n"));
        assertEquals(0, traces("```cpp\nstd::cin >> a_val\n         >> b_val\n         >> c_val\n         >> d_val;\n```\n"));
        assertEquals(0, traces("```elixir\nlist\n|> Enum.map(f)\n|> Enum.filter(g)\n|> Enum.sum()\n```\n"));
        assertEquals(0, traces("```sql\n-- pick_rows first\n-- then_group them\n-- and_sort them\nSELECT 1;\n```\n"));
    }

    @Test
    void aMarkerInsideABlockCommentIsTheCommentsText() {
        assertEquals(0, traces("```c\n/*\n *-> first_step()\n *-> second_step()\n *-> third_step()\n */\nint x_val;\n```\n"));
        assertEquals(0, traces(fence("/* the order:", "==> first_step()", "==> second_step()", "==> third_step() */", "run_all();")));
    }

    @Test
    void foldersBoxesAndLogsStayText() {
        assertEquals(0, traces(fence("project", "\u2523\u2501\u2501 src/", "\u2503   \u2523\u2501\u2501 main_loop.c", "\u2503   \u2517\u2501\u2501 util_fns.c",
                "\u2517\u2501\u2501 README.md")));
        assertEquals(0, traces(fence("\u250F\u2501\u2501\u2501\u2501\u2501\u2501\u2513", "\u2503 dev_x \u2503", "\u2503 dev_y \u2503",
                "\u2503 dev_z \u2503", "\u2517\u2501\u2501\u2501\u2501\u2501\u2501\u251B")));
        assertEquals(0, traces(fence("==> app_one.log <==", "started 12:00", "==> app_two.log <==", "stopped 12:01", "==> app_six.log <==")));
        assertEquals(0, traces("# Menu\n\n\u00BB Device Drivers\n\u00BB Network device support\n\u00BB Ethernet driver support\n"));
    }

    @Test
    void codeOfAVariableNamedOIsNoCircledArrow() {
        assertEquals(0, traces(fence("o->ops->init(o);", "o->ops->start(o);", "o->state->ready = true;", "o->ops->stop(o);")));
    }

    @Test
    void anEmailQuoteOfCodeStaysAQuote() {
        assertEquals(0, traces("# Thread\n\n> Alice wrote:\n>> free_buf(buf);\n>> buf = NULL;\n>> return 0;\n>> put_dev(dev);\n\nI agree.\n"));
        assertEquals(0, traces("```text\nOn Tue, Carol wrote:\n>> free_buf(buf);\n>> buf = NULL;\n>> return 0;\n>> put_dev(dev);\n```\n"));
        assertEquals(0, traces(fence("> the patch:", ">> free_buf(buf);", ">> put_dev(dev);", ">> drop_ref(r);")));
        assertEquals(0, traces("# Notes\n\nstart_job(j)\n>> prep_job(j)\n>> lock_job(j)\n>> run_job(j)\n\nMore words.\n"));
    }

    @Test
    void aToolsLabelledOutputStaysOutput() {
        assertEquals(0, traces(fence("==> box1: Fetching image 'base/os'...", "==> box1: Setting name: dev_box1",
                "==> box1: Starting machine...", "==> box1: Waiting for ssh...")));
        for (String lang : List.of("console", "log", "shell", "output")) {
            assertEquals(0, traces("```" + lang + "\nstart_job(j)\n    ==> prep_job(j)\n        ==> lock_job(j)\n    ==> run_job(j)\n```\n"), lang);
        }
    }

    @Test
    void aVeryLongUnderscoreEdgeIsMeasuredInLinearTime() {
        String line = "|" + "_".repeat(400_000) + "x_fn()";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            int connectors = 0;
            while (connectors < line.length() && Connectors.at(line, connectors)) {
                connectors++;
            }
            assertEquals(400_001, connectors);
        });
    }
}
