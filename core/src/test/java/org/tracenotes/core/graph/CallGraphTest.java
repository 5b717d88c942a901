package org.tracenotes.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/** The call graph of the user's note, and the graph's queries. */
class CallGraphTest {

    static CallGraph seed;

    @BeforeAll
    static void build() {
        Note note = ((NoteLoader.Loaded) new NoteLoader(new NoteParser())
                .load(Golden.repositoryRoot().resolve("samples/soft-offline.md"))).note();
        seed = CallGraph.of(List.of(note));
    }

    @org.junit.jupiter.api.Test
    void functionsThePageModelKnowsAreOfKindModel() {
        Note note = ((NoteLoader.Loaded) new NoteLoader(new NoteParser())
                .load(Golden.repositoryRoot().resolve("samples/soft-offline.md"))).note();
        CallGraph g = CallGraph.of(List.of(note), org.tracenotes.core.kernel.ReferenceTraces::modelled);
        org.junit.jupiter.api.Assertions.assertEquals(FunctionKind.MODEL, g.kind("folio_put"));
        org.junit.jupiter.api.Assertions.assertEquals(FunctionKind.MODEL, g.kind("HWPoisonHandlable"));
        org.junit.jupiter.api.Assertions.assertEquals(FunctionKind.UNKNOWN, g.kind("flio_try_get"));
        org.junit.jupiter.api.Assertions.assertEquals(FunctionKind.MODEL, g.kind("__get_unpoison_page"));
        org.junit.jupiter.api.Assertions.assertEquals(FunctionKind.TRACED, g.kind("get_any_page"));
        org.junit.jupiter.api.Assertions.assertEquals(FunctionKind.DECLARED, g.kind("soft_offline_in_use_page"));
    }

    static Note parse(String name, String text) {
        return new NoteParser().parse(name, text);
    }

    @Test
    void seedHasExactlyTheEdgesItsTracedFunctionsCall() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (String f : seed.functions()) {
            if (seed.kind(f) == FunctionKind.TRACED) {
                actual.put(f, new TreeSet<>(seed.callees(f)));
            }
        }
        Map<String, Set<String>> expected = new TreeMap<>(Map.of(
                "soft_offline_page", new TreeSet<>(Set.of("pfn_to_online_page", "get_hwpoison_page", "hwpoison_filter",
                        "put_page", "soft_offline_in_use_page", "page_handle_poison")),
                "get_hwpoison_page", new TreeSet<>(Set.of("__get_unpoison_page", "get_any_page")),
                "get_any_page", new TreeSet<>(Set.of("__get_hwpoison_page")),
                "__get_hwpoison_page", new TreeSet<>(Set.of("get_hwpoison_hugetlb_folio", "page_folio", "folio_put",
                        "HWPoisonHandlable", "folio_try_get")),
                "get_hwpoison_hugetlb_folio", new TreeSet<>(Set.of("folio_test_hugetlb", "folio_test_hugetlb_freed",
                        "folio_test_hugetlb_migratable", "flio_try_get"))));
        assertEquals(expected, actual);
    }

    @Test
    void verticesHaveKinds() {
        assertEquals(FunctionKind.TRACED, seed.kind("get_any_page"));
        assertEquals(FunctionKind.DECLARED, seed.kind("soft_offline_in_use_page"));
        assertEquals(FunctionKind.UNKNOWN, seed.kind("flio_try_get"));
        assertTrue(seed.unknown().contains("folio_try_get"));
    }

    @Test
    void everyCallSiteIsItsOwnEdgeWithItsPlaceAndContext() {
        List<CallSite> toPageFolio = seed.callSitesIn("__get_hwpoison_page").stream()
                .filter(s -> s.callee().equals("page_folio")).toList();
        assertEquals(List.of(41, 46, 55), toPageFolio.stream().map(s -> s.range().line()).toList());
        assertEquals(CallSite.Context.CONDITION, toPageFolio.get(0).context());
        assertEquals(CallSite.Context.STEP, toPageFolio.get(1).context());
        CallSite filter = seed.callSitesIn("soft_offline_page").stream()
                .filter(s -> s.callee().equals("hwpoison_filter")).findFirst().orElseThrow();
        assertEquals(CallSite.Context.CONDITION, filter.context());
        assertEquals("82:7", filter.range().start());
    }

    @Test
    void callsInArgumentsCount() {
        CallGraph g = CallGraph.of(List.of(parse("a.md", "```\nf()\n=> x = g(h(1))\n=> k()\n```\n")));
        assertEquals(Set.of("g", "h", "k"), g.callees("f"));
        assertEquals(CallSite.Context.ARGUMENT,
                g.callSitesIn("f").stream().filter(s -> s.callee().equals("h")).findFirst().orElseThrow().context());
    }

    @Test
    void oneVertexAcrossNotesAndIndirectTargets() {
        Note a = parse("a.md", "```\nfoo()\n=> bar()\n   => baz()\n=> qux()\n```\n");
        Note b = parse("b.md", "```\nbaz()\n-> ops->handle(x)\n=> real_handle()\n-> done()\n```\n");
        CallGraph g = CallGraph.of(List.of(a, b));
        assertEquals(1, g.definitions("baz").size());
        assertEquals(Set.of("bar"), g.callers("baz"), "called in one note, traced in the other: one vertex");
        assertEquals(FunctionKind.TRACED, g.kind("baz"));
        assertEquals(Set.of("baz"), g.callers("real_handle"));
        CallSite indirect = g.callSitesIn("baz").stream().filter(s -> s.callee().equals("real_handle"))
                .findFirst().orElseThrow();
        assertEquals(CallSite.Kind.INDIRECT, indirect.kind());
        assertEquals(List.of("bar", "baz", "real_handle"),
                g.path("foo", "real_handle").orElseThrow().stream().map(CallSite::callee).toList());
    }

    @Test
    void queriesFindReachableCyclesEntriesAndUnreached() {
        Note n = parse("c.md", "```\na()\n=> b()\n=> c()\n\nb()\n=> a()\n\nd()\n=> d()\n=> e()\n```\n");
        CallGraph g = CallGraph.of(List.of(n));
        assertEquals(List.of(Set.of("a", "b"), Set.of("d")), g.cycles());
        assertEquals(Set.of("a", "b", "c"), g.reachableFrom("a"));
        assertEquals(Set.of("a", "b", "c"), g.reachableFrom("a", 1));
        assertEquals(Set.of("d"), g.entries(), "a and b call each other; d only calls itself");
        assertEquals(Set.of("a", "b"), g.unreached());
        assertEquals(Set.of("c", "e"), g.unknown());
    }

    @Test
    void narrowingToAnEntryKeepsOnlyWhatItReaches() {
        Note n = parse("d.md", "```\na()\n=> b()\n=> c()\n\nx()\n=> y()\n=> z()\n```\n");
        CallGraph around = CallGraph.of(List.of(n)).around("a", 1);
        assertEquals(Set.of("a", "b", "c"), around.functions());
        assertEquals(Set.of("a"), around.entries());
        assertEquals(Set.of("b", "c"), around.unknown());
    }

    @Test
    void blocksWithoutANamedRootDefineNoFunction() {
        Note n = parse("e.md", "# Some text\n```\n=> a()\n=> b()\n```\n\n```\n=> c()\n=> d()\n```\n");
        CallGraph g = CallGraph.of(List.of(n));
        assertTrue(g.functions().stream().noneMatch(f -> f.startsWith("(")), g.functions().toString());
    }
}
