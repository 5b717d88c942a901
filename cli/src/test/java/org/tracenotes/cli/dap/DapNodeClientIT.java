package org.tracenotes.cli.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * VS Code's own debug adapter test client ({@code @vscode/debugadapter-testsupport}, from npm) drives
 * the packaged {@code java -jar cli/target/tracenotes.jar dap} through {@code src/test/dap-client/test.js}.
 * An integration test: it needs the shaded jar, which {@code package} builds. It skips itself only
 * where Node is not installed and {@code CI} is not set; in CI a missing Node is a failure.
 */
class DapNodeClientIT {

    static final Path ROOT = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize();
    static final Path JAR = Path.of(System.getProperty("tracenotes.jar", ROOT.resolve("cli/target/tracenotes.jar").toString()));
    static final Path CLIENT = ROOT.resolve("cli/src/test/dap-client");
    static final Path WORK = Path.of(System.getProperty("dap.client.work", ROOT.resolve("cli/target/dap-client").toString()));

    private static boolean onPath(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(Path dir, long minutes, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("TRACENOTES_ROOT", ROOT.toString());
        pb.environment().put("TRACENOTES_JAR", JAR.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + minutes + " min:\n" + out);
        }
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + out);
        return out;
    }

    @Test
    void vscodeDebugAdapterTestClientDrivesTheJar() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        boolean node = onPath("node");
        Assumptions.assumeTrue(node || ci, "node is not installed (and CI is not set): the npm client test is skipped");
        assertTrue(node, "CI is set but node is not installed: .ci/run installs nodejs and npm");
        assertTrue(onPath("npm"), "node is installed but npm is not");
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: the IT runs after `package`");
        Files.createDirectories(WORK);
        for (String f : List.of("package.json", "package-lock.json", "test.js")) {
            Files.copy(CLIENT.resolve(f), WORK.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> npm = new ArrayList<>(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"));
        run(WORK, 10, npm.toArray(new String[0]));
        String out = run(WORK, 5, "node", "--test-reporter=tap", "test.js");
        System.out.println(out);
        assertTrue(out.contains("# pass 3") && out.contains("# fail 0"), out);
    }
}
