package org.tracenotes.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real notes beside the repository; tests using it skip when it is absent. */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /** Every note file of {@code ../shared/corpus}, in path order; skips the calling test without it. */
    public static List<Path> all() throws IOException {
        Path corpus = Golden.shared().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "shared/corpus is not beside the repository");
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                    .sorted().toList();
        }
    }
}
