package org.tracenotes.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.dist.Tools.ROOT;

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
 * pre-commit itself (Debian's package) on .pre-commit-hooks.yaml and the sample's config: both validate,
 * and {@code pre-commit try-repo} runs the hooks on a copy of samples/ci with the release's
 * {@code tracenotes} on PATH, through a symlink as the README installs it. Skips itself only where
 * pre-commit is not installed and CI is not set.
 */
class PreCommitIT {

    static Path home;
    static Path hooks;
    static Map<String, String> env = new HashMap<>();

    private static Tools.Result git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=tracenotes-test",
                "-c", "user.email=test@tracenotes.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Tools.Result r = Tools.run(dir, env, 60, command);
        assertEquals(0, r.code(), r.all());
        return r;
    }

    @BeforeAll
    static void setUp() throws Exception {
        Tools.require("pre-commit", "validates the hooks and runs them");
        Tools.require("git", "pre-commit works in git repositories");
        Path dir = Tools.freshDir("pre-commit");
        home = Tools.unzip(Tools.ZIP, dir.resolve("release"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("tracenotes"), home.resolve("bin/tracenotes"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("PRE_COMMIT_HOME", dir.resolve("cache").toString());
        env.put("PRE_COMMIT_COLOR", "never");
        // a repository holding the hooks file as the project's tags will: try-repo clones what is committed
        hooks = Files.createDirectories(dir.resolve("hooks"));
        Files.copy(ROOT.resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        git(hooks, "init", "-q");
        git(hooks, "add", "-A");
        git(hooks, "commit", "-q", "-m", "hooks");
    }

    private static Path sample(String name, Map<String, String> extra) throws Exception {
        Path repo = Tools.freshDir("pre-commit-" + name);
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
            Files.writeString(repo.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        return repo;
    }

    private static Tools.Result tryRepo(Path repo, String hook) throws Exception {
        return Tools.run(repo, env, 300, List.of("pre-commit", "try-repo", hooks.toString(), hook, "--all-files"));
    }

    @Test
    void theManifestAndTheSampleConfigValidate() throws Exception {
        Tools.Result r = Tools.run(ROOT, env, "pre-commit", "validate-manifest", ".pre-commit-hooks.yaml");
        assertEquals(0, r.code(), r.all());
        r = Tools.run(ROOT, env, "pre-commit", "validate-config", GithubFilesTest.PRE_COMMIT_CONFIG.toString());
        assertEquals(0, r.code(), r.all());
        Path broken = Tools.freshDir("pre-commit-broken").resolve(".pre-commit-hooks.yaml");
        Files.writeString(broken, Files.readString(ROOT.resolve(".pre-commit-hooks.yaml")).replace("language: system", "language: no-such-language"));
        r = Tools.run(ROOT, env, "pre-commit", "validate-manifest", broken.toString());
        assertEquals(1, r.code(), "pre-commit's validation catches a broken manifest: " + r.all());
    }

    @Test
    void theHooksPassOnTheSample() throws Exception {
        Path repo = sample("clean", Map.of());
        for (String hook : List.of("tracenotes-fmt", "tracenotes-lint")) {
            Tools.Result r = tryRepo(repo, hook);
            assertEquals(0, r.code(), r.all());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(hook.replace('-', ' ')) && l.endsWith("Passed")), r.all());
        }
    }

    @Test
    void fmtFixesANoteAndFailsTheCommitAsFormattersDo() throws Exception {
        String seed = Files.readString(Tools.SEED, StandardCharsets.UTF_8);
        Path repo = sample("fmt", Map.of("notes/seed.md", seed));
        Tools.Result r = tryRepo(repo, "tracenotes-fmt");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("files were modified by this hook") && r.out().contains("notes/seed.md:67: fixed [else-step-arrow]"), r.all());
        String fixed = Files.readString(repo.resolve("notes/seed.md"), StandardCharsets.UTF_8);
        assertTrue(fixed.contains("-> else if ret == -EBUSY"), "the note is fixed in place");
        git(repo, "add", "-A");
        r = tryRepo(repo, "tracenotes-fmt");
        assertEquals(0, r.code(), "a second run finds nothing to fix: " + r.all());
    }

    @Test
    void lintFailsOnAnError() throws Exception {
        // the sample's .tracenotes.yaml makes an unknown function an error; a README.md without trace blocks is fine
        Path repo = sample("lint", Map.of("notes/typo.md", "# typo\n\n```sh\nf(page)\n=> ret = flio_try_get(page)\n=> return ret\n```\n"));
        Tools.Result r = tryRepo(repo, "tracenotes-lint");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("notes/typo.md:5:10: error: unknown function `flio_try_get`"), r.all());
        assertTrue(r.out().contains("linted 4 notes: 1 error"), r.all());
    }
}
