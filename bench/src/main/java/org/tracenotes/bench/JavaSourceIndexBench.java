package org.tracenotes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceProgress;
import org.tracenotes.core.source.SourceTrees;
import org.tracenotes.core.source.java.JavaSourceIndex;

/**
 * The Java source index (JDT, no bindings) on the JDK's own {@code java.base}: unzipped from the running JDK's
 * {@code lib/src.zip} (Debian: {@code openjdk-17-source}) into a temporary folder, or {@code -Dtracenotes.javaBase=DIR}.
 * A plain harness like {@link SourceIndexBench}: each step runs once, in a fresh index, timed with
 * {@code System.nanoTime}, and is reported with its ratio to the baseline measured in the same run — reading every
 * file of the tree once. "Cold" means no {@code .tracenotes-cache}; the page cache is warm throughout.
 *
 * <p>Steps: the lookup of {@code java.util.HashMap.putVal} (the lazy path: a name scan of every file, then one file
 * parsed), cold and warm; the whole tree parsed ({@code parseAll}, every method's name), cold and warm.
 */
public final class JavaSourceIndexBench {

    private JavaSourceIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        String given = System.getProperty("tracenotes.javaBase");
        Path temp = given == null ? Files.createTempDirectory("tracenotes-java-base-") : null;
        Path root = given != null ? Path.of(given) : unzip(Path.of(System.getProperty("java.home"), "lib", "src.zip"), temp);
        try {
            deleteCache(root);
            long base = readAll(root);
            System.out.printf("%-44s %8.2f s%n", "baseline: read every file once", base / 1e9);
            report("lookup HashMap.putVal, cold (no cache)", time(() -> lookup(root)), base);
            report("lookup HashMap.putVal, warm (cache hit)", time(() -> lookup(root)), base);
            deleteCache(root);
            int[] methods = new int[1];
            report("index of every method, cold (no cache)", time(() -> methods[0] = open(root).parseAll()), base);
            report("index of every method, warm (cache hit)", time(() -> open(root).parseAll()), base);
            System.out.printf("%,d method names in %s%n", methods[0], root);
        } finally {
            if (temp != null) {
                deleteTree(temp);
            } else {
                deleteCache(root);
            }
        }
    }

    private static JavaSourceIndex open(Path root) {
        SourceTrees.Result r = JavaSourceIndex.open(root, List.of(), SourceProgress.NONE);
        if (r instanceof SourceTrees.Failed f) {
            throw new IllegalStateException(f.message());
        }
        return (JavaSourceIndex) ((SourceTrees.Loaded) r).index();
    }

    private static void lookup(Path root) {
        List<SourceFunction> found = open(root).lookup("java.util.HashMap.putVal");
        if (found.size() != 1) {
            throw new IllegalStateException("expected one java.util.HashMap.putVal, got " + found);
        }
    }

    private static void report(String what, long nanos, long base) {
        System.out.printf("%-44s %8.2f s   %5.2f× the baseline%n", what, nanos / 1e9, (double) nanos / base);
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static long readAll(Path root) throws IOException {
        long t = System.nanoTime();
        LongAdder sum = new LongAdder();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    sum.add(Files.readAllBytes(p).length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return System.nanoTime() - t;
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " not found: install the JDK's sources (Debian: openjdk-17-source) "
                    + "or pass -Dtracenotes.javaBase=DIR");
        }
        Path base = into.resolve("java.base");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path to = into.resolve(e.getName()).normalize();
                if (!e.isDirectory() && e.getName().startsWith("java.base/") && e.getName().endsWith(".java") && to.startsWith(base)) {
                    Files.createDirectories(to.getParent());
                    Files.write(to, in.readAllBytes());
                }
            }
        }
        return base;
    }

    private static void deleteCache(Path root) throws IOException {
        deleteTree(root.resolve(".tracenotes-cache"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
