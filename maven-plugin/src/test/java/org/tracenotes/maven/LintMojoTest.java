package org.tracenotes.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint goal's parameters map to core's lint: which notes, which findings fail, where SARIF goes, a source tree. */
class LintMojoTest {

    @TempDir
    Path base;

    final CapturingLog log = new CapturingLog();

    /** The mojo as Maven configures it by default: basedir set, failOn error, SARIF under target. */
    private LintMojo mojo() {
        LintMojo m = new LintMojo();
        m.setLog(log);
        m.basedir = base.toFile();
        m.failOn = "error";
        m.sarif = base.resolve("target/tracenotes/lint.sarif").toFile();
        m.pluginVersion = "1.2.3";
        return m;
    }

    @Test
    void byDefaultTheBaseDirectoryIsLintedAndFindingsAreLoggedAtTheirSeverity() throws Exception {
        Notes.write(base, "notes/clean.md", Notes.CLEAN);
        Notes.write(base, "notes/typo.md", Notes.TYPO);
        Notes.write(base, "notes/helper.md", Notes.HELPER);
        Notes.write(base, "target/ignored.md", Notes.BAD_SCENARIO);
        mojo().execute();
        assertEquals(List.of("notes/typo.md:5:10: unknown function `flio_try_get`: not traced in a loaded note, not in the"
                + " linux-6.6 model; did you mean `folio_try_get`? [unknown-function]"), log.at("WARNING"));
        assertTrue(log.at("INFO").contains("notes/helper.md:5:10: unknown function `frobnicate_page`: not traced in a"
                + " loaded note, not in the linux-6.6 model (give --symbols or --source to check it against a tree)"
                + " [unknown-function]"), log::all);
        assertTrue(log.at("INFO").contains("linted 3 notes: 0 errors, 1 warning, 1 info; SARIF in target/tracenotes/lint.sarif"),
                log::all);
        assertTrue(log.at("ERROR").isEmpty(), log::all);
    }

    @Test
    void anErrorFailsTheBuildWithAOneLineSummary() {
        Notes.write(base, "bad.md", Notes.BAD_SCENARIO);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertEquals("tracenotes lint: 1 error, 0 warnings in 1 note (failOn error)", e.getMessage());
        assertEquals(1, log.at("ERROR").size());
        assertTrue(log.at("ERROR").get(0).startsWith("bad.md:4:1: scenario broken: unknown key `colour`"), log::all);
        assertTrue(log.at("ERROR").get(0).endsWith(" [invalid-scenario]"), log::all);
        assertTrue(Files.isRegularFile(base.resolve("target/tracenotes/lint.sarif")), "the SARIF is written before failing");
    }

    @Test
    void failOnSaysWhichFindingsFail() throws Exception {
        Notes.write(base, "typo.md", Notes.TYPO);
        LintMojo error = mojo();
        error.execute();
        LintMojo warning = mojo();
        warning.failOn = "WARNING";
        MojoFailureException e = assertThrows(MojoFailureException.class, warning::execute);
        assertEquals("tracenotes lint: 0 errors, 1 warning in 1 note (failOn warning)", e.getMessage());
        Notes.write(base, "bad.md", Notes.BAD_SCENARIO);
        LintMojo none = mojo();
        none.failOn = " none ";
        none.execute();
        assertEquals(1, log.at("ERROR").stream().filter(l -> l.contains("[invalid-scenario]")).count());
    }

    @Test
    void anUnknownFailOnIsAConfigurationError() {
        LintMojo m = mojo();
        m.failOn = "warnings";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertEquals("tracenotes lint: failOn is error, warning or none, not `warnings`", e.getMessage());
    }

    @Test
    void notesAreFilesAndFoldersResolvedAgainstTheBaseDirectory() throws Exception {
        Notes.write(base, "docs/notes/typo.md", Notes.TYPO);
        Notes.write(base, "other/bad.md", Notes.BAD_SCENARIO);
        Notes.write(base, "single.md", Notes.HELPER);
        LintMojo m = mojo();
        m.notes = List.of(new File("docs/notes"), base.resolve("single.md").toFile());
        m.execute();
        assertEquals(1, log.at("WARNING").size());
        assertTrue(log.at("WARNING").get(0).startsWith("docs/notes/typo.md:5:10: "), log::all);
        assertTrue(log.at("INFO").stream().anyMatch(l -> l.startsWith("single.md:5:10: ")), log::all);
        assertTrue(log.at("INFO").stream().anyMatch(l -> l.startsWith("linted 2 notes:")), log::all);
    }

