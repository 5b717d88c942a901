package org.tracenotes.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The run goal's parameters map to core's runs and reports: which notes, where the JUnit XML goes, what fails. */
class RunMojoTest {

    @TempDir
    Path base;

    final CapturingLog log = new CapturingLog();

    private RunMojo mojo() {
        RunMojo m = new RunMojo();
        m.setLog(log);
        m.basedir = base.toFile();
        m.reportsDirectory = base.resolve("target/surefire-reports").toFile();
        return m;
    }

    private List<String> reports() throws Exception {
        try (Stream<Path> s = Files.list(base.resolve("target/surefire-reports"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Element suite(String name) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(base.resolve("target/surefire-reports").resolve(name).toFile());
        return d.getDocumentElement();
    }

    @Test
    void everyScenarioOfTheAnnotatedSampleRunsAndItsReportIsWritten() throws Exception {
        Files.createDirectories(base.resolve("notes"));
        Files.copy(Notes.repositoryRoot().resolve("samples/soft-offline.annotated.md"),
                base.resolve("notes/soft-offline.annotated.md"));
        RunMojo m = mojo();
        m.notes = List.of(new File("notes"));
        m.execute();
        assertEquals(List.of("tracenotes run: 1 note, 15 runs: 15 passed, 0 failed; reports in target/surefire-reports"),
                log.at("INFO"));
        assertEquals(List.of("TEST-tracenotes-soft-offline.annotated.xml"), reports());
        Element suite = suite("TEST-tracenotes-soft-offline.annotated.xml");
        assertEquals("tracenotes.soft-offline.annotated", suite.getAttribute("name"));
        assertEquals("15", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
    }

    @Test
    void aFailedExpectationFailsTheBuildAndIsLoggedWithItsLine() throws Exception {
        Notes.write(base, "failing.md", Notes.FAILING);
        Notes.write(base, "clean.md", Notes.CLEAN);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertEquals("tracenotes run: 1 of 4 runs failed (an @expect that does not hold, or a run that did not return;"
                + " see above and target/surefire-reports)", e.getMessage());
        assertEquals(List.of("failing.md:7: scenario busy: @expect ret == 2 failed: `ret == 2`: left side is 1, right side 2"),
                log.at("ERROR"));
        assertEquals(List.of("TEST-tracenotes-clean.xml", "TEST-tracenotes-failing.xml"), reports());
        Element failure = (Element) suite("TEST-tracenotes-failing.xml").getElementsByTagName("failure").item(0);
        assertTrue(failure.getTextContent().startsWith("failing.md:7: @expect ret == 2: "), failure.getTextContent());
    }

    @Test
    void aRunThatDoesNotReturnFailsTheBuild() throws Exception {
        Notes.write(base, "stops.md", String.join("\n", "```", "## @scenario one: lru", "f(page)",
                "=> x = frobnicate_page(page)", "=> return x", "```", ""));
        assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertEquals(1, log.at("ERROR").size());
        assertTrue(log.at("ERROR").get(0).startsWith("stops.md:4: scenario one: unknown-function: "), log::all);
        assertEquals("1", suite("TEST-tracenotes-stops.xml").getAttribute("errors"));
    }

    @Test
    void aFolderNoteWithoutScenariosIsPassedOverButANamedOneFails() throws Exception {
        Notes.write(base, "notes/plain.md", Notes.TYPO);
        RunMojo folder = mojo();
        folder.notes = List.of(new File("notes"));
        folder.execute();
        assertEquals(List.of("tracenotes run: no note under notes declares a `## @scenario`; nothing ran"),
                log.at("WARNING"));
        log.lines.clear();
        RunMojo named = mojo();
        named.notes = List.of(new File("notes/plain.md"));
        MojoFailureException e = assertThrows(MojoFailureException.class, named::execute);
        assertTrue(e.getMessage().startsWith("tracenotes run: 1 of 1 run failed"), e.getMessage());
        assertEquals(List.of("notes/plain.md: --scenario all, but the note declares no `## @scenario NAME: keys`"),
                log.at("ERROR"));
        assertEquals("invalid", ((Element) suite("TEST-tracenotes-plain.xml").getElementsByTagName("error").item(0))
                .getAttribute("type"));
    }

    @Test
    void aNoteThatCannotBeReadFails() {
        RunMojo m = mojo();
        m.notes = List.of(new File("missing.md"));
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertEquals("tracenotes run: 1 of the notes could not be read (see above)", e.getMessage());
        assertEquals(List.of("missing.md: no such file"), log.at("ERROR"));
    }

    @Test
    void theReportsDirectoryIsAParameter() throws Exception {
        Notes.write(base, "clean.md", Notes.CLEAN);
        RunMojo m = mojo();
        m.reportsDirectory = new File("build/notes-reports");
        m.execute();
        assertTrue(Files.isRegularFile(base.resolve("build/notes-reports/TEST-tracenotes-clean.xml")));
    }

    @Test
    void skipAndSkipTestsDoNothing() throws Exception {
        Notes.write(base, "failing.md", Notes.FAILING);
        RunMojo skip = mojo();
        skip.skip = true;
        skip.execute();
        RunMojo skipTests = mojo();
        skipTests.skipTests = true;
        skipTests.execute();
        assertEquals(List.of("tracenotes run: skipped (tracenotes.skip)", "tracenotes run: skipped (skipTests)"),
                log.at("INFO"));
        assertFalse(Files.exists(base.resolve("target")));
    }

    @Test
    void reportNamesComeFromThePathUnderTheirRootAndStayUnique() throws Exception {
        Path a = Notes.write(base, "a/x.md", Notes.CLEAN);
        Path b = Notes.write(base, "b/x.md", Notes.CLEAN);
        Path c = Notes.write(base, "a/sub/y z.trace", Notes.CLEAN);
        List<Path> roots = NotePaths.roots(base.toFile(), List.of(new File("a"), new File("b/x.md"), new File("a/x.md")));
        assertEquals(List.of(base.resolve("a"), base.resolve("b/x.md"), base.resolve("a/x.md")), roots);
        var names = NotePaths.noteFiles(roots);
        assertEquals(List.of(c, a, b), List.copyOf(names.keySet()));
        assertEquals(List.of("sub.y_z", "x", "x-2"), List.copyOf(names.values()));
        assertEquals("soft-offline.annotated", NotePaths.reportName(Path.of("soft-offline.annotated.md")));
        assertEquals(".hidden", NotePaths.reportName(Path.of(".hidden")));
    }

    @Test
    void withoutNotesTheBaseDirectoryIsTheRoot() {
        assertEquals(List.of(base), NotePaths.roots(base.toFile(), null));
        assertEquals(List.of(base), NotePaths.roots(base.toFile(), List.of()));
        assertEquals("notes/a.md", NotePaths.display(base.toFile(), base.resolve("notes/./a.md")));
        assertEquals(base.getParent().resolve("elsewhere.md").toString(),
                NotePaths.display(base.toFile(), base.resolve("../elsewhere.md")));
    }
}
