package org.tracenotes.core.lint.rules.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.lint.Linter;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.parse.ParseOptions;
import org.tracenotes.core.source.KernelFixture;
import org.tracenotes.core.source.SourceIndex;

/** The checks against source, over the kernel-style fixture: what each finds and what it must not flag. */
class SourceRulesTest {

    private static final Set<String> SOURCE_RULES = Set.of("not-in-source", "call-not-in-body", "condition-differs",
            "call-order", "untraced-branch");

    @TempDir
    static Path dir;

    static SourceIndex index;

    @BeforeAll
    static void open() throws Exception {
        index = KernelFixture.open(dir);
    }

    static List<Diagnostic> check(String trace) {
        Note note = new NoteParser(ParseOptions.defaults()).parse("note.md", "```sh\n" + trace + "```\n");
        return new Linter(List.of(note), null, index, ReferenceTraces.softOffline66()).lint(note, LintConfig.defaults())
                .stream().filter(d -> SOURCE_RULES.contains(d.ruleId())).toList();
    }

    /** {@code LINE RULE SEVERITY}, the line counted from the trace's first line (the fence is line 1 of the note). */
    static List<String> ids(List<Diagnostic> ds) {
        return ds.stream().map(d -> (d.range().line() - 1) + " " + d.ruleId() + " " + d.severity().label()).toList();
    }

    // ---------------------------------------------------------------- the seed

    @Test
    void theSeedGetsTheTypoAndTheAssignmentFromTheCodeAndNoFalseCallFinding() throws Exception {
        Note seed = new NoteParser(ParseOptions.defaults()).parse("soft-offline.md",
                java.nio.file.Files.readString(Golden.repositoryRoot().resolve("samples/soft-offline.md")));
        List<Diagnostic> ds = new Linter(List.of(seed), null, index, ReferenceTraces.softOffline66())
                .lint(seed, LintConfig.defaults()).stream().filter(d -> SOURCE_RULES.contains(d.ruleId())).toList();
        assertEquals(List.of("33 call-not-in-body warning", "40 condition-differs warning"), ids(ds));
        assertTrue(ds.get(0).message().contains("does not call `flio_try_get`; did you mean `folio_try_get`, which it calls?"),
                ds.get(0).message());
        assertTrue(ds.get(1).message().contains("closest: `if (folio == page_folio(page))` (mm/memory-failure.c:30)"),
                ds.get(1).message());
    }

    @Test
    void withASourceTreeUnknownFunctionGivesWayToTheSourceRules() throws Exception {
        Note seed = new NoteParser(ParseOptions.defaults()).parse("soft-offline.md",
                java.nio.file.Files.readString(Golden.repositoryRoot().resolve("samples/soft-offline.md")));
        List<Diagnostic> ds = new Linter(List.of(seed), null, index, ReferenceTraces.softOffline66()).lint(seed,
                LintConfig.defaults());
        assertTrue(ds.stream().noneMatch(d -> d.ruleId().equals("unknown-function")));
    }

    // ---------------------------------------------------------------- not-in-source

    @Test
    void notInSourceNamesAFunctionNothingDefinesOrCallsWithTheTreesNearestName() {
        List<Diagnostic> ds = check("mystery(folio)\n=> ret = folio_tyr_get(folio)\n=> if ret\n   => return ret\n");
        assertEquals(List.of("1 not-in-source info", "2 not-in-source warning"), ids(ds));
        assertTrue(ds.get(1).message().contains("did you mean `folio_try_get`?"), ds.get(1).message());
    }

    @Test
    void notInSourceLeavesAloneWhatTheSourceCallsButDefinesElsewhere() {
        // pfn_to_online_page is not defined in the tree, but soft_offline_page there calls it
        assertEquals(List.of(), ids(check("soft_offline_page(pfn, flags)\n=> page = pfn_to_online_page(pfn)\n")));
    }

    // ---------------------------------------------------------------- call-not-in-body

    @Test
    void callNotInBodyFindsACallTheFunctionDoesNotMake() {
        List<Diagnostic> ds = check("demo_probe(dev, mode)\n=> err = demo_alloc(dev)\n=> demo_launch(dev)\n");
        assertEquals(List.of("3 call-not-in-body warning"), ids(ds));
        assertTrue(ds.get(0).message().startsWith("`demo_probe` in the source (drivers/demo/demo.c:14) does not call "
                + "`demo_launch`"), ds.get(0).message());
    }

    @Test
    void callNotInBodyAcceptsWrappersLoopMacrosAndBodiesTheSourceHasOnlyAsMacros() {
        String note = """
                demo_probe(dev, mode)
                => err = demo_alloc(dev)
                => list_for_each_entry(item, &dev->items, node)
                   => demo_item_init(item)
                soft_offline_page(pfn, flags)
                ## the rest 先略
                => if hwpoison_filter(page)
                   => if ret > 0
                      => folio_put(folio)
                page_folio(page)
                => compound_head(page)
                """;
        assertEquals(List.of(), ids(check(note).stream().filter(d -> !d.ruleId().equals("not-in-source")).toList()));
    }

