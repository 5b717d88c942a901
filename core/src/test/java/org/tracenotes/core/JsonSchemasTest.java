package org.tracenotes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracenotes.core.explore.ExploreRunner;
import org.tracenotes.core.explore.JsonExploreReport;
import org.tracenotes.core.graph.CallGraph;
import org.tracenotes.core.graph.JsonGraphExporter;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.Baseline;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.lint.report.JsonLintReport;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.outline.JsonOutline;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.JsonRunReport;
import org.tracenotes.core.run.TraceRunner;

/**
 * The JSON Schemas (draft 2020-12) in {@code docs/schemas/}: each is a valid schema, and the real
 * outputs of the seed and the annotated sample validate against them.
 */
class JsonSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Golden.repositoryRoot().resolve("docs/schemas");
    private static final Path SEED = Golden.repositoryRoot().resolve("samples/soft-offline.md");
    private static final Path ANNOTATED = Golden.repositoryRoot().resolve("samples/soft-offline.annotated.md");
    private static final List<String> NAMES = List.of("outline", "callgraph", "run", "explore", "lint", "baseline");

    static JsonSchema schema(String name) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve(name + ".schema.json")));
    }

    static void assertValid(String name, String json) throws Exception {
        Set<ValidationMessage> errors = schema(name).validate(JSON.readTree(json));
        assertEquals(Set.of(), errors, name + " output does not match docs/schemas/" + name + ".schema.json");
    }

    static Note note(Path p) {
        return ((NoteLoader.Loaded) new NoteLoader(new NoteParser()).load(p)).note();
    }

    static Stream<String> names() {
        return NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySchemaIsAValidDraft202012Schema(String name) throws Exception {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = JSON.readTree(Files.readString(SCHEMAS.resolve(name + ".schema.json")));
        assertEquals(Set.of(), meta.validate(schema));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    }

    @Test
    void outlinesOfTheSeedAndTheAnnotatedSampleMatch() throws Exception {
        assertValid("outline", JsonOutline.render(note(SEED)));
        assertValid("outline", JsonOutline.render(note(ANNOTATED)));
    }

    @Test
    void callGraphsMatch() throws Exception {
        CallGraph both = CallGraph.of(List.of(note(SEED), note(ANNOTATED)), ReferenceTraces::modelled);
        assertValid("callgraph", new JsonGraphExporter().export(both, both.path("soft_offline_page", "flio_try_get")
                .orElse(List.of())));
        CallGraph seed = CallGraph.of(List.of(note(SEED)), ReferenceTraces::modelled);
        assertValid("callgraph", new JsonGraphExporter().export(seed.around("get_any_page", 2), List.of()));
    }

    @Test
    void runsMatchOneAndAll() throws Exception {
        TraceRunner.Runs seed = (TraceRunner.Runs) TraceRunner.run(note(SEED), List.of(), ReferenceTraces.softOffline66(),
                TraceRunner.Request.of(null, null, List.of("lru", "anon", "mapped", "refcount=1")));
        assertValid("run", JsonRunReport.render(seed.results().get(0)));
        TraceRunner.Runs stopped = (TraceRunner.Runs) TraceRunner.run(note(SEED), List.of(), ReferenceTraces.softOffline66(),
                TraceRunner.Request.of(null, "free-buddy", List.of()));
        assertValid("run", JsonRunReport.render(stopped.results().get(0)));
        TraceRunner.Runs all = (TraceRunner.Runs) TraceRunner.run(note(ANNOTATED), List.of(),
                ReferenceTraces.softOffline66(), TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()));
        assertValid("run", JsonRunReport.render(all.results()));
    }

    @Test
    void explorationsMatch() throws Exception {
        for (Path p : List.of(SEED, ANNOTATED)) {
            ExploreRunner.Explored x = (ExploreRunner.Explored) ExploreRunner.run(note(p), ReferenceTraces.softOffline66(),
                    new ExploreRunner.Request(null, false, p == SEED), n -> { });
            assertValid("explore", JsonExploreReport.render(x.exploration()));
        }
    }

    @Test
    void lintAndItsBaselineMatch(@TempDir Path dir) throws Exception {
        LintSession.Result r = LintSession.run(List.of(SEED, ANNOTATED), LintSession.Options.defaults());
        assertValid("lint", JsonLintReport.render(r));
        assertValid("baseline", Baseline.of(r, dir.resolve("baseline.json")).render());
    }

    @Test
    void aChangedOutputFailsItsSchema() throws Exception {
        ObjectNode outline = (ObjectNode) JSON.readTree(JsonOutline.render(note(SEED)));
        outline.remove("functions");
        assertFalse(schema("outline").validate(outline).isEmpty(), "a missing key fails");
        ObjectNode lint = (ObjectNode) JSON.readTree(JsonLintReport.render(
                LintSession.run(List.of(SEED), LintSession.Options.defaults())));
        ((ObjectNode) lint.get("files").get(0).get("findings").get(0)).put("severity", "fatal");
        assertFalse(schema("lint").validate(lint).isEmpty(), "an unknown severity fails");
        assertFalse(schema("run").validate(JSON.readTree("{\"schema\": \"tracenotes.run/1\"}")).isEmpty());
    }
}