    @Test
    void aNoteThatCannotBeReadFailsWhateverFailOnSays() {
        LintMojo m = mojo();
        m.notes = List.of(new File("missing.md"));
        m.failOn = "none";
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertEquals("tracenotes lint: 1 of the notes could not be read (see above)", e.getMessage());
        assertEquals(List.of("missing.md: no such file"), log.at("ERROR"));
    }

    @Test
    void anUnknownRuleInTheConfigIsAWarningAndABadValueFails() throws Exception {
        Notes.write(base, "notes/clean.md", Notes.CLEAN);
        Notes.write(base, "notes/.tracenotes.yaml", "rules:\n  no-such-rule: error\n");
        mojo().execute();   // an unknown rule is reported, as in check and lint, not fatal
        assertTrue(log.at("WARNING").stream().anyMatch(l -> l.contains("no-such-rule")), log::all);

        Notes.write(base, "notes/.tracenotes.yaml", "rules:\n  trailing-space: loudly\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().contains(".tracenotes.yaml"), e.getMessage());
    }

    @Test
    void aSourceTreeChecksTheNotesCallsAgainstItsDefinitions() throws Exception {
        Notes.write(base, "notes/helper.md", Notes.HELPER);
        Notes.write(base, "linux/mm/other.c", "int unrelated(void)\n{\n\treturn 0;\n}\n");
        Notes.write(base, "linux2/mm/helpers.c", "int frobnicate_page(struct page *page)\n{\n\treturn 0;\n}\n");
        LintMojo lacking = mojo();
        lacking.notes = List.of(new File("notes"));
        lacking.source = new File("linux");
        lacking.execute();
        assertTrue(log.all().contains("notes/helper.md:5:10: `frobnicate_page` is not defined under ")
                && log.all().contains("[not-in-source]"), log::all);
        log.lines.clear();
        LintMojo defining = mojo();
        defining.notes = List.of(new File("notes"));
        defining.source = base.resolve("linux2").toFile();
        defining.execute();
        assertTrue(!log.all().contains("`frobnicate_page`") && log.all().contains("`pin_page` is not defined under "), log::all);
    }

    @Test
    void aSourceThatIsNotAFolderIsAConfigurationError() {
        LintMojo m = mojo();
        m.source = new File("no-such-tree");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().startsWith("tracenotes lint: source: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("no-such-tree: not a folder of source files"), e.getMessage());
    }

    @Test
    void skipDoesNothing() throws Exception {
        Notes.write(base, "bad.md", Notes.BAD_SCENARIO);
        LintMojo m = mojo();
        m.skip = true;
        m.execute();
        assertEquals(List.of("tracenotes lint: skipped (tracenotes.skip)"), log.at("INFO"));
        assertFalse(Files.exists(base.resolve("target")));
    }

    @Test
    void theSarifGoesWhereItIsToldWithLocationsRelativeToTheBaseDirectoryAndIsValid() throws Exception {
        Notes.write(base, "notes/typo.md", Notes.TYPO);
        Notes.write(base, "notes/bad.md", Notes.BAD_SCENARIO);
        LintMojo m = mojo();
        m.sarif = new File("reports/out.sarif");
        m.failOn = "none";
        m.execute();
        Path file = base.resolve("reports/out.sarif");
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("tracenotes", run.at("/tool/driver/name").asText());
        assertEquals("1.2.3", run.at("/tool/driver/version").asText());
        assertEquals(2, run.get("results").size());
        assertEquals("notes/bad.md", run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(4, run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("error", run.at("/results/0/level").asText());
        assertEquals("notes/typo.md", run.at("/results/1/locations/0/physicalLocation/artifactLocation/uri").asText());
        Path schemaFile = Notes.repositoryRoot().resolve("core/src/test/resources/sarif/sarif-2.1.0-rtm.5.json");
        try (InputStream in = Files.newInputStream(schemaFile)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertTrue(errors.isEmpty(), errors::toString);
        }
    }
}
