package org.tracenotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.Golden;
import org.tracenotes.core.graph.CallCollector;
import org.tracenotes.core.graph.CallSite;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.lint.Linter;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.parse.ParseOptions;

/** extract: the note of a function parses cleanly, has the source's call graph, and lint --source finds nothing in it. */
class NoteExtractorTest {

    @TempDir
    static Path dir;

    static SourceIndex index;

    @BeforeAll
    static void open() throws Exception {
        index = KernelFixture.open(dir);
    }

    static NoteExtractor.Extracted extract(String function, int depth) {
        return assertInstanceOf(NoteExtractor.Extracted.class, NoteExtractor.extract(index, function, depth));
    }

    static Note parse(String text) {
        return new NoteParser(ParseOptions.defaults()).parse("extracted.md", text);
    }

    /**
     * Every function of the fixture whose note has two steps or more (no macros, no prototypes): a block
     * of one arrow line is read as code, not as a trace, whoever writes it.
     */
    static List<String> functions() {
        List<String> out = new ArrayList<>();
        for (String n : new TreeSet<>(index.knownNames())) {
            if (index.lookup(n).stream().anyMatch(f -> !f.marks().contains("macro") && !f.body().isEmpty())
                    && extract(n, 0).text().lines().filter(l -> l.contains("=> ") || l.contains("-> ")).count() >= 2) {
                out.add(n);
            }
        }
        return out;
    }

    @Test
    void onlyFunctionsOfOneStatementAreTooShortForATrace() {
        for (String n : index.knownNames()) {
            SourceFunction f = NoteExtractor.definition(index, n);
            if (f != null && !f.body().isEmpty() && !functions().contains(n)) {
                assertEquals(1, f.body().stream().filter(x -> !(x instanceof SourceNode.Call)).count(), n);
            }
        }
    }

    @Test
    void theNoteOfAFunctionMatchesGolden() throws Exception {
        Golden.assertMatches("extract.demo_probe.md", extract("demo_probe", 1).text());
        Golden.assertMatches("extract.soft_offline_page.depth2.md", extract("soft_offline_page", 2).text());
    }

    @Test
    void everyExtractedNoteParsesWithoutDiagnostics() {
        assertTrue(functions().size() >= 15, functions().toString());
        for (String f : functions()) {
            for (int depth = 0; depth <= 2; depth++) {
                Note note = parse(extract(f, depth).text());
                assertEquals(List.of(), note.diagnostics(), f + " at depth " + depth);
                assertEquals(1, note.traceBlocks().size(), f);
            }
        }
    }

    @Test
    void theCallGraphOfAnExtractedNoteIsTheSources() {
        for (String f : functions()) {
            NoteExtractor.Extracted x = extract(f, 2);
            Map<String, Set<String>> noted = new TreeMap<>();
            for (CallSite s : CallCollector.of(parse(x.text()))) {
                noted.computeIfAbsent(s.caller(), k -> new TreeSet<>()).add(s.callee());
            }
            for (String traced : x.functions()) {
                SourceFunction def = NoteExtractor.definition(index, traced);
                Set<String> source = new TreeSet<>();
                for (SourceNode n : KernelFixture.flat(def.body())) {
                    if (n instanceof SourceNode.Call c && c.receiver().isEmpty()) {
                        source.add(c.callee());
                    } else if (n instanceof SourceNode.Branch b && b.kind() == SourceNode.BranchKind.FOREACH_MACRO) {
                        source.add(b.condition().substring(0, b.condition().indexOf('(')));
                    }
                }
                assertEquals(source, noted.getOrDefault(traced, Set.of()), f + " → " + traced);
            }
        }
    }

    @Test
    void lintWithTheSourceFindsNothingWrongInAnExtractedNote() {
        for (String f : functions()) {
            Note note = parse(extract(f, 2).text());
            List<Diagnostic> ds = new Linter(List.of(note), null, index, ReferenceTraces.softOffline66())
                    .lint(note, LintConfig.defaults());
            List<Diagnostic> wrong = ds.stream().filter(d -> d.severity() != Severity.INFO
                    || Set.of("not-in-source", "call-not-in-body", "condition-differs", "call-order", "untraced-branch")
                    .contains(d.ruleId())).toList();
            assertEquals(List.of(), wrong, f);
        }
    }

    @Test
    void depthLimitsWhatIsExpandedAndEachCalleeIsExpandedOnce() {
        assertEquals(List.of("soft_offline_page"), extract("soft_offline_page", 0).functions());
        List<String> one = extract("soft_offline_page", 1).functions();
        assertTrue(one.contains("get_hwpoison_page") && !one.contains("get_any_page"), one.toString());
        List<String> two = extract("soft_offline_page", 2).functions();
        assertTrue(two.contains("get_any_page"), two.toString());
        assertEquals(two.size(), new TreeSet<>(two).size());
    }

    @Test
    void everyStepEndsWithItsFileAndLine() {
        for (String line : extract("get_hwpoison_hugetlb_folio", 1).text().split("\n")) {
            if (line.contains("=>") || line.contains("->")) {
                assertTrue(line.matches(".*    ## (mm/hugetlb\\.c|include/linux/page_ref\\.h):\\d+$"), line);
            }
        }
    }

    @Test
    void anUnknownFunctionOrABadDepthIsAFailureInWords() {
        NoteExtractor.Failed f = assertInstanceOf(NoteExtractor.Failed.class, NoteExtractor.extract(index, "flio_try_get", 1));
        assertTrue(f.message().contains("did you mean folio_try_get?"), f.message());
        assertInstanceOf(NoteExtractor.Failed.class, NoteExtractor.extract(index, "page_folio", 1));   // a macro has no body
        assertInstanceOf(NoteExtractor.Failed.class, NoteExtractor.extract(index, "demo_probe", -1));
    }
}
