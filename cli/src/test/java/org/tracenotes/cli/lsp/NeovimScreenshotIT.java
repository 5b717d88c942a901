package org.tracenotes.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/screenshots/neovim.sh}, the script that makes the README's {@code docs/neovim-lsp.png}, run
 * into {@code cli/target/neovim-screenshot}: Neovim in tmux with the seed open and {@code tracenotes lsp}
 * attached shows the diagnostics as virtual text and the hover of {@code flio_try_get}, and the screen
 * becomes a PNG. Skips without nvim, tmux, node or ImageMagick, except in CI, where {@code .ci/run}
 * installs them.
 */
class NeovimScreenshotIT {

    static final Path ROOT = LspJarIT.ROOT;

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theScriptDrawsNeovimWithTheSeedsDiagnosticsAndAHover() throws Exception {
        List<String> missing = List.of("nvim", "tmux", "node", "convert", "fc-match").stream().filter(t -> !onPath(t)).toList();
        if (!missing.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("CI is set but " + missing + " missing: .ci/run installs them");
            }
            assumeTrue(false, missing + " not installed; CI runs this test");
        }
        assertTrue(Files.isRegularFile(LspJarIT.JAR), LspJarIT.JAR + " is built by `mvn package`");
        Path out = ROOT.resolve("cli/target/neovim-screenshot");
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("neovim-lsp.png"));
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("docs/screenshots/neovim.sh").toString(), out.toString())
                .redirectErrorStream(true);
        // `java` for the launcher is the JVM running this test
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + pb.environment().getOrDefault("PATH", ""));
        Process p = pb.start();
        p.getOutputStream().close();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(200, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("neovim.sh did not end within 200 s:\n" + log);
        }
        assertEquals(0, p.exitValue(), log);
        System.out.println("[lsp] " + log.strip());
        assertTrue(log.contains("neovim.sh: hover;"), "the hover showed: " + log);

        String screen = Files.readString(out.resolve("neovim-lsp.txt"), StandardCharsets.UTF_8);
        assertTrue(screen.contains("W  34") && screen.contains("■ unknown function `flio_try_get`"), "line 34's warning as virtual text:\n" + screen);
        assertTrue(screen.contains("W  41") && screen.contains("■ `if folio = page_folio(page)` assigns"), screen);
        assertTrue(screen.contains("did you mean `folio_try_get`?"), "the hover:\n" + screen);
        assertTrue(screen.contains("=> ret = get_any_page(p, flags); « ret = 1") && screen.contains("=> return 1 « return 1"),
                "the lru-anon run's values as inlay hints:\n" + screen);
        assertTrue(screen.contains("soft_offline_page · lru-anon: returned 0"), "the run's outcome, shown by the client:\n" + screen);
        assertTrue(screen.contains("## 该函数只对大页进行get"), "the Chinese comments, as typed:\n" + screen);

        BufferedImage png = ImageIO.read(out.resolve("neovim-lsp.png").toFile());
        assertEquals(10 * 2 + 132 * 9, png.getWidth(), "132 columns of 9 px");
        assertEquals(10 * 2 + 44 * 19, png.getHeight(), "44 rows of 19 px");
    }
}
