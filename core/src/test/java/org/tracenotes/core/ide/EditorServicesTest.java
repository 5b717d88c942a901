package org.tracenotes.core.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.lint.Linter;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.ForcePlan;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.TraceRunner;

/** The editor services on the seed note: what an editor colours, folds, outlines, links and highlights. */
class EditorServicesTest {

    private static final ReferenceTraces MODEL = ReferenceTraces.softOffline66();
    private static final Note SEED = seed();

    private static Note seed() {
        try {
            String text = Files.readString(Golden.repositoryRoot().resolve("samples/soft-offline.md"), StandardCharsets.UTF_8);
            return new NoteParser().parse("samples/soft-offline.md", text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String at(Highlights.Highlight h) {
        return h.kind() + " " + SEED.text().substring(h.offset(), h.end());
    }

    private static int offsetOf(int line, String text) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            start = SEED.text().indexOf('\n', start) + 1;
        }
        int at = SEED.text().indexOf(text, start);
        assertTrue(at >= 0 && at < SEED.text().indexOf('\n', start), text + " on line " + line);
        return at;
    }

    @Test
    void highlightsColourArrowsKeywordsFunctionsAndComments() {
        List<Highlights.Highlight> all = Highlights.of(SEED);
        List<String> line12to17 = all.stream()
                .filter(h -> h.offset() >= offsetOf(12, "=>") && h.offset() < offsetOf(17, "get_any_page"))
                .map(EditorServicesTest::at).toList();
        assertEquals(List.of("ARROW =>", "FUNCTION get_hwpoison_page", "COMMENT ## online operation", "ARROW =>",
                "KEYWORD if", "ARROW =>", "FUNCTION __get_unpoison_page", "ARROW ->", "KEYWORD else", "ARROW =>"), line12to17);
        assertTrue(all.stream().map(EditorServicesTest::at).anyMatch(s -> s.equals("SKIPPED ## 和 hotplug相关先不看")));
        assertTrue(all.stream().map(EditorServicesTest::at).anyMatch(s -> s.equals("FUNCTION soft_offline_page")));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).end() <= all.get(i).offset(), "sorted, no overlap at " + all.get(i));
        }
        assertTrue(all.stream().noneMatch(h -> h.offset() < offsetOf(9, "soft_offline_page")), "nothing before the fence");
    }

    @Test
    void foldsFollowTheIndentationOfBodies() {
        List<Folds.Fold> folds = Folds.of(SEED);
        assertTrue(folds.contains(new Folds.Fold(9, 95)), "the traced function: " + folds);
        assertTrue(folds.contains(new Folds.Fold(12, 77)), "get_hwpoison_page expanded inline: " + folds);
        assertTrue(folds.contains(new Folds.Fold(91, 93)), "the final else: " + folds);
        assertTrue(folds.stream().allMatch(f -> f.endLine() > f.startLine()));
    }

    @Test
    void outlineShowsTheFiveTracedFunctionsWithCallsAndBranches() {
        List<OutlineTree.Node> roots = OutlineTree.of(SEED);
        assertEquals(1, roots.size());
        assertEquals("soft_offline_page(pfn, flags)", roots.get(0).label());
        List<String> traced = new ArrayList<>();
        collect(roots, traced, Set.of(OutlineTree.Kind.FUNCTION, OutlineTree.Kind.EXPANSION));
        assertEquals(List.of("soft_offline_page(pfn, flags)", "get_hwpoison_page", "get_any_page", "__get_hwpoison_page",
                "get_hwpoison_hugetlb_folio"), traced);
        List<String> top = roots.get(0).children().stream().map(n -> n.kind() + " " + n.label()).toList();
        assertEquals(List.of("CALL pfn_to_online_page", "EXPANSION get_hwpoison_page", "BRANCH if hwpoison_filter(page)",
                "BRANCH if ret > 0", "BRANCH else"), top);
    }

    private static void collect(List<OutlineTree.Node> nodes, List<String> out, Set<OutlineTree.Kind> kinds) {
        for (OutlineTree.Node n : nodes) {
            if (kinds.contains(n.kind())) {
                out.add(n.label());
            }
            collect(n.children(), out, kinds);
        }
    }

    @Test
    void aCalledFunctionLinksToItsExpansionOrTheReferenceTrace() {
        Navigation nav = new Navigation(SEED, List.of(), MODEL);
        Navigation.Symbol put = nav.symbolAt(offsetOf(45, "folio_put") + 3).orElseThrow();
        assertEquals("folio_put", put.name());
        Navigation.Symbol hugetlb = nav.symbolAt(offsetOf(24, "get_hwpoison_hugetlb_folio") + 1).orElseThrow();
        List<Navigation.Target> targets = nav.definitions(hugetlb);
        assertEquals(ReferenceTraces.SOFT_OFFLINE_6_6, targets.get(targets.size() - 1).source());
        assertEquals(Navigation.Where.REFERENCE, targets.get(targets.size() - 1).where());
        Navigation.Symbol any = nav.symbolAt(offsetOf(17, "get_any_page")).orElseThrow();
        assertTrue(nav.hover(any).startsWith("get_any_page — traced\n"), nav.hover(any));
        assertTrue(nav.hover(any).contains("expanded inline 1 time\nLinux 6.6 reference trace: int get_any_page(struct page *p, unsigned long flags)"),
                nav.hover(any));
        Navigation.Symbol typo = nav.symbolAt(offsetOf(34, "flio_try_get")).orElseThrow();
        assertTrue(nav.hover(typo).contains("did you mean `folio_try_get`?"), nav.hover(typo));
        assertTrue(nav.symbolAt(offsetOf(5, "MF_COUNT_INCREASED")).isEmpty(), "prose has no symbols");
    }

    @Test
    void aCallLinksToItsRootInAnotherNoteBeforeTheReference() {
        Note a = new NoteParser().parse("/notes/a.md", "```\nf(x)\n=> get_any_page(x, 0)\n=> g(x)\n```\n");
        Note b = new NoteParser().parse("/notes/b.md", "```\nget_any_page(p, flags)\n=> ret = 1\n=> return ret\n```\n");
        Navigation nav = new Navigation(a, List.of(a, b), MODEL);
        Navigation.Symbol call = nav.symbolAt(a.text().indexOf("get_any_page")).orElseThrow();
        assertEquals(List.of("ROOT /notes/b.md:2", "REFERENCE " + ReferenceTraces.SOFT_OFFLINE_6_6 + ":" + MODEL.function(
                "get_any_page").orElseThrow().range().line()), nav.definitions(call).stream()
                .map(t -> t.where() + " " + t.source() + ":" + t.range().line()).toList());
        Navigation.Symbol unknown = nav.symbolAt(a.text().indexOf("g(x)")).orElseThrow();
        assertEquals(List.of(), nav.definitions(unknown));
        assertTrue(nav.hover(nav.symbolAt(a.text().indexOf("get_any_page")).orElseThrow())
                .contains("traced: get_any_page(p, flags) (/notes/b.md:2)"));
    }

    @Test
    void theInUseLruRunCoversExactlyItsPathAndShowsValues() {
        TraceRunner.Runs runs = assertInstanceOf(TraceRunner.Runs.class, TraceRunner.run(SEED, List.of(), MODEL,
                new TraceRunner.Request(null, "lru-anon", List.of(), Map.of(), false, RunOptions.defaults())));
        TraceRunner.Run run = runs.runs().get(0);
        LineCoverage cov = LineCoverage.of(run.result(), run.events());
        assertEquals(new TreeSet<>(run.result().path()), cov.lines().keySet());
        assertEquals(LineCoverage.Status.NOT_TAKEN, cov.lines().get(14), "if flags & MF_UNPOISON is false");
        assertEquals(LineCoverage.Status.RAN, cov.lines().get(16), "the else is taken");
        assertTrue(cov.values().get(12).stream().anyMatch(v -> v.startsWith("ret = ")), cov.values().toString());
    }

    @Test
    void executingTheFinalElseRunsPageHandlePoison() {
        var forces = ForcePlan.toReach(SEED, 91).orElseThrow();
        TraceRunner.Runs runs = assertInstanceOf(TraceRunner.Runs.class, TraceRunner.run(SEED, List.of(), MODEL,
                new TraceRunner.Request(null, "lru-anon", List.of(), forces, false, RunOptions.defaults())));
        TraceRunner.Run run = runs.runs().get(0);
        LineCoverage cov = LineCoverage.of(run.result(), run.events());
        assertEquals(LineCoverage.Status.FORCED, cov.lines().get(91));
        assertEquals(LineCoverage.Status.RAN, cov.lines().get(93));
        assertTrue(!cov.lines().containsKey(90), "the if's body did not run");
    }

    @Test
    void quickFixesRepairTheSeedsThreeWarnings() {
        List<Diagnostic> findings = new Linter(List.of(SEED), null, MODEL).lint(SEED, LintConfig.defaults());
        String text = SEED.text();
        Map<String, String> fixed = new java.util.TreeMap<>();
        for (Diagnostic d : findings) {
            QuickFixes.of(SEED, d).ifPresent(f -> {
                String after = f.apply(text);
                int line = d.range().line();
                fixed.put(d.ruleId(), after.lines().skip(line - 1).findFirst().orElseThrow().strip());
            });
        }
        assertEquals(Map.of("assignment-in-condition", "=> if folio == page_folio(page)",
                "else-step-arrow", "-> else if ret == -EBUSY",
                "unknown-function", "=> ret = folio_try_get(folio)"), fixed);
    }

    @Test
    void aTraceFileInAnEditorIsOneTraceBlockAsLintReadsIt() {
        String trace = "f(x)\n=> g(x)\n=> return 0\n";
        Note note = EditorNotes.parse(java.nio.file.Path.of("/tmp/x.trace"), "/tmp/x.trace", trace);
        assertEquals(List.of("f(x)"), OutlineTree.of(note).stream().map(OutlineTree.Node::label).toList());
        Note asMarkdown = EditorNotes.parse(java.nio.file.Path.of("/tmp/x.md"), "/tmp/x.md", trace);
        assertTrue(asMarkdown.traceBlocks().isEmpty() || !asMarkdown.equals(note));
    }

    @Test
    void aQuickFixOnAFindingWhoseTextMovedIsNotOffered() {
        List<Diagnostic> findings = new Linter(List.of(SEED), null, MODEL).lint(SEED, LintConfig.defaults());
        String moved = SEED.text().substring(5);
        Note edited = new NoteParser().parse(SEED.source(), moved);
        for (Diagnostic d : findings) {
            if (QuickFixes.rules().contains(d.ruleId())) {
                // the range is stale by five characters: no fix may be computed from it
                assertTrue(QuickFixes.of(edited, d).isEmpty(), d.ruleId() + " on moved text");
            }
        }
    }

    @Test
    void aRunStoppedInACalleeElsewhereMarksTheNotesRunningLine() {
        Note caller = new NoteParser().parse("a.md", "```\ncaller()\n=> x = 1\n=> callee()\n```\n");
        Note callee = new NoteParser().parse("b.md", "```\ncallee()\n=> y = 1\n=> flio_try_get(y)\n```\n");
        TraceRunner.Runs runs = assertInstanceOf(TraceRunner.Runs.class, TraceRunner.run(caller, List.of(callee), MODEL,
                TraceRunner.Request.of(null, null, List.of())));
        TraceRunner.Run run = runs.runs().get(0);
        LineCoverage cov = LineCoverage.of(run.result(), run.events());
        assertEquals(Map.of(3, LineCoverage.Status.RAN, 4, LineCoverage.Status.STOPPED), cov.lines());
    }

    @Test
    void modelPageKindsAreScenariosOfEveryNote() {
        var r = TraceRunner.run(SEED, List.of(), MODEL, TraceRunner.Request.of(null, "lru-anno", List.of()));
        String msg = assertInstanceOf(TraceRunner.Invalid.class, r).message();
        assertTrue(msg.contains("did you mean `lru-anon`?"), msg);
        assertTrue(msg.contains("the model's page kinds: invalid-pfn, offline"), msg);
        Set<String> scenarios = ((TraceRunner.Runs) TraceRunner.run(SEED, List.of(), MODEL,
                TraceRunner.Request.of(null, "free-buddy", List.of()))).results().stream()
                .map(x -> x.scenario()).collect(Collectors.toSet());
        assertEquals(Set.of("free-buddy"), scenarios);
    }
}
