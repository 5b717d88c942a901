package org.tracenotes.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.lint.report.SarifLintReport;
import org.tracenotes.core.lint.report.TextLintReport;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteLoader;

/**
 * {@code tracenotes lint} in a build: the notes' findings in Maven's log ({@code [ERROR]},
 * {@code [WARNING]}, {@code [INFO]} by severity, each {@code file:line:col: message [rule]}), a SARIF
 * file, and a failed build as {@code failOn} says. Everything it checks is core's
 * {@link LintSession}; this class maps parameters to it.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractMojo {

    /** The project's base directory: relative {@code notes} resolve against it, and paths print relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * Notes and folders of notes ({@code <notes><note>docs/notes</note></notes>}); folders are walked
     * for {@code *.md}, {@code *.markdown}, {@code *.rst}, {@code *.trace} and {@code *.txt}, skipping hidden entries,
     * {@code target}, {@code node_modules} and what {@code .gitignore} ignores. Default: the project's
     * base directory.
     */
    @Parameter
    List<File> notes;

    /** Which findings fail the build: {@code error}, {@code warning} (errors or warnings) or {@code none}. */
    @Parameter(property = "tracenotes.failOn", defaultValue = "error")
    String failOn;

    /** Where the SARIF 2.1.0 log of the findings is written (locations relative to the base directory). */
    @Parameter(property = "tracenotes.sarif", defaultValue = "${project.build.directory}/tracenotes/lint.sarif")
    File sarif;

    /**
     * A source tree, C or Java ({@code tracenotes lint --source}): the notes are checked against it — a
     * function it does not define ({@code not-in-source}), a call its body does not make, a condition it
     * does not test, calls in another order, arms the note leaves out.
     */
    @Parameter(property = "tracenotes.source")
    File source;

    /** Skip the goal. */
    @Parameter(property = "tracenotes.skip", defaultValue = "false")
    boolean skip;

    /** The plugin's version, named as the tool's version in the SARIF log. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("tracenotes lint: skipped (tracenotes.skip)");
            return;
        }
        FailOn level = FailOn.parse(failOn);
        if (level == null) {
            throw new MojoExecutionException("tracenotes lint: failOn is error, warning or none, not `" + failOn + "`");
        }
        org.tracenotes.core.source.SourceIndex index = null;
        if (source != null) {
            // the same source checks as `tracenotes lint --source`: C with tree-sitter, Java with JDT
            Path dir = basedir.toPath().resolve(source.toPath()).normalize();
            org.tracenotes.core.source.SourceTrees.Result r = org.tracenotes.core.source.SourceTrees.open(dir, null, List.of(),
                    org.tracenotes.core.source.SourceProgress.NONE);
            if (r instanceof org.tracenotes.core.source.SourceTrees.Failed f) {
                throw new MojoExecutionException("tracenotes lint: source: " + f.message());
            }
            index = ((org.tracenotes.core.source.SourceTrees.Loaded) r).index();
            log.debug("tracenotes lint: source " + index.origin());
        }
        List<Path> roots = NotePaths.roots(basedir, notes);
        LintSession.Result found = LintSession.run(roots, new LintSession.Options(Optional.empty(), Optional.empty(), null, index));
        LintSession.Result result = relative(found);

        for (String warning : result.warnings()) {
            log.warn(warning);
        }
        for (String problem : result.problems()) {
            log.error(problem);
        }
        for (LintSession.FileResult f : result.files()) {
            String file = f.path().toString().replace(File.separatorChar, '/');
            for (Diagnostic d : f.findings()) {
                String line = finding(file, d);
                switch (d.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    default -> log.info(line);
                }
            }
        }
        for (NoteLoader.Unreadable u : result.unreadable()) {
            log.error(u.path() + ": " + u.reason());
        }

        Path sarifPath = basedir.toPath().resolve(sarif.toPath()).normalize();
        try {
            Files.createDirectories(sarifPath.getParent());
            Files.writeString(sarifPath, SarifLintReport.render(result, version()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("tracenotes lint: cannot write " + sarifPath + ": " + NoteLoader.describe(e), e);
        }
        log.info(TextLintReport.summary(result) + "; SARIF in " + NotePaths.display(basedir, sarifPath));

        if (!result.unreadable().isEmpty()) {
            throw new MojoFailureException("tracenotes lint: " + result.unreadable().size() + " of the notes could not be"
                    + " read (see above)");
        }
        if (!result.problems().isEmpty()) {
            throw new MojoFailureException("tracenotes lint: fix the configuration above (.tracenotes.yaml); its findings"
                    + " may not be the ones meant");
        }
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        if (level.fails(errors, warnings)) {
            throw new MojoFailureException("tracenotes lint: " + plural(errors, "error") + ", " + plural(warnings, "warning")
                    + " in " + plural(result.files().size(), "note") + " (failOn " + level.id() + ")");
        }
    }

    /** {@code notes/a.md:3:5: message [rule]}: the severity is the log line's level. */
    static String finding(String file, Diagnostic d) {
        return file + ":" + d.range().start() + ": " + d.message() + " [" + d.ruleId() + "]";
    }

    /** The result with every path as the build prints it, relative to the base directory. */
    private LintSession.Result relative(LintSession.Result r) {
        return new LintSession.Result(
                r.files().stream().map(f -> new LintSession.FileResult(NotePaths.reported(basedir, f.path()), f.note(),
                        f.findings())).toList(),
                r.unreadable().stream().map(u -> new NoteLoader.Unreadable(NotePaths.display(basedir, Path.of(u.path())),
                        u.reason())).toList(),
                r.problems(), r.warnings(), r.baselined());
    }

    private String version() {
        return pluginVersion == null || pluginVersion.isBlank() ? "0.0.0-dev" : pluginVersion;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
