package org.tracenotes.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.tracenotes.core.source.c.CSourceIndex;

/**
 * The kernel-style C tree under {@code src/test/resources/source/kernel}, copied to a folder of the
 * test's (so its cache never lands in the sources), and opened as a {@link SourceIndex}.
 */
public final class KernelFixture {

    public static final Path TREE = Path.of("src/test/resources/source/kernel");

    private KernelFixture() {
    }

    /** Copies the fixture tree into {@code dir} and returns the copy's root. */
    public static Path copy(Path dir) throws IOException {
        Path root = dir.resolve("kernel");
        try (Stream<Path> walk = Files.walk(TREE)) {
            for (Path p : walk.sorted().toList()) {
                Path to = root.resolve(TREE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.toString().contains(".tracenotes-cache")) {
                    Files.copy(p, to);
                }
            }
        }
        return root;
    }

    /** The fixture copied into {@code dir}, opened. */
    public static SourceIndex open(Path dir) throws IOException {
        return loaded(CSourceIndex.open(copy(dir), SourceProgress.NONE));
    }

    public static SourceIndex loaded(SourceTrees.Result r) {
        if (r instanceof SourceTrees.Failed f) {
            throw new AssertionError(f.message());
        }
        return ((SourceTrees.Loaded) r).index();
    }

    /** Every node of a body, branches' bodies included, in order. */
    public static List<SourceNode> flat(List<SourceNode> nodes) {
        java.util.List<SourceNode> out = new java.util.ArrayList<>();
        for (SourceNode n : nodes) {
            out.add(n);
            if (n instanceof SourceNode.Branch b) {
                out.addAll(flat(b.body()));
            }
        }
        return out;
    }
}
