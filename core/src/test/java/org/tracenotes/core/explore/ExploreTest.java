package org.tracenotes.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.Program;

/** Exploring the reference, the seed against the reference, and buggy notes against the invariants. */
class ExploreTest {

    private static final ReferenceTraces MODEL = ReferenceTraces.softOffline66();

    static Exploration exploreReference() {
        Program ref = Program.ofReference(MODEL);
        return new Explorer(ref, MODEL.function("soft_offline_page").orElseThrow(), null).explore(n -> { });
    }

    static Exploration explore(Note note, boolean vsReference) {
        Program p = Program.of(note, List.of(), MODEL);
        Root root = note.traceBlocks().get(0).roots().get(0);
        return new Explorer(p, root, vsReference ? Program.ofReference(MODEL) : null).explore(n -> { });
    }

    static Note seed() throws Exception {
        return new NoteParser().parse("samples/soft-offline.md",
                Files.readString(Golden.repositoryRoot().resolve("samples/soft-offline.md"), StandardCharsets.UTF_8));
    }

    @Test
    void theReferenceYieldsEachDecisionTableRowAsADistinctPathWithoutViolations() {
        Exploration x = exploreReference();
        assertEquals(List.of(), x.violations(), "the kernel's own trace keeps every invariant");
        Map<String, String> rows = Map.ofEntries(Map.entry("1", "!pfn_valid"), Map.entry("2", "!online"),
                Map.entry("4", "hwpoison, lru, anon, mapped, refcount=1"), Map.entry("5", "buddy"),
                Map.entry("7", "lru, anon, mapped, refcount=1"), Map.entry("8", "lru, anon, mapped, refcount=1, isolate=fail"),
                Map.entry("9", "lru, anon, mapped, refcount=1, migrate=fail"),
                Map.entry("9M", "lru, anon, mapped, refcount=1, migrate=enomem"),
                Map.entry("11", "hugetlb, hugetlb_freed"), Map.entry("13", "hugetlb, hugetlb_migratable, refcount=1"),
                Map.entry("14", "hugetlb, hugetlb_migratable, refcount=1, migrate=enomem"),
                Map.entry("15", "hugetlb, refcount=1"), Map.entry("16", "slab, refcount=1"),
                Map.entry("18", "movable, refcount=1"), Map.entry("19", "thp, anon, lru, mapped, refcount=1"));
        Set<List<Integer>> paths = new HashSet<>();
        for (Map.Entry<String, String> row : rows.entrySet()) {
            ExploredRun r = x.runs().stream().filter(e -> e.start().describe().equals(row.getValue())).findFirst()
                    .orElseThrow(() -> new AssertionError("row " + row.getKey() + " not explored: " + row.getValue()));
            assertTrue(paths.add(r.result().path()), "row " + row.getKey() + " has a path of its own");
        }
        assertTrue(x.paths().size() >= rows.size());
        // row 22: poisoned by memory_failure between get and lock_page: 0, poisoned, references given back
        ExploredRun race = x.runs().stream().filter(e -> e.start().poisonedConcurrently()
                && e.start().describe().startsWith("lru, anon, mapped, refcount=1 +")).findFirst().orElseThrow();
        assertEquals(0L, race.result().result());
        assertEquals(0, race.result().netRefs());
        assertTrue(paths.add(race.result().path()), "row 22 has a path of its own");
    }

    @Test
    void theSeedDivergesFromTheKernelWhereTheGroundTruthSaysItDiffers() throws Exception {
        Exploration x = explore(seed(), true);
        Set<Integer> causeLines = x.divergencesByCause().keySet().stream()
                .filter(k -> k.startsWith("line ")).map(k -> Integer.parseInt(k.substring(5, k.indexOf(':'))))
                .collect(Collectors.toSet());
        // §4.1 item 3: the skipped pfn_valid, offline and already-poisoned exits (lines 11, 12); item 2:
        // flio_try_get (34); item 6: get_any_page returns where the kernel classifies the page (73);
        // item 4: page_handle_poison for a ret that is not positive (93), and its result dropped (95);
        // the elided arms of get_any_page where the kernel retries: `if !ret` (63: a count that is not
        // 0 after the tail race) and `else if ret == -EBUSY` (67: an unhandlable page, -EIO in the kernel)
        assertEquals(Set.of(11, 12, 34, 63, 67, 73, 93, 95), causeLines);
        assertTrue(x.divergencesByCause().entrySet().stream().filter(e -> e.getKey().startsWith("line 67: "))
                .flatMap(e -> e.getValue().stream()).anyMatch(r -> r.start().describe().equals("slab, refcount=1")),
                "the slab page's -EBUSY/-EIO parting starts at the elided -EBUSY arm, not at page_handle_poison");
        // item 6: where the note returns, the kernel goes on to classify the page (the code line 72 says it skips)
        assertTrue(x.divergencesByCause().containsKey("line 73: the kernel goes on to call PageHuge, HWPoisonHandlable;"
                + " the note does not"), x.divergencesByCause().keySet()::toString);
        // item 1: where the folio changes under the lookup, `if folio = page_folio(page)` returns at line 42 and
        // the kernel goes on; it parts the paths in states that end differently (and in some that end alike)
        assertTrue(x.partingCounts().stream().anyMatch(c -> c.parting().line() == 42 && c.divergent() > 0),
                x.partingCounts()::toString);
    }

