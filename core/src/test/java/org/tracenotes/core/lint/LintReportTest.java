package org.tracenotes.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.lint.report.GithubLintReport;
import org.tracenotes.core.lint.report.JsonLintReport;
import org.tracenotes.core.lint.report.JunitLintReport;
import org.tracenotes.core.lint.report.SarifLintReport;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The lint output formats of the seed: SARIF valid against the 2.1.0 schema, and the others well-formed. */
class LintReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LintSession.Result seed() {
        Path seed = Golden.repositoryRoot().relativize(Golden.repositoryRoot().resolve("samples/soft-offline.md"));
        return LintSession.run(List.of(Golden.repositoryRoot().resolve(seed)), LintSession.Options.defaults());
    }

    @Test
    void sarifOfTheSeedValidatesAgainstTheSarif210Schema() throws Exception {
        String sarif = SarifLintReport.render(seed(), "0.1.0");
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode log = JSON.readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(log);
        assertEquals(Set.of(), errors);
        JsonNode run = log.get("runs").get(0);
        assertEquals(LintRule.values().length, run.get("tool").get("driver").get("rules").size());
        assertEquals(13, run.get("results").size());
        JsonNode first = run.get("results").get(0);
        assertTrue(first.get("partialFingerprints").has("primaryLocationLineHash/v1"));
        assertTrue(first.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()
                .endsWith("samples/soft-offline.md"));
    }

    @Test
    void sarifRulesLinkTheReadmeFixesAreFmtsAndTheInvocationHasTheExitStatus() throws Exception {
        LintSession.Result r = seed();
        JsonNode run = JSON.readTree(SarifLintReport.render(r, "0.1.0", r.verdict(0))).get("runs").get(0);
        // every rule links its own anchor of the README's rules table, and the README has that anchor
        String readme = java.nio.file.Files.readString(Golden.repositoryRoot().resolve("README.md"));
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            String id = rule.get("id").asText();
            assertEquals(LintRule.DOCS + "#rule-" + id, rule.get("helpUri").asText());
            assertTrue(readme.contains("<a id=\"rule-" + id + "\"></a>"), "README anchor for " + id);
        }
        // the fixes, applied to the note, give exactly what fmt writes
        String text = r.files().get(0).note().text();
        List<String> lines = new java.util.ArrayList<>(java.util.Arrays.asList(text.split("\n", -1)));
        int fixes = 0;
        List<JsonNode> replacements = new java.util.ArrayList<>();
        for (JsonNode result : run.get("results")) {
            LintRule rule = LintRule.byId(result.get("ruleId").asText()).orElseThrow();
            if (rule == LintRule.UNKNOWN_FUNCTION) {
                // not fmt's: the editors' quick fix, the nearest known name
                JsonNode rep = result.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
                assertEquals("folio_try_get", rep.get("insertedContent").get("text").asText());
                assertEquals(34, rep.get("deletedRegion").get("startLine").asInt());
                continue;
            }
            assertEquals(rule.fixable(), result.has("fixes"), rule.id());
            if (result.has("fixes")) {
                fixes++;
                result.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").forEach(replacements::add);
            }
        }
        assertEquals(3, fixes, "the trailing blank, the `=` and the `=>` of the seed");
        replacements.sort(java.util.Comparator.comparingInt((JsonNode n) -> n.get("deletedRegion").get("startLine").asInt())
                .thenComparingInt(n -> -n.get("deletedRegion").get("startColumn").asInt()));
        java.util.Collections.reverse(replacements);
        for (JsonNode rep : replacements) {
            JsonNode region = rep.get("deletedRegion");
            assertEquals(region.get("startLine").asInt(), region.get("endLine").asInt());
            int ln = region.get("startLine").asInt() - 1;
            String line = lines.get(ln);
            int from = line.offsetByCodePoints(0, region.get("startColumn").asInt() - 1);
            int to = line.offsetByCodePoints(0, region.get("endColumn").asInt() - 1);
            lines.set(ln, line.substring(0, from) + rep.get("insertedContent").get("text").asText() + line.substring(to));
        }
        String fixed = String.join("\n", lines);
        NoteFormatter.Plan plan = NoteFormatter.plan("seed.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new org.tracenotes.core.parse.NoteParser());
        assertEquals(plan.after(), fixed);
        JsonNode invocation = run.get("invocations").get(0);
        assertTrue(invocation.get("executionSuccessful").asBoolean());
        assertEquals(1, invocation.get("exitCode").asInt());
        assertEquals("3 warnings, more than --max-warnings 0", invocation.get("exitCodeDescription").asText());
    }

    @Test
    void aSchemaViolationWouldBeCaught() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode bad = JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}, \"results\": "
                + "[{\"level\": \"fatal\", \"message\": {\"text\": \"x\"}}]}]}");
        assertTrue(!schema.validate(bad).isEmpty(), "a run without a driver name and a bad level fails");
    }

    @Test
    void sarifFingerprintsSurviveLinesMoving() throws Exception {
        LintSession.Result r = seed();
        String a = SarifLintReport.render(r, "0.1.0");
        JsonNode fp = JSON.readTree(a).get("runs").get(0).get("results").get(5).get("partialFingerprints");
        assertEquals(fp, JSON.readTree(SarifLintReport.render(r, "0.2.0")).get("runs").get(0).get("results").get(5)
                .get("partialFingerprints"));
    }

    @Test
    void githubCommandsAreEscaped() {
        String gh = GithubLintReport.render(seed());
        assertTrue(gh.lines().allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ") || l.startsWith("::notice ")));
        assertTrue(gh.contains("::warning file="), gh);
        assertTrue(gh.contains(",line=34,col=34,"), gh);
        assertTrue(gh.contains("title=tracenotes unknown-function::unknown function `flio_try_get`"), gh);
    }

    @Test
    void junitHasOneTestCasePerFileAndParses() throws Exception {
        String xml = JunitLintReport.render(seed());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertEquals(1, doc.getElementsByTagName("testcase").getLength());
        assertEquals(1, doc.getElementsByTagName("failure").getLength());
        assertTrue(doc.getElementsByTagName("failure").item(0).getTextContent().contains("[else-step-arrow]"));
    }

    @Test
    void jsonListsFindingsAndASummary() throws Exception {
        JsonNode j = JSON.readTree(JsonLintReport.render(seed()));
        assertEquals("tracenotes.lint/1", j.get("schema").asText());
        assertEquals(3, j.get("summary").get("warnings").asInt());
        assertEquals(13, j.get("files").get(0).get("findings").size());
    }
}
