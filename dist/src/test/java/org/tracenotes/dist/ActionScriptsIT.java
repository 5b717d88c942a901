package org.tracenotes.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.dist.Tools.ROOT;
import static org.tracenotes.dist.Tools.VERSION;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two steps of action.yml as a runner runs them (its environment files, RUNNER_TEMP, PATH), on this
 * machine: install.sh fetching a release zip (from a file:// release folder standing in for GitHub's
 * releases), falling back to a source build (a stub mvn), refusing a version it cannot get; lint.sh on
 * a copy of samples/ci with each fail-on, writing SARIF, annotations, outputs and the step summary.
 */
class ActionScriptsIT {

    static final Path INSTALL = ROOT.resolve("dist/src/action/install.sh");
    static final Path LINT = ROOT.resolve("dist/src/action/lint.sh");
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        home = Tools.unzip(Tools.ZIP, Tools.freshDir("action-home"));
    }

    /** A runner's per-step environment: RUNNER_TEMP and the GITHUB_* files, fresh under {@code dir}. */
    private static Map<String, String> runner(Path dir) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("RUNNER_TEMP", Files.createDirectories(dir.resolve("runner-temp")).toString());
        for (String f : List.of("GITHUB_PATH", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY")) {
            Path p = dir.resolve(f.toLowerCase());
            Files.writeString(p, "");
            env.put(f, p.toString());
        }
        env.put("GITHUB_ACTION_PATH", ROOT.toString());
        return env;
    }

    private static Map<String, String> outputs(Map<String, String> env) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(env.get("GITHUB_OUTPUT")))) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    @Test
    void installFetchesTheReleaseZipAndPutsItsBinOnThePath() throws Exception {
        Tools.require("curl", "install.sh downloads the release with curl");
        Tools.require("unzip", "install.sh unpacks it with unzip");
        Path dir = Tools.freshDir("install-release");
        Path releases = dir.resolve("releases");
        Tools.rezip(home, releases.resolve("v0.1.0/tracenotes-0.1.0.zip"), "0.1.0");
        Map<String, String> env = runner(dir);
        env.put("TRACENOTES_VERSION", "v0.1.0");
        env.put("TRACENOTES_RELEASE_BASE", releases.toUri().toString().replaceAll("/$", ""));
        Tools.Result r = Tools.run(dir, env, "bash", INSTALL.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("tracenotes " + VERSION), r.all());
        Path installed = Path.of(env.get("RUNNER_TEMP"), "tracenotes", "tracenotes-0.1.0");
        assertEquals(Map.of("version", "0.1.0", "home", installed.toString(), "installed-from", "release"), outputs(env));
        assertEquals(installed.resolve("bin") + "\n", Files.readString(Path.of(env.get("GITHUB_PATH"))));
        assertTrue(Files.isExecutable(installed.resolve("bin/tracenotes")));
    }

    @Test
    void withoutAReleaseTheSourceVersionIsBuiltWithMaven() throws Exception {
        Tools.require("unzip", "install.sh unpacks the built zip with unzip");
        Path dir = Tools.freshDir("install-source");
        // the action's checkout: its pom.xml, and the zip a build leaves; mvn is a stub that logs its call
        Path checkout = Files.createDirectories(dir.resolve("checkout/dist/target")).getParent().getParent();
        Files.copy(ROOT.resolve("pom.xml"), checkout.resolve("pom.xml"));
        Files.copy(Tools.ZIP, checkout.resolve("dist/target/tracenotes-" + VERSION + ".zip"));
        Path bin = Files.createDirectories(dir.resolve("stub-bin"));
        Path log = dir.resolve("mvn.log");
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho \"$PWD $*\" >> '" + log + "'\n");
        bin.resolve("mvn").toFile().setExecutable(true);
        Map<String, String> env = runner(dir);
        env.put("GITHUB_ACTION_PATH", checkout.toString());
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("TRACENOTES_VERSION", "");
        Tools.Result r = Tools.run(dir, env, "bash", INSTALL.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("::notice title=tracenotes::no release " + VERSION), r.all());
        assertEquals(checkout + " -B -q -ntp package -DskipTests -pl dist -am\n", Files.readString(log));
        Map<String, String> out = outputs(env);
        assertEquals("source", out.get("installed-from"));
        assertEquals(VERSION, out.get("version"));
        Tools.Result v = Tools.run(dir, Map.of(), Path.of(out.get("home"), "bin/tracenotes").toString(), "--version");
        assertEquals("tracenotes " + VERSION, v.out().strip(), v.all());
    }

    @Test
    void aVersionWithNoReleaseThatIsNotTheSourcesIsRefused() throws Exception {
        Tools.require("curl", "install.sh downloads the release with curl");
        Path dir = Tools.freshDir("install-missing");
        Map<String, String> env = runner(dir);
        env.put("TRACENOTES_VERSION", "0.0.9");
        env.put("TRACENOTES_RELEASE_BASE", Files.createDirectories(dir.resolve("releases")).toUri().toString().replaceAll("/$", ""));
        Tools.Result r = Tools.run(dir, env, "bash", INSTALL.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("::error title=tracenotes::no release 0.0.9") && r.out().contains("the action's source is " + VERSION), r.all());
        assertEquals("", Files.readString(Path.of(env.get("GITHUB_PATH"))));
    }

    /** A copy of samples/ci with {@code extra} notes added, linted by lint.sh with {@code inputs}. */
    private static Tools.Result lint(String name, Map<String, String> extra, Map<String, String> inputs, Map<String, String> outputs)
            throws Exception {
        Path dir = Tools.freshDir(name);
        Path repo = dir.resolve("repo");
        try (Stream<Path> s = Files.walk(GithubFilesTest.SAMPLE)) {
            for (Path p : s.toList()) {
                Path target = repo.resolve(GithubFilesTest.SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        for (var e : extra.entrySet()) {
            Files.writeString(repo.resolve(e.getKey()), e.getValue());
        }
        Map<String, String> env = runner(dir);
        env.put("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
        env.putAll(inputs);
        Tools.Result r = Tools.run(repo, env, 180, List.of("bash", LINT.toString()));
        outputs.clear();
        outputs.putAll(outputs(env));
        outputs.put("summary", Files.readString(Path.of(env.get("GITHUB_STEP_SUMMARY"))));
        outputs.put("repo", repo.toString());
        return r;
    }

    @Test
    void theSampleIsCleanAndItsSarifIsWritten() throws Exception {
        Map<String, String> out = new HashMap<>();
        Tools.Result r = lint("lint-clean", Map.of(), Map.of("TRACENOTES_PATHS", "notes", "TRACENOTES_FAIL_ON", "error",
                "TRACENOTES_SARIF_FILE", "tracenotes.sarif"), out);
        assertEquals(0, r.code(), r.all());
        assertFalse(r.out().contains("::error") || r.out().contains("::warning"), r.all());
        assertEquals("tracenotes.sarif", out.get("sarif-file"));
        assertEquals("0", out.get("exit-code"));
        assertTrue(out.get("summary").contains("linted 2 notes: 0 errors, 0 warnings"), out.get("summary"));
        String sarif = Files.readString(Path.of(out.get("repo"), "tracenotes.sarif"), StandardCharsets.UTF_8);
        assertTrue(sarif.contains("\"version\" : \"2.1.0\""), sarif);
    }

    @Test
    void failOnDecidesWhatFailsTheStep() throws Exception {
        Map<String, String> warnings = Map.of("notes/warn.md",
                "# warn\n\n```sh\nf(page)\n=> if folio = page_folio(page)\n   => return 1\n=> return 0\n```\n");
        Map<String, String> out = new HashMap<>();
        Tools.Result r = lint("lint-warnings", warnings, Map.of("TRACENOTES_PATHS", "notes", "TRACENOTES_FAIL_ON", "error"), out);
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("::warning file=notes/warn.md,line=5,"), r.all());
        r = lint("lint-warnings-fail", warnings, Map.of("TRACENOTES_PATHS", "notes", "TRACENOTES_FAIL_ON", "warning"), out);
        assertEquals(1, r.code(), r.all());
        assertEquals("1", out.get("exit-code"));

        // the sample's .tracenotes.yaml makes an unknown function an error
        Map<String, String> error = Map.of("notes/typo.md", "# typo\n\n```sh\nf(page)\n=> ret = flio_try_get(page)\n=> return ret\n```\n");
        r = lint("lint-error", error, Map.of("TRACENOTES_PATHS", "notes\nREADME.md", "TRACENOTES_FAIL_ON", "error",
                "TRACENOTES_SARIF_FILE", "out/t.sarif"), out);
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("::error file=notes/typo.md,line=5,"), r.all());
        assertTrue(Files.readString(Path.of(out.get("repo"), "out/t.sarif")).contains("flio_try_get"), "the SARIF has the error");
        r = lint("lint-error-never", error, Map.of("TRACENOTES_PATHS", "notes", "TRACENOTES_FAIL_ON", "never"), out);
        assertEquals(0, r.code(), r.all());
        assertEquals("1", out.get("exit-code"));
        assertFalse(out.containsKey("sarif-file"), "no SARIF asked, none written: " + out);
    }

    @Test
    void badInputFailsWithExitTwo() throws Exception {
        Map<String, String> out = new HashMap<>();
        Tools.Result r = lint("lint-bad-fail-on", Map.of(), Map.of("TRACENOTES_FAIL_ON", "sometimes"), out);
        assertEquals(2, r.code(), r.all());
        assertTrue(r.out().contains("::error title=tracenotes::fail-on is error, warning or never, not 'sometimes'"), r.all());
        r = lint("lint-missing-path", Map.of(), Map.of("TRACENOTES_PATHS", "no-such-folder", "TRACENOTES_SARIF_FILE", "x.sarif"), out);
        assertEquals(2, r.code(), r.all());
        assertEquals("2", out.get("exit-code"));
    }
}
