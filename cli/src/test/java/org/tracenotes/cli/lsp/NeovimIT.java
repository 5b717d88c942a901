package org.tracenotes.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neovim as the client: {@code nvim --headless} runs {@code src/test/resources/lsp/nvim-client.lua}, which
 * starts {@code java -jar cli/target/tracenotes.jar lsp} the way the README tells a user to, opens the
 * seed, waits for its diagnostics, asks for a hover and the document symbols, and writes what it got to
 * a JSON file checked here. Without {@code nvim} the test skips, except in CI ({@code CI} set), where
 * {@code .ci/run} installs Neovim and its absence is a failure.
 */
class NeovimIT {

    static final Path ROOT = LspJarIT.ROOT;

    @TempDir
    Path dir;

    private static Path nvim() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "nvim");
            if (!d.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void neovimShowsTheSeedsDiagnosticsHoverAndSymbols() throws Exception {
        Path nvim = nvim();
        if (nvim == null) {
            if (System.getenv("CI") != null) {
                fail("CI is set but nvim is not installed: .ci/run installs Debian's neovim package");
            }
            assumeTrue(false, "nvim is not installed (apt-get install neovim); CI runs this test");
        }
        assertTrue(Files.isRegularFile(LspJarIT.JAR), LspJarIT.JAR + " is built by `mvn package`");
        Path seed = dir.resolve("notes/soft-offline.md");
        Files.createDirectories(seed.getParent());
        Files.copy(ROOT.resolve("samples/soft-offline.md"), seed);
        Path script = dir.resolve("nvim-client.lua");
        try (var in = NeovimIT.class.getResourceAsStream("/lsp/nvim-client.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path out = dir.resolve("nvim-result.json");
        Path home = Files.createDirectories(dir.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(nvim.toString(), "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "luafile " + script)
                .directory(seed.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nvim-output.txt").toFile());
        Map<String, String> env = pb.environment();
        env.put("TRACENOTES_JAR", LspJarIT.JAR.toString());
        env.put("TRACENOTES_NOTE", seed.toString());
        env.put("TRACENOTES_OUT", out.toString());
        env.put("TRACENOTES_HOVER", "33,36");   // on flio_try_get, line 34
        // Neovim's state, log and config in the temp folder, not the user's
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            env.put(xdg, home.toString());
        }
        // `java` on Neovim's PATH is the JVM running this test
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("nvim did not finish within 180 s: " + Files.readString(dir.resolve("nvim-output.txt")));
        }
        String output = Files.readString(dir.resolve("nvim-output.txt"), StandardCharsets.UTF_8);
        assertTrue(Files.isRegularFile(out), "nvim wrote no result (exit " + p.exitValue() + "): " + output);
        JsonObject r = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(0, p.exitValue(), r + "\n" + output);
        assertTrue(r.get("started").getAsBoolean(), r.toString());
        assertTrue(r.get("got_diagnostics").getAsBoolean(), r.toString());
        System.out.println("[lsp] Neovim " + r.get("nvim").getAsString() + ": diagnostics "
                + r.get("diagnostics_ms").getAsLong() + " ms after the client started the server (JVM start included)");

        List<String> diagnostics = new ArrayList<>();
        for (JsonElement e : r.getAsJsonArray("diagnostics")) {
            JsonObject d = e.getAsJsonObject();
            assertEquals("tracenotes", d.get("source").getAsString());
            diagnostics.add(d.get("line").getAsInt() + " " + d.get("code").getAsString() + " " + d.get("severity").getAsInt());
        }
        assertTrue(diagnostics.containsAll(List.of("34 unknown-function 2", "41 assignment-in-condition 2",
                "67 else-step-arrow 2")), diagnostics.toString());
        assertEquals(13, diagnostics.size(), diagnostics.toString());

        String hover = r.getAsJsonObject("hover").get("value").getAsString();
        assertTrue(hover.contains("did you mean `folio_try_get`?"), hover);

        List<String> symbols = new ArrayList<>();
        r.getAsJsonArray("symbols").forEach(s -> symbols.add(s.getAsString()));
        assertEquals("soft_offline_page(pfn, flags)", symbols.get(0), symbols.toString());
        assertTrue(symbols.containsAll(List.of("get_hwpoison_page", "get_any_page", "__get_hwpoison_page",
                "get_hwpoison_hugetlb_folio", "flio_try_get")), symbols.toString());
        assertTrue(r.get("stopped").getAsBoolean(), "the client stopped the server: " + r);
    }
}
