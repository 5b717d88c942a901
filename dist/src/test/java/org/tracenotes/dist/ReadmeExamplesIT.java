package org.tracenotes.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.dist.Tools.ROOT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every {@code console} example of README.md, run by {@code docs/tools/ReadmeExamples.java --check}
 * against this build: the README shows what the tools print today, so its outputs and figures cannot go
 * stale. When one fails, {@code docs/regenerate.sh} (or the program with {@code --write}) rewrites the
 * examples whose whole output is shown; a cut one (with {@code …} lines) is re-cut by hand.
 */
class ReadmeExamplesIT {

    @Test
    void everyReadmeExamplePrintsWhatTheReadmeShows() throws Exception {
        boolean shared = Files.isDirectory(ROOT.resolve("../shared/corpus"));
        Assumptions.assumeTrue(shared || Tools.ci(), "../shared is absent (and CI is not set): the README's corpus example needs it");
        assertTrue(shared, "CI is set but ../shared is absent: the README's examples read it");
        String java = ProcessHandle.current().info().command().orElse("java");
        Tools.Result r = Tools.run(ROOT, Map.of(), 900,
                List.of(java, ROOT.resolve("docs/tools/ReadmeExamples.java").toString(), "--check", ROOT.resolve("README.md").toString()));
        assertEquals(0, r.code(), r.all());
        assertTrue(r.err().contains("; all current"), r.all());
    }

    @Test
    void aStaleExampleIsFoundAndRewritten() throws Exception {
        Path dir = Tools.freshDir("readme-examples");
        Files.createDirectories(dir.resolve("cli/target"));
        Files.createSymbolicLink(dir.resolve("cli/target/tracenotes.jar"), ROOT.resolve("cli/target/tracenotes.jar"));
        Files.copy(ROOT.resolve("tracenotes"), dir.resolve("tracenotes"));
        Files.createDirectories(dir.resolve("samples"));
        Files.copy(Tools.SEED, dir.resolve("samples/soft-offline.md"));
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, String.join("\n", "# x", "", "```console", "$ ./tracenotes check samples/soft-offline.md",
                "checked 2 notes: 0 errors, 0 warnings", "```", "",
                "<!-- example: not run: shows a made-up command -->", "```console", "$ ./tracenotes frobnicate", "nothing", "```", ""));
        String java = ProcessHandle.current().info().command().orElse("java");
        String program = ROOT.resolve("docs/tools/ReadmeExamples.java").toString();

        Tools.Result check = Tools.run(dir, Map.of(), 300, List.of(java, program, "--check", readme.toString()));
        assertEquals(1, check.code(), check.all());
        assertTrue(check.err().contains("README.md:3: `./tracenotes check samples/soft-offline.md` prints what the README does not show"), check.all());
        assertTrue(check.err().contains("1 blocks run, 1 not run; 1 stale"), check.all());

        Tools.Result write = Tools.run(dir, Map.of(), 300, List.of(java, program, "--write", readme.toString()));
        assertEquals(0, write.code(), write.all());
        String fixed = Files.readString(readme);
        assertTrue(fixed.contains("$ ./tracenotes check samples/soft-offline.md\nchecked 1 note: 0 errors, 0 warnings\n```"), fixed);
        assertTrue(fixed.contains("$ ./tracenotes frobnicate\nnothing\n"), "a block not run is left alone: " + fixed);
        assertEquals(0, Tools.run(dir, Map.of(), 300, List.of(java, program, "--check", readme.toString())).code());
    }
}
