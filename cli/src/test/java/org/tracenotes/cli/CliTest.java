package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: output, exit codes, messages. */
class CliTest {

    static final Path ROOT = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize();
    static final String SEED = ROOT.resolve("samples/soft-offline.md").toString();

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TracenotesCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checkOfTheSeedIsCleanAndExitsZero() {
        Run r = run("check", SEED);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("checked 1 note: 0 errors, 0 warnings\n", r.err());
    }

    @Test
    void checkPrintsGccStyleDiagnosticsAndExitsOneOnErrors(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("a.md");
        Files.write(bin, new byte[] {'a', 0, 'b'});
        Path warn = dir.resolve("b.md");
        Files.writeString(warn, "```\nf()\n=> a()\n-> else\n```\n");
        Run r = run("check", dir.toString());
        assertEquals(1, r.code());
        assertEquals(bin + ":1:1: error: binary file (NUL byte at offset 1), not a note [binary-input]\n"
                + warn + ":4:1: warning: `else` has no open `if` at this level [else-without-if]\n", r.out());
    }

    @Test
    void warningsAloneExitZeroAndCanBeFiltered(@TempDir Path dir) throws Exception {
        Path warn = dir.resolve("b.md");
        Files.writeString(warn, "```\nf()\n=> a()\n-> else\n```\n");
        assertEquals(0, run("check", warn.toString()).code());
        assertEquals("", run("check", "--min-severity", "error", warn.toString()).out());
    }

    @Test
    void unreadableInputAndUsageErrorsExitTwo(@TempDir Path dir) {
        Run missing = run("check", dir.resolve("nope.md").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith(dir.resolve("nope.md") + ": error: no such file"), missing.err());
        Run badOption = run("check", "--frobnicate", SEED);
        assertEquals(2, badOption.code());
        assertTrue(badOption.err().contains("Unknown option: '--frobnicate'"), badOption.err());
        assertEquals(2, run("check").code());
        assertEquals(2, run("outline", "--format", "yaml", SEED).code());
        assertEquals(2, run("check", "--tab-width", "0", SEED).code());
        assertEquals(2, run("check", "--dialect", "lisp", SEED).code());
        assertEquals(2, run().code());
    }

