package org.tracenotes.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.ExpectationResult;
import org.tracenotes.core.run.JunitRunReport;
import org.tracenotes.core.run.NoteAnnotations;
import org.tracenotes.core.run.RunOutcome;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TraceRunner;

/**
 * {@code tracenotes run --scenario all} over the notes of a build: every {@code ## @scenario} of every
 * note that declares one, with its {@code ## @expect}s checked; a JUnit XML report a note in
 * {@code reportsDirectory} ({@code TEST-tracenotes-<note>.xml}, one test case a scenario), and a
 * failed build when an expectation fails or a run does not return. The runs are core's
 * {@link TraceRunner}; the reports core's {@link JunitRunReport}; this class maps parameters to them.
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class RunMojo extends AbstractMojo {

    /** The project's base directory: relative {@code notes} resolve against it, and paths print relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * Notes and folders of notes, as for {@code lint}. A note named here must declare a scenario; in a
     * folder, notes that declare none are passed over. Default: the project's base directory.
     */
    @Parameter
    List<File> notes;

    /** Where the JUnit XML reports go: Surefire's folder, so CI dashboards list the runs with the tests. */
    @Parameter(property = "tracenotes.reportsDirectory", defaultValue = "${project.build.directory}/surefire-reports")
    File reportsDirectory;

    /** Skip the goal. */
    @Parameter(property = "tracenotes.skip", defaultValue = "false")
    boolean skip;

    /** Skip the goal with the build's tests ({@code -DskipTests}): the runs are the notes' tests. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /** What one note's runs came to. */
    record NoteRuns(int runs, int failed) { }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip || skipTests) {
            log.info("tracenotes run: skipped (" + (skip ? "tracenotes.skip" : "skipTests") + ")");
            return;
        }
        List<Path> roots = NotePaths.roots(basedir, notes);
        Map<Path, String> files = NotePaths.noteFiles(roots);
        Path reports = basedir.toPath().resolve(reportsDirectory.toPath()).normalize();
        try {
            Files.createDirectories(reports);
        } catch (IOException e) {
            throw new MojoExecutionException("tracenotes run: cannot create " + reports + ": " + NoteLoader.describe(e), e);
        }
        int notesRun = 0;
        int runs = 0;
        int failed = 0;
        int unreadable = 0;
        for (Map.Entry<Path, String> e : files.entrySet()) {
            Path file = e.getKey();
            String shown = NotePaths.display(basedir, file);
            NoteParser parser = new NoteParser(LintConfig.forFile(file).parseOptions(Optional.empty(), Optional.empty()));
            NoteLoader.Result loaded = new NoteLoader(parser).load(file, shown);
            if (loaded instanceof NoteLoader.Unreadable u) {
                log.error(u.path() + ": " + u.reason());
                unreadable++;
                continue;
            }
            Note note = ((NoteLoader.Loaded) loaded).note();
            NoteAnnotations annotations = new NoteAnnotations(note);
            boolean named = roots.contains(file);
            if (annotations.scenarios().isEmpty() && annotations.malformedScenarios().isEmpty() && !named) {
                log.debug("tracenotes run: " + shown + " declares no @scenario; passed over");
                continue;
            }
            NoteRuns r = runNote(note, shown, "tracenotes." + e.getValue(),
                    reports.resolve("TEST-tracenotes-" + e.getValue() + ".xml"), log);
            notesRun++;
            runs += r.runs();
            failed += r.failed();
        }
        if (notesRun == 0 && unreadable == 0) {
            log.warn("tracenotes run: no note under " + String.join(", ", roots.stream()
                    .map(p -> NotePaths.display(basedir, p)).toList()) + " declares a `## @scenario`; nothing ran");
            return;
        }
        log.info("tracenotes run: " + LintMojo.plural(notesRun, "note") + ", " + LintMojo.plural(runs, "run") + ": "
                + (runs - failed) + " passed, " + failed + " failed; reports in " + NotePaths.display(basedir, reports));
        if (unreadable > 0) {
            throw new MojoFailureException("tracenotes run: " + unreadable + " of the notes could not be read (see above)");
        }
        if (failed > 0) {
            throw new MojoFailureException("tracenotes run: " + failed + " of " + LintMojo.plural(runs, "run")
                    + " failed (an @expect that does not hold, or a run that did not return; see above and "
                    + NotePaths.display(basedir, reports) + ")");
        }
    }

    /** Runs every scenario of one note, logs what failed, writes its report. */
    private NoteRuns runNote(Note note, String shown, String suite, Path report, Log log) throws MojoExecutionException {
        long start = System.nanoTime();
        TraceRunner.Response response = TraceRunner.run(note, List.of(), ReferenceTraces.softOffline66(),
                TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()));
        double seconds = (System.nanoTime() - start) / 1e9;
        String xml;
        NoteRuns counts;
        if (response instanceof TraceRunner.Invalid bad) {
            log.error(bad.message());
            xml = JunitRunReport.renderInvalid(suite, bad.message());
            counts = new NoteRuns(1, 1);
        } else {
            TraceRunner.Runs rs = (TraceRunner.Runs) response;
            int failed = 0;
            for (TraceRunner.Run run : rs.runs()) {
                RunResult r = run.result();
                if (r.passed()) {
                    log.debug("tracenotes run: " + shown + " " + r.scenario() + ": " + r.outcome().id()
                            + (r.result() == null ? "" : " " + r.result()));
                    continue;
                }
                failed++;
                for (String line : failures(shown, r)) {
                    log.error(line);
                }
            }
            xml = JunitRunReport.render(suite, rs.program().main(), rs.runs(), seconds);
            counts = new NoteRuns(rs.runs().size(), failed);
        }
        try {
            Files.writeString(report, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("tracenotes run: cannot write " + report + ": " + NoteLoader.describe(e), e);
        }
        return counts;
    }

    /**
     * The log lines of a failed run: {@code notes/a.md:12: scenario busy: @expect ret == 2 failed: …}
     * for each failed expectation, {@code notes/a.md:34: scenario busy: unknown-function: …} for a run
     * that did not return.
     */
    static List<String> failures(String shown, RunResult r) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (ExpectationResult e : r.expectations()) {
            if (!e.passed()) {
                out.add(shown + ":" + e.line() + ": scenario " + r.scenario() + ": @expect " + e.expr() + " failed: "
                        + e.detail());
            }
        }
        if (r.outcome() != RunOutcome.RETURNED) {
            out.add(shown + (r.line() > 0 ? ":" + r.line() : "") + ": scenario " + r.scenario() + ": " + r.outcome().id()
                    + (r.message() == null ? "" : ": " + r.message()));
        }
        return out;
    }
}
