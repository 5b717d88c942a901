package org.tracenotes.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.dist.Tools.ROOT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The structure of what GitHub and pre-commit read, checked where no GitHub runner is: action.yml, the
 * sample repository's workflow and pre-commit config, .pre-commit-hooks.yaml, and that they agree with
 * each other, with the scripts the action runs and with the README. GitHub's own schemas and actionlint
 * check the same files in {@link GithubFilesIT}; pre-commit itself in {@link PreCommitIT}.
 */
class GithubFilesTest {

    static final Path ACTION = ROOT.resolve("action.yml");
    static final Path SAMPLE = ROOT.resolve("samples/ci");
    static final Path WORKFLOW = SAMPLE.resolve(".github/workflows/notes.yml");
    static final Path HOOKS = ROOT.resolve(".pre-commit-hooks.yaml");
    static final Path PRE_COMMIT_CONFIG = SAMPLE.resolve(".pre-commit-config.yaml");

    static Object yaml(Path file) throws Exception {
        return new Load(LoadSettings.builder().setLabel(file.toString()).build())
                .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String what) {
        assertTrue(o instanceof Map, what + " is a mapping: " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o, String what) {
        assertTrue(o instanceof List, what + " is a list: " + o);
        return (List<Object>) o;
    }

    static Set<String> matches(String regex, String text, int group) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    @Test
    void theActionIsACompositeOfSetupJavaInstallAndLint() throws Exception {
        Map<String, Object> action = map(yaml(ACTION), "action.yml");
        assertFalse(String.valueOf(action.get("name")).isBlank());
        assertFalse(String.valueOf(action.get("description")).isBlank());
        Map<String, Object> inputs = map(action.get("inputs"), "inputs");
        for (String input : List.of("paths", "version", "fail-on", "sarif-file")) {
            Map<String, Object> in = map(inputs.get(input), "input " + input);
            assertFalse(String.valueOf(in.get("description")).isBlank(), input + " is described");
            assertTrue(in.containsKey("default"), input + " has a default");
            assertEquals(false, in.get("required"), input + " is optional");
        }
        assertEquals("error", map(inputs.get("fail-on"), "fail-on").get("default"));
        assertEquals("tracenotes.sarif", map(inputs.get("sarif-file"), "sarif-file").get("default"));

        Map<String, Object> runs = map(action.get("runs"), "runs");
        assertEquals("composite", runs.get("using"));
        List<Object> steps = list(runs.get("steps"), "steps");
        Map<String, Object> java = map(steps.get(0), "the first step");
        assertTrue(String.valueOf(java.get("uses")).startsWith("actions/setup-java@v"), "Java is set up first: " + java);
        assertEquals("${{ inputs.java-version }}", map(java.get("with"), "setup-java's with").get("java-version"));

        Set<String> ids = new LinkedHashSet<>();
        for (Object o : steps) {
            Map<String, Object> step = map(o, "a step");
            if (step.containsKey("run")) {
                assertEquals("bash", step.get("shell"), "a composite run step names its shell: " + step);
                assertNotNull(step.get("id"), "run steps have ids: " + step);
                ids.add((String) step.get("id"));
                // the script it runs exists and writes the outputs the action maps from it
                String run = (String) step.get("run");
                Matcher m = Pattern.compile("\\$GITHUB_ACTION_PATH/([\\w./-]+)").matcher(run);
                assertTrue(m.find(), "the step runs a script of the action's checkout: " + run);
                Path script = ROOT.resolve(m.group(1));
                assertTrue(Files.isRegularFile(script), script + " exists");
                String text = Files.readString(script, StandardCharsets.UTF_8);
                Map<String, Object> env = map(step.get("env"), "the env of " + step.get("id"));
                for (String var : env.keySet()) {
                    assertTrue(text.contains(var), step.get("id") + " sets " + var + ", which " + script.getFileName() + " reads");
                }
                for (String used : matches("\\$\\{?(TRACENOTES_[A-Z_]+)", text, 1)) {
                    assertTrue(env.containsKey(used) || used.equals("TRACENOTES_RELEASE_BASE"),
                            script.getFileName() + " reads " + used + ", which the step sets");
                }
            }
        }
        assertEquals(Set.of("install", "lint"), ids);

        String text = Files.readString(ACTION, StandardCharsets.UTF_8);
        for (String used : matches("\\$\\{\\{\\s*inputs\\.([\\w-]+)\\s*}}", text, 1)) {
            assertTrue(inputs.containsKey(used), "inputs." + used + " is declared");
        }
        for (String input : inputs.keySet()) {
            assertTrue(text.contains("inputs." + input + " }}"), "input " + input + " is used");
        }
        Map<String, Object> outputs = map(action.get("outputs"), "outputs");
        assertTrue(outputs.keySet().containsAll(List.of("version", "sarif-file", "exit-code")), outputs.toString());
        for (Object o : outputs.values()) {
            String value = String.valueOf(map(o, "an output").get("value"));
            Matcher m = Pattern.compile("^\\$\\{\\{ steps\\.([\\w-]+)\\.outputs\\.([\\w-]+) }}$").matcher(value);
            assertTrue(m.matches(), value);
            assertTrue(ids.contains(m.group(1)), value + " names a step");
            Path script = ROOT.resolve("dist/src/action/" + m.group(1) + ".sh");
            assertTrue(Files.readString(script).contains("echo \"" + m.group(2) + "="), script.getFileName() + " writes " + m.group(2));
        }
    }

    @Test
    void theSampleWorkflowRunsTheActionAndUploadsItsSarif() throws Exception {
        Map<String, Object> wf = map(yaml(WORKFLOW), "notes.yml");
        Map<String, Object> on = map(wf.get("on"), "on");
        assertTrue(on.containsKey("push") && on.containsKey("pull_request"), on.toString());
        Map<String, Object> jobs = map(wf.get("jobs"), "jobs");
        assertEquals(1, jobs.size());
        Map<String, Object> job = map(jobs.values().iterator().next(), "the job");
        assertEquals("write", map(job.get("permissions"), "permissions").get("security-events"), "upload-sarif needs security-events: write");
        List<Object> steps = list(job.get("steps"), "steps");
        Map<String, Object> inputs = map(map(yaml(ACTION), "action.yml").get("inputs"), "inputs");

        Map<String, Object> ours = null;
        Map<String, Object> upload = null;
        for (Object o : steps) {
            Map<String, Object> step = map(o, "a step");
            String uses = String.valueOf(step.get("uses"));
            if (uses.startsWith("tracenotes/tracenotes@")) {
                ours = step;
            } else if (uses.startsWith("github/codeql-action/upload-sarif@")) {
                upload = step;
            }
        }
        assertNotNull(ours, "a step uses the action");
        assertTrue(String.valueOf(map(steps.get(0), "the first step").get("uses")).startsWith("actions/checkout@"), "checkout first");
        Map<String, Object> with = map(ours.get("with"), "the action's with");
        for (String key : with.keySet()) {
            assertTrue(inputs.containsKey(key), key + " is an input of action.yml");
        }
        for (String path : String.valueOf(with.get("paths")).split("\\s+")) {
            assertTrue(Files.isDirectory(SAMPLE.resolve(path)) || Files.isRegularFile(SAMPLE.resolve(path)), path + " is in the sample");
        }
        assertNotNull(upload, "a step uploads the SARIF");
        String id = (String) ours.get("id");
        assertEquals("${{ steps." + id + ".outputs.sarif-file }}", map(upload.get("with"), "upload's with").get("sarif_file"));
        String cond = String.valueOf(upload.get("if"));
        assertTrue(cond.contains("!cancelled()") || cond.contains("always()"), "the upload runs when the lint step fails: " + cond);
    }

    @Test
    void preCommitHooksLintAndFormatNotesWithTheTracenotesOnPath() throws Exception {
        List<Object> hooks = list(yaml(HOOKS), ".pre-commit-hooks.yaml");
        Map<String, String> entries = Map.of("tracenotes-lint", "tracenotes lint", "tracenotes-fmt", "tracenotes fmt");
        List<String> ids = new ArrayList<>();
        for (Object o : hooks) {
            Map<String, Object> hook = map(o, "a hook");
            String id = (String) hook.get("id");
            ids.add(id);
            assertEquals(entries.get(id), hook.get("entry"), id);
            assertEquals("system", hook.get("language"), id);
            assertFalse(String.valueOf(hook.get("name")).isBlank(), id);
            Pattern files = Pattern.compile((String) hook.get("files"));
            for (String note : List.of("notes/a.md", "b.markdown", "deep/c.trace")) {
                assertTrue(files.matcher(note).find(), id + " matches " + note);
            }
            for (String other : List.of("pom.xml", "src/Main.java", "notes.md.orig")) {
                assertFalse(files.matcher(other).find(), id + " leaves " + other + " alone");
            }
        }
        assertEquals(List.of("tracenotes-lint", "tracenotes-fmt"), ids);

        Map<String, Object> config = map(yaml(PRE_COMMIT_CONFIG), ".pre-commit-config.yaml");
        List<Object> repos = list(config.get("repos"), "repos");
        assertEquals(1, repos.size());
        Map<String, Object> repo = map(repos.get(0), "the repo");
        assertEquals("https://github.com/tracenotes/tracenotes", repo.get("repo"));
        assertTrue(String.valueOf(repo.get("rev")).matches("v\\d+\\.\\d+\\.\\d+"), "a release tag: " + repo.get("rev"));
        for (Object o : list(repo.get("hooks"), "hooks")) {
            Map<String, Object> hook = map(o, "a hook");
            assertTrue(ids.contains(hook.get("id")), hook.get("id") + " is a hook of .pre-commit-hooks.yaml");
            Pattern files = Pattern.compile(String.valueOf(hook.getOrDefault("files", "")));
            try (var s = Files.list(SAMPLE.resolve("notes"))) {
                s.forEach(n -> assertTrue(files.matcher(SAMPLE.relativize(n).toString()).find(), hook.get("id") + " takes " + n));
            }
        }
    }

    @Test
    void theReadmeShowsTheSampleFilesAsTheyAre() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        for (Path file : List.of(WORKFLOW, PRE_COMMIT_CONFIG)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(readme.contains("```yaml\n" + text + "```\n"), "README.md shows " + ROOT.relativize(file) + " whole, as it is");
        }
    }

    @Test
    void theScriptsParseAndPassShellcheck() throws Exception {
        List<Path> posix = List.of(ROOT.resolve("dist/src/bin/tracenotes"));
        List<Path> bash = List.of(ROOT.resolve("dist/src/action/install.sh"), ROOT.resolve("dist/src/action/lint.sh"));
        for (Path p : posix) {
            Tools.Result r = Tools.run(ROOT, Map.of(), "sh", "-n", p.toString());
            assertEquals(0, r.code(), r.all());
        }
        for (Path p : bash) {
            Tools.Result r = Tools.run(ROOT, Map.of(), "bash", "-n", p.toString());
            assertEquals(0, r.code(), r.all());
        }
        Tools.require("shellcheck", "lints the launcher (as POSIX sh) and the action's scripts");
        Tools.Result r = Tools.run(ROOT, Map.of(), "shellcheck", "-s", "sh", posix.get(0).toString());
        assertEquals(0, r.code(), r.all());
        r = Tools.run(ROOT, Map.of(), "shellcheck", bash.get(0).toString(), bash.get(1).toString());
        assertEquals(0, r.code(), r.all());
    }
}