    @Test
    void typoInACommandSuggestsTheRightOne() {
        Run r = run("chek", SEED);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("check"), r.err());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("check") && help.out().contains("outline"), help.out());
        assertEquals(0, run("check", "--help").code());
        assertEquals(0, run("--version").code());
    }

    @Test
    void outlineTextOfTheSeedMatchesGolden() throws Exception {
        Run r = run("outline", SEED);
        assertEquals(0, r.code(), r.err());
        assertGolden("soft-offline.outline.txt", r.out().replace(SEED, "samples/soft-offline.md"));
    }

    @Test
    void outlineJsonOfTheSeedIsTheDocumentedSchema() throws Exception {
        Run r = run("outline", "--format", "json", SEED);
        assertEquals(0, r.code(), r.err());
        String json = r.out();
        assertTrue(json.startsWith("{\n  \"schema\" : \"tracenotes.outline/1\""), json.substring(0, 60));
        assertGolden("soft-offline.outline.json", json.replace(SEED, "samples/soft-offline.md"));
    }

    static final String ANNOTATED = ROOT.resolve("samples/soft-offline.annotated.md").toString();

    @Test
    void runOfTheSeedPrintsTheLinesThatRanAndMatchesGolden() throws Exception {
        Run r = run("run", SEED, "--given", "lru,anon,mapped,refcount=1");
        assertEquals(0, r.code(), r.err());
        assertGolden("soft-offline.run.in-use-lru.txt", r.out().replace(SEED, "samples/soft-offline.md"));
    }

    @Test
    void runOfEveryAnnotatedScenarioPrintsAJsonArrayAndExitsZero() throws Exception {
        Run r = run("run", ANNOTATED, "--scenario", "all", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertGolden("soft-offline.annotated.run.json", r.out().replace(ANNOTATED, "samples/soft-offline.annotated.md"));
    }

    @Test
    void runExitsOneWhenARunStopsOrAnExpectationFails() {
        Run stops = run("run", SEED, "--given", "hugetlb,hugetlb_migratable,refcount=1");
        assertEquals(1, stops.code());
        assertTrue(stops.out().contains("outcome   unknown-function: `flio_try_get` (line 34)"), stops.out());
        Run forced = run("run", ANNOTATED, "--scenario", "in-use-lru", "--force", "123");
        assertEquals(1, forced.code(), "forcing the free-page arm breaks the scenario's expectations");
        assertTrue(forced.out().contains("FAILED"), forced.out());
    }

    @Test
    void runRefusesBadKeysScenariosAndBranchLinesWithExitTwo() {
        Run key = run("run", SEED, "--given", "colour");
        assertEquals(2, key.code());
        assertTrue(key.err().startsWith("tracenotes run: --given: unknown key `colour`; valid keys: pfn_valid"), key.err());
        Run value = run("run", SEED, "--given", "migrate=maybe");
        assertEquals(2, value.code());
        assertTrue(value.err().contains("migrate takes ok, fail or enomem, not `migrate=maybe`"), value.err());
        Run line = run("run", SEED, "--force", "12");
        assertEquals(2, line.code());
        assertTrue(line.err().contains("line 12 of"), line.err());
        assertEquals(2, run("run", SEED, "--force", "twelve").code());
        assertEquals(2, run("run", SEED, "--scenario", "nope").code());
        assertEquals(2, run("run", SEED, "--trace", "nope").code());
        assertEquals(2, run("run", SEED, "--max-steps", "0").code());
    }

    @Test
    void runTakesTheModelsPageKindsAsScenariosOfAnyNote() {
        Run r = run("run", SEED, "--scenario", "lru-anon");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("soft_offline_page · scenario lru-anon · "), r.out());
        assertTrue(r.out().contains("outcome   returned 0\n"), r.out());
        Run typo = run("run", SEED, "--scenario", "lru-anno");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("no scenario `lru-anno` (did you mean `lru-anon`?); the note declares none; "
                + "the model's page kinds: invalid-pfn, offline, already-poisoned, free-buddy, lru-anon"), typo.err());
    }

    @Test
    void runReferenceRunsTheKernelsTraceOfTheRootsFunction() {
        Run r = run("run", SEED, "--reference", "--given", "slab,refcount=1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"result\" : -5"), r.out());
        assertTrue(r.out().contains("\"source\" : \"reference/soft-offline-6.6.md\""), r.out());
    }

    @Test
    void runReferenceTraceNeedsNoFileAndReportsTheActionAndTheKills() {
        Run r = run("run", "--reference", "--trace", "memory_failure", "--given",
                "refcount=2,lru,file,mapped,dirty,early_kill", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"action\" : \"DIRTY_LRU/RECOVERED\""), r.out());
        assertTrue(r.out().contains("\"killed\" : \"SIGBUS BUS_MCEERR_AO to 1 task (forced)\""), r.out());
        Run x = run("explore", "--reference", "--trace", "unpoison_memory");
        assertEquals(0, x.code(), x.err());
        assertTrue(x.out().contains("invariant violations: none"), x.out());
        Run bad = run("run", "--reference");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("a FILE is needed, unless --reference --trace FUNCTION"), bad.err());
    }

    @Test
    void aRunOfMemoryFailureChecksItsInvariants(@TempDir Path dir) throws Exception {
        String text = org.tracenotes.core.kernel.ReferenceTraces.softOffline66().note().text();
        String clear = "=> if hwpoison_filter(p):\n   => ClearPageHWPoison(p)\n";
        assertTrue(text.contains(clear));
        Path note = dir.resolve("mf.md");
        Files.writeString(note, text.replace(clear, "=> if hwpoison_filter(p):\n"));
        Run r = run("run", note.toString(), "--trace", "memory_failure", "--given", "lru,anon,mapped,refcount=1,filter");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(": mf-poisoned-unless-filtered: returns -95 (-EOPNOTSUPP) with PG_hwpoison set"),
                r.out());
        assertTrue(r.err().contains("1 invariant violation(s)"), r.err());
        assertEquals(0, run("run", note.toString(), "--trace", "memory_failure", "--given", "lru,anon,mapped,refcount=1")
                .code(), "the same note keeps the contract where the filter lets the page through");
    }

    @Test
    void lintOfTheSeedPrintsItsFindingsAndExitsZeroWithoutErrors() throws Exception {
        Run r = run("lint", SEED);
        assertEquals(0, r.code(), r.err());
        assertGolden("soft-offline.lint.txt", r.out().replace(SEED, "samples/soft-offline.md"));
        assertEquals("linted 1 note: 0 errors, 3 warnings, 10 infos\n", r.err());
        Run strict = run("lint", "--max-warnings", "2", SEED);
        assertEquals(1, strict.code(), "more warnings than allowed");
        assertEquals(0, run("lint", "--max-warnings", "3", SEED).code());
    }

    @Test
    void lintFormatsAndRuleList(@TempDir Path dir) throws Exception {
        Run sarif = run("lint", "--format", "sarif", SEED);
        assertTrue(sarif.out().contains("\"version\" : \"2.1.0\""), sarif.out());
        Run gh = run("lint", "--format", "github", SEED);
        assertTrue(gh.out().contains("::warning file="), gh.out());
        Run junit = run("lint", "--format", "junit", "-o", dir.resolve("lint.xml").toString(), SEED);
        assertEquals(0, junit.code());
        assertTrue(Files.readString(dir.resolve("lint.xml")).contains("<testcase"));
        Run rules = run("lint", "--list-rules");
        assertEquals(0, rules.code());
        assertTrue(rules.out().contains("else-step-arrow") && rules.out().contains("(fmt fixes it)"), rules.out());
    }

    @Test
    void lintExitsOneOnErrorsAndTwoOnBadInput(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("a.md");
        Files.writeString(bad, "```\n## @scenario s: colour\nf()\n=> a()\n=> b()\n```\n");
        Run errors = run("lint", bad.toString());
        assertEquals(1, errors.code());
        assertTrue(errors.out().contains("[invalid-scenario]"), errors.out());
        assertEquals(2, run("lint", dir.resolve("missing.md").toString()).code());
        assertEquals(2, run("lint", "--max-warnings", "-2", SEED).code());
        assertEquals(2, run("lint", "--symbols", dir.resolve("nope").toString(), SEED).code());
        assertEquals(2, run("lint", "--color", "purple", SEED).code());
    }

    @Test
    void fmtCheckExitsOneThenFmtFixesAndCheckPasses(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("soft-offline.md");
        Files.copy(Path.of(SEED), f);
        Run check = run("fmt", "--check", f.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().contains(":67: would fix [else-step-arrow]"), check.out());
        assertEquals(Files.readString(Path.of(SEED)), Files.readString(f), "--check writes nothing");
        assertEquals(0, run("fmt", f.toString()).code());
        assertEquals(0, run("fmt", "--check", f.toString()).code());
        Path binary = dir.resolve("b.md");
        Files.write(binary, new byte[] {'a', 0});
        Run refused = run("fmt", binary.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("not written"), refused.err());
    }

    @Test
    void exploreReportsPathsViolationsAndDivergences(@TempDir Path dir) throws Exception {
        Run ref = run("explore", "--reference", SEED);
        assertEquals(0, ref.code(), ref.err());
        assertTrue(ref.out().contains("invariant violations: none"), ref.out());
        Run seed = run("explore", "--vs-reference", SEED);
        assertEquals(1, seed.code(), "the seed breaks invariants and diverges");
        assertTrue(seed.out().contains("line 93: the note calls page_handle_poison"), seed.out());
        Run json = run("explore", "--format", "json", SEED);
        assertTrue(json.out().contains("\"schema\" : \"tracenotes.explore/1\""), json.out());
        Path html = dir.resolve("x.html");
        assertEquals(1, run("explore", "--vs-reference", "-f", "html", "-o", html.toString(), SEED).code());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertEquals(2, run("explore", "--trace", "nope", SEED).code());
    }

    /** Same golden files as core's model tests: the CLI must print exactly the model's outline. */
    private static void assertGolden(String name, String actual) throws Exception {
        Path golden = ROOT.resolve("core/src/test/resources/golden").resolve(name);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    @Test
    void graphPrintsDotByDefaultAndEveryFormatOnRequest(@TempDir Path dir) throws Exception {
        Run dot = run("graph", SEED);
        assertEquals(0, dot.code(), dot.err());
        assertTrue(dot.out().startsWith("digraph calls {"), dot.out());
        assertTrue(run("graph", "-f", "mermaid", SEED).out().startsWith("flowchart TD\n"));
        assertTrue(run("graph", "-f", "json", SEED).out().contains("\"schema\" : \"tracenotes.callgraph/1\""));
        Path svg = dir.resolve("g.svg");
        Run r = run("graph", "-f", "svg", "--path", "soft_offline_page:flio_try_get", "-o", svg.toString(), SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(svg).startsWith("<svg "));
    }

    @Test
    void graphEntryAndDepthCutTheGraph() {
        Run r = run("graph", "-f", "json", "--entry", "get_any_page", "--depth", "1", SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"__get_hwpoison_page\""));
        assertTrue(!r.out().contains("\"page_folio\""), "two calls away");
    }

    @Test
    void graphUnknownEntrySuggestsTheNearestNames() {
        Run r = run("graph", "--entry", "get_any_pag", SEED);
        assertEquals(2, r.code());
        assertEquals("tracenotes graph: no function 'get_any_pag' in the graph; did you mean get_any_page?\n", r.err());
        assertEquals(2, run("graph", "-f", "png", SEED).code());
    }

    @Test
    void graphNarrowsBeforeHighlightingAndChecksItsOptions() {
        Run both = run("graph", "-f", "mermaid", "--entry", "get_any_page", "--path", "get_any_page:flio_try_get", SEED);
        assertEquals(0, both.code(), both.err());
        assertTrue(both.out().contains(" onpath\n") && !both.out().contains("null"), both.out());
        Run text = run("graph", "-f", "text", "--entry", "get_any_page", SEED);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("11 functions, 13 call sites\n\nget_any_page  [traced]"), text.out());
        assertEquals(2, run("graph", "--depth", "1", SEED).code(), "--depth needs --entry");
        assertEquals(2, run("graph", "--entry", "get_any_page", "--depth", "-1", SEED).code());
        assertEquals(2, run("graph", "--path", "soft_offline_page", SEED).code());
    }

    @Test
    void outlineFormatIsCaseInsensitiveAndErrorsExitOne(@TempDir Path dir) throws Exception {
        assertEquals(0, run("outline", "-f", "JSON", SEED).code());
        Path bin = dir.resolve("a.md");
        Files.write(bin, new byte[] {'a', 0, 'b'});
        Run r = run("outline", bin.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("[binary-input]"), r.err());
    }
}