    @Test
    void aTreeOfAnotherVersionGivesOneVersionNoteNotAFlood() {
        String note = """
                soft_offline_page(pfn, flags)
                => page = pfn_to_online_page(pfn)
                => ret = get_hwpoison_page_v2(page, flags)
                => enable_soft_offline_check(page)
                => mf_isolate_folio(page)
                => shake_folio(page)
                => dissolve_free_hugetlb_folio(page)
                => mapping_evict_folio(page)
                => ret = soft_offline_folio(page)
                """;
        List<Diagnostic> ds = check(note);
        assertEquals(List.of("1 call-not-in-body info"), ids(ds));
        assertTrue(ds.get(0).message().contains("another version"), ds.get(0).message());
    }

    // ---------------------------------------------------------------- condition-differs

    @Test
    void conditionDiffersQuotesTheClosestCondition() {
        List<Diagnostic> ds = check("__get_hwpoison_page(page, flags)\n=> if folio = page_folio(page)\n   => return ret\n"
                + "=> if folio == NULL\n   => return 0\n");
        assertEquals(List.of("2 condition-differs warning", "4 condition-differs info"), ids(ds));
    }

    @Test
    void conditionDiffersToleratesAddressMarksArrowsParenthesesAndOneOperand() {
        String note = """
                __get_hwpoison_page(page, flags)
                => if !HWPoisonHandlable(&folio->page, flags)
                   => return -EBUSY
                => if (folio == page_folio(page))
                   => return 1
                get_any_page(p, flags)
                => if HWPoisonHandlable(p, flags)
                   => ret = 1
                => if 如果引用计数不为零
                   => goto try_again
                """;
        assertEquals(List.of(), ids(check(note).stream().filter(d -> d.ruleId().equals("condition-differs")).toList()));
    }

    // ---------------------------------------------------------------- call-order

    @Test
    void callOrderFindsCallsNotedInAnOrderTheSourceNeverRuns() {
        List<Diagnostic> ds = check("__get_unpoison_page(page)\n=> get_page_unless_zero(page)\n"
                + "=> ret = get_hwpoison_hugetlb_folio(folio, &hugetlb, true)\n");
        assertEquals(List.of("3 call-order info"), ids(ds));
    }

    @Test
    void callOrderLeavesAloneTheSourcesOrderAndBodiesThatLoopBack() {
        assertEquals(List.of(), ids(check("__get_unpoison_page(page)\n=> ret = get_hwpoison_hugetlb_folio(folio, &hugetlb, true)\n"
                + "=> get_page_unless_zero(page)\n")));
        // get_any_page jumps back to try_again: any order can run
        assertEquals(List.of(), ids(check("get_any_page(p, flags)\n=> shake_page(p)\n=> ret = __get_hwpoison_page(p, flags)\n")));
    }

    // ---------------------------------------------------------------- untraced-branch

    @Test
    void untracedBranchListsTheArmsOfATracedIfTheNoteLeavesOut() {
        List<Diagnostic> ds = check("get_hwpoison_page(p, flags)\n=> if flags & MF_UNPOISON\n   => ret = __get_unpoison_page(p)\n");
        assertEquals(List.of("1 untraced-branch info"), ids(ds));
        assertTrue(ds.get(0).message().contains("`else` of `if (flags & MF_UNPOISON)` (line 126)"), ds.get(0).message());
    }

    @Test
    void untracedBranchLeavesAloneArmsTracedOrMarkedSkipped() {
        assertEquals(List.of(), ids(check("get_hwpoison_page(p, flags)\n=> if flags & MF_UNPOISON\n   => ret = __get_unpoison_page(p)\n"
                + "-> else\n   => ret = get_any_page(p, flags)\n")));
        assertEquals(List.of(), ids(check("get_hwpoison_page(p, flags)\n## else 先略\n=> if flags & MF_UNPOISON\n"
                + "   => ret = __get_unpoison_page(p)\n")));
        // a note that traces no condition of a body claims none of its arms
        assertEquals(List.of(), ids(check("get_hwpoison_page(p, flags)\n=> ret = get_any_page(p, flags)\n")));
    }

    @Test
    void everySourceRuleHasItsMetadata() {
        for (String id : SOURCE_RULES) {
            LintRule r = LintRule.byId(id).orElseThrow();
            assertTrue(r.description().startsWith("with --source"), id);
        }
        assertEquals(Severity.INFO, LintRule.CALL_ORDER.defaultSeverity());
        assertEquals(Severity.INFO, LintRule.UNTRACED_BRANCH.defaultSeverity());
    }
}
