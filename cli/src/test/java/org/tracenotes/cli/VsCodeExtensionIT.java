package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The VS Code extension in {@code editors/vscode}, copied to {@code cli/target/vscode-extension} (so the
 * source folder gets no {@code node_modules}): {@code npm ci}, then its node test with
 * {@code TRACENOTES_LAUNCHER} set to the repository's {@code ./tracenotes} (package.json's contributions,
 * extension.js's wiring, and the server and adapter it starts answering {@code initialize} on the built
 * jar), then {@code vsce package} into a .vsix whose contents are checked. vsce needs Node.js 20: on an
 * older Node the packaging is skipped and said so. Skips itself only where Node is missing outside CI.
 */
class VsCodeExtensionIT {

    static final Path ROOT = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize();
    static final Path EXTENSION = ROOT.resolve("editors/vscode");
    static final Path WORK = ROOT.resolve("cli/target/vscode-extension");

    private static String version(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String run(long minutes, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true);
        pb.environment().put("TRACENOTES_LAUNCHER", ROOT.resolve("tracenotes").toString());
        // `java` for the launcher is the JVM running this test
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                + pb.environment().getOrDefault("PATH", ""));
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

    /** Copies the extension's own files (not node_modules, not a .vsix) to the work folder. */
    private static void copyExtension() throws IOException {
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.walk(EXTENSION)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = EXTENSION.relativize(f);
                if (rel.startsWith("node_modules") || rel.toString().endsWith(".vsix")) {
                    continue;
                }
                Files.createDirectories(WORK.resolve(rel).getParent());
                Files.copy(f, WORK.resolve(rel), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void theExtensionIsCheckedAgainstTheJarAndPackaged() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        String node = version("node");
        Assumptions.assumeTrue(node != null || ci, "node is not installed (and CI is not set): the VS Code extension test is skipped");
        assertTrue(node != null, "CI is set but node is not installed: .ci/run installs nodejs and npm");
        assertTrue(version("npm") != null, "node is installed but npm is not");
        assertTrue(Files.isRegularFile(ROOT.resolve("cli/target/tracenotes.jar")), "the IT runs after `package`");
        copyExtension();
        run(10, "npm", "ci", "--no-audit", "--no-fund", "--prefer-offline");
        String out = run(5, "node", "--test", "--test-reporter=tap", "test/extension.test.js");
        System.out.println(out);
        assertTrue(out.contains("# pass 8") && out.contains("# fail 0") && out.contains("# skipped 0"), out);

        int major = Integer.parseInt(node.replaceFirst("^v(\\d+).*", "$1"));
        if (major < 20) {
            System.out.println("[vscode] node " + node + ": vsce needs Node.js 20, so the .vsix is not packaged");
            return;
        }
        Path vsix = WORK.resolve("tracenotes-0.1.0.vsix");
        Files.deleteIfExists(vsix);
        run(5, "npm", "run", "package", "--", "--out", vsix.toString());
        List<String> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(vsix.toFile())) {
            zip.stream().forEach(e -> entries.add(e.getName()));
        }
        for (String e : List.of("extension.vsixmanifest", "extension/package.json", "extension/extension.js",
                "extension/language-configuration.json", "extension/readme.md",
                "extension/node_modules/vscode-languageclient/package.json")) {
            assertTrue(entries.stream().anyMatch(x -> x.equalsIgnoreCase(e)), e + " in " + vsix + ": " + entries.size() + " entries");
        }
        assertTrue(entries.stream().noneMatch(x -> x.startsWith("extension/test/") || x.contains("node_modules/@vscode/vsce")),
                "no tests or dev dependencies in the .vsix");
        System.out.println("[vscode] packaged " + vsix + " (" + Files.size(vsix) + " bytes, " + entries.size() + " entries)");
    }
}
