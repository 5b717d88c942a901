package org.tracenotes.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.lint.NoteFormatter;
import org.tracenotes.core.lint.report.SarifLintReport;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.outline.JsonOutline;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TraceRunner;

/**
 * Properties that hold for any input, fuzzed by Jazzer ({@code JAZZER_FUZZ=1}) and replayed on every
 * build from the inputs under {@code src/test/resources/org/tracenotes/core/fuzz/NoteFuzzTestInputs}
 * (crashes found become inputs there): the parser never throws and keeps every range inside the text;
 * the outline is well-formed JSON; fmt's fixes settle in one pass and keep the tree; a run stays in
 * its budgets and is deterministic; lint's SARIF is well-formed.
 */
class NoteFuzzTest {

    private static final NoteParser PARSER = new NoteParser();
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "30s")
    void anyBytesParseIntoANoteWhoseRangesAreInsideItsText(byte[] data) throws Exception {
        Note note = NoteLoader.parse(PARSER, "fuzz.md", data);
        int length = note.text().length();
        for (Diagnostic d : note.diagnostics()) {
            inside(d.range(), length);
        }
        for (TraceBlock b : note.traceBlocks()) {
            inside(b.range(), length);
            for (Root r : b.roots()) {
                inside(r.range(), length);
            }
        }
        for (Step s : note.steps()) {
            inside(s.range(), length);
        }
        JSON.readTree(JsonOutline.render(note));
    }

    @FuzzTest(maxDuration = "30s")
    void fmtsFixesSettleInOnePassAndKeepTheTree(String text) {
        Note note = PARSER.parse("fuzz.md", text);
        if (note.diagnostics().stream().anyMatch(d -> d.severity() == org.tracenotes.core.model.Severity.ERROR)) {
            return;   // fmt refuses such a note
        }
        List<NoteFormatter.Edit> edits = NoteFormatter.fixes(note, PARSER);
        if (edits.isEmpty()) {
            return;
        }
        NoteFormatter.Plan plan = NoteFormatter.plan("fuzz.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), PARSER);
        if (plan.outcome().status() == NoteFormatter.Status.CHANGED) {
            NoteFormatter.Plan again = NoteFormatter.plan("fuzz.md", plan.bytes(), PARSER);
            assertEquals(NoteFormatter.Status.UNCHANGED, again.outcome().status(),
                    () -> "fmt is idempotent: a second run changes nothing: " + again.outcome());
            assertEquals(NoteFormatter.shape(note), NoteFormatter.shape(PARSER.parse("fuzz.md", plan.after())), "fmt keeps the tree");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void aGeneratedTraceRunsWithinItsBudgetsTheSameWayTwice(FuzzedDataProvider data) {
        String text = GeneratedNotes.note(data);
        Note note = PARSER.parse("fuzz.md", text);
        RunOptions budgets = RunOptions.defaults().withBudgets(2_000, 50);
        TraceRunner.Request request = new TraceRunner.Request(null, null, GeneratedNotes.given(data), Map.of(), false, budgets);
        TraceRunner.Response first = TraceRunner.run(note, List.of(), ReferenceTraces.softOffline66(), request);
        TraceRunner.Response second = TraceRunner.run(note, List.of(), ReferenceTraces.softOffline66(), request);
        assertEquals(describe(first), describe(second), "runs are deterministic");
        if (first instanceof TraceRunner.Runs runs) {
            for (RunResult r : runs.results()) {
                assertTrue(r.path().size() <= 2_000 + 1, "the step budget holds: " + r.path().size());
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void lintOfAnyNoteWritesWellFormedSarif(byte[] data) throws Exception {
        Note note = NoteLoader.parse(PARSER, "fuzz.md", data);
        LintSession.Result result = LintSession.lint(note, null, List.of(note), LintSession.Options.defaults());
        var log = JSON.readTree(SarifLintReport.render(result, "fuzz"));
        assertEquals("2.1.0", log.get("version").asText());
    }

    private static void inside(SourceRange r, int length) {
        assertTrue(r.offset() >= 0 && r.offset() <= r.endOffset() && r.endOffset() <= length,
                () -> "range " + r + " outside a text of " + length);
    }

    private static String describe(TraceRunner.Response response) {
        if (response instanceof TraceRunner.Invalid bad) {
            return bad.message();
        }
        List<String> out = new ArrayList<>();
        for (RunResult r : ((TraceRunner.Runs) response).results()) {
            out.add(r.outcome() + " " + r.result() + " " + r.path() + " " + r.state());
        }
        return out.toString();
    }
}