    @Test
    void withItsTypoFixedTheSeedLeavesAReferenceOnAFolioThePageLeft() throws Exception {
        Note fixed = new NoteParser().parse("fixed.md", seed().text().replace("flio_try_get", "folio_try_get"));
        Exploration x = explore(fixed, false);
        Map.Entry<ExploredRun, Violation> v = x.violations().stream()
                .filter(e -> e.getValue().invariant() == Invariant.LEFT_FOLIO_RELEASED).findFirst()
                .orElseThrow(() -> new AssertionError("violations: " + x.violations()));
        assertTrue(v.getKey().start().folioChanges() && v.getKey().start().given().contains("hugetlb_migratable"));
        assertTrue(v.getKey().result().path().contains(42), "the path returns at line 42: " + v.getKey().result().path());
    }

    @Test
    void aNoteThatForgetsAPutIsCaughtOnTheFilterPath() {
        Note n = new NoteParser().parse("buggy.md", String.join("\n", "```", "soft_offline_page(pfn, flags)",
                "=> if !pfn_valid(pfn):", "   => return -ENXIO", "=> page = pfn_to_online_page(pfn)", "=> if !page:",
                "   => put_ref_page(pfn, flags)", "   => return -EIO",
                "=> ret = get_hwpoison_page(page, flags | MF_SOFT_OFFLINE)", "=> if hwpoison_filter(page):",
                "   ## forgot: if ret > 0: put_page(page)", "   => return -EOPNOTSUPP", "=> if ret > 0:",
                "   => ret = soft_offline_in_use_page(page)", "-> else if ret == 0:",
                "   => if !page_handle_poison(page, true, false):", "      => ret = -EBUSY", "=> return ret", "```", ""));
        Exploration x = explore(n, false);
        List<Map.Entry<ExploredRun, Violation>> v = x.violations().stream()
                .filter(e -> e.getValue().invariant() == Invariant.FAILURE_LEAVES_REFCOUNT).toList();
        assertTrue(!v.isEmpty(), () -> "violations: " + x.violations());
        ExploredRun r = v.get(0).getKey();
        assertTrue(r.start().given().contains("filter"), r.start()::describe);
        assertTrue(r.result().path().contains(12), "the path names the filter exit: " + r.result().path());
        assertEquals(9, v.get(0).getValue().line(), "the get that is never put back");
    }

    @Test
    void aNoteThatPutsTwiceIsCaughtByRefcountNeverNegative() {
        Note n = new NoteParser().parse("buggy.md", String.join("\n", "```", "soft_offline_page(pfn, flags)",
                "=> page = pfn_to_online_page(pfn)", "=> ret = get_hwpoison_page(page, flags | MF_SOFT_OFFLINE)",
                "=> if hwpoison_filter(page):", "   => if ret > 0:", "      => put_page(page)", "      => put_page(page)",
                "   => return -EOPNOTSUPP", "=> return ret", "```", ""));
        Exploration x = explore(n, false);
        Map.Entry<ExploredRun, Violation> v = x.violations().stream()
                .filter(e -> e.getValue().invariant() == Invariant.REFCOUNT_NEVER_NEGATIVE).findFirst()
                .orElseThrow(() -> new AssertionError("violations: " + x.violations()));
        assertEquals(8, v.getValue().line(), "the second put");
        assertTrue(v.getKey().start().given().contains("filter"));
    }

