package org.tracenotes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Run with {@code -Dtracenotes.updateGolden=true}
 * to rewrite them from the current output, then review the diff.
 */
public final class Golden {

    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("tracenotes.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "output differs from golden file " + file + " (rerun with -Dtracenotes.updateGolden=true to accept)");
    }

    /** The repository's root, from the module's working directory. */
    public static Path repositoryRoot() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    /** The shared folder beside the repository, as given by the build or found by convention. */
    public static Path shared() {
        String p = System.getProperty("tracenotes.shared");
        return p != null ? Path.of(p) : repositoryRoot().resolve("../shared").normalize();
    }
}