    /** The seed's HTML report opens in headless Chromium; the screenshot stays in target/explore for a person. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
    void theSeedsHtmlReportRendersInHeadlessChromium() throws Exception {
        java.nio.file.Path chromium = java.util.stream.Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(java.nio.file.Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (System.getenv("CI") == null) {
            org.junit.jupiter.api.Assumptions.assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        }
        assertTrue(chromium != null, "chromium must be installed in CI");
        Note seed = seed();
        String html = HtmlExploreReport.render(explore(seed, true), seed);
        assertTrue(html.contains("<span class=\"l all\" id=\"L11\">"), "line 11 runs in every state");
        assertTrue(html.contains("<span class=\"l none\" id=\"L44\">"), "the demotion branch runs in none");
        assertTrue(!html.contains("<script") && !html.contains("http://") || html.contains("http://www.w3.org/2000/svg"),
                "self-contained");
        java.nio.file.Path dir = java.nio.file.Path.of("target/explore").toAbsolutePath();
        Files.createDirectories(dir);
        java.nio.file.Path page = dir.resolve("soft-offline.html");
        Files.writeString(page, html);
        java.nio.file.Path png = dir.resolve("soft-offline.png");
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1400,2200",
                "--screenshot=" + png, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(100, java.util.concurrent.TimeUnit.SECONDS), "chromium did not finish");
        assertTrue(Files.exists(png) && Files.size(png) > 50_000, "no screenshot: see " + dir.resolve("chromium.log"));
    }

    @Test
    void aDoublePutAfterASuccessfulMigrationIsCaughtToo() {
        Note n = new NoteParser().parse("buggy.md", String.join("\n", "```", "soft_offline_page(pfn, flags)",
                "=> page = pfn_to_online_page(pfn)", "=> ret = get_hwpoison_page(page, flags | MF_SOFT_OFFLINE)",
                "=> if ret > 0:", "   => ret = soft_offline_in_use_page(page)", "   => put_page(page)", "=> return ret", "```",
                ""));
        Exploration x = explore(n, false);
        assertTrue(x.violations().stream().anyMatch(e -> e.getValue().invariant() == Invariant.REFCOUNT_NEVER_NEGATIVE
                && e.getValue().line() == 7), () -> "violations: " + x.violations());
    }

    @Test
    void theInvariantsStateSoftOfflinePagesContractOnly() {
        Program ref = Program.ofReference(MODEL);
        Exploration x = new Explorer(ref, MODEL.function("get_any_page").orElseThrow(), null).explore(n -> { });
        assertTrue(!x.checked() && x.violations().isEmpty());
    }

    @Test
    void branchCoverageSaysWhichStatesTakeEachBranch() throws Exception {
        Exploration x = explore(seed(), false);
        assertTrue(x.takenBy().get(86).stream().anyMatch(st -> st.describe().equals("lru, anon, mapped, refcount=1")),
                "the in-use page takes `if ret > 0`");
        assertEquals(0, x.coverage().get(14)[0], "nothing takes the unpoison branch");
        assertTrue(JsonExploreReport.render(x).contains("\"takenBy\" : [ \"!pfn_valid\""));
    }

    static Exploration exploreReference(String function) {
        Program ref = Program.ofReference(MODEL);
        return new Explorer(ref, MODEL.function(function).orElseThrow(), null).explore(n -> { });
    }

    @Test
    void memoryFailureAndUnpoisonKeepTheirInvariantsOnEveryExploredState() {
        for (String f : List.of("memory_failure", "unpoison_memory", "madvise_inject_error")) {
            Exploration x = exploreReference(f);
            assertEquals(List.of(), x.stopped(), f + " runs to a return on every state");
            assertEquals(List.of(), x.violations(), f + ": the kernel's own trace keeps every invariant");
        }
        assertTrue(exploreReference("memory_failure").checked());
        assertTrue(exploreReference("unpoison_memory").checked());
    }

    @Test
    void aNoteThatKeepsMfCountIncreasedOnTheRetryIsCaught() {
        // CVE-2021-47090: soft_offline_page retried with the caller's flag still set; get_any_page then
        // treats the page the first pass already let go of as pinned, and a put drops a reference nobody holds
        String text = MODEL.note().text();
        String clear = "         => flags = flags & ~MF_COUNT_INCREASED\n";
        assertTrue(text.contains(clear));
        Note buggy = new NoteParser().parse("cve-2021-47090.md", text.replace(clear, ""));
        Program p = Program.of(buggy, List.of(), MODEL);
        Exploration x = new Explorer(p, p.root("soft_offline_page").orElseThrow(), null).explore(n -> { });
        Map.Entry<ExploredRun, Violation> v = x.violations().stream()
                .filter(e -> e.getValue().invariant() == Invariant.REFCOUNT_NEVER_NEGATIVE).findFirst()
                .orElseThrow(() -> new AssertionError("violations: " + x.violations()));
        assertTrue(v.getKey().start().given().containsAll(List.of("refcount=0", "flags=MF_COUNT_INCREASED",
                "take_off=fail")), v.getKey().start()::describe);
        assertTrue(exploreReference("soft_offline_page").violations().isEmpty(), "the kernel clears the flag");
    }

    @Test
    void aMemoryFailureNoteThatKeepsPoisonOnTheFilterPathIsCaught() {
        String text = MODEL.note().text();
        String clear = "=> if hwpoison_filter(p):\n   => ClearPageHWPoison(p)\n";
        assertTrue(text.contains(clear));
        Note buggy = new NoteParser().parse("mf.md", text.replace(clear, "=> if hwpoison_filter(p):\n"));
        Program p = Program.of(buggy, List.of(), MODEL);
        Exploration x = new Explorer(p, p.root("memory_failure").orElseThrow(), null).explore(n -> { });
        assertTrue(x.violations().stream().anyMatch(e -> e.getValue().invariant() == Invariant.MF_POISONED_UNLESS_FILTERED
                && e.getKey().start().given().contains("filter")), () -> "violations: " + x.violations());
    }
}
