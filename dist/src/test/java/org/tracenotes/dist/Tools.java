package org.tracenotes.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** What the distribution's tests share: the repository, the archives, processes and tools on PATH. */
final class Tools {

    static final Path ROOT = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize();
    static final String VERSION = System.getProperty("tracenotes.version", "0.1.0-SNAPSHOT");
    static final Path ZIP = Path.of(System.getProperty("dist.zip",
            ROOT.resolve("dist/target/tracenotes-" + VERSION + ".zip").toString()));
    static final Path TGZ = Path.of(System.getProperty("dist.tgz",
            ROOT.resolve("dist/target/tracenotes-" + VERSION + ".tar.gz").toString()));
    static final Path WORK = Path.of(System.getProperty("dist.work", ROOT.resolve("dist/target/it").toString()));
    static final Path SEED = ROOT.resolve("samples/soft-offline.md");

    private Tools() { }

    record Result(int code, String out, String err) {
        String all() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    static boolean ci() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equals("false");
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the test where {@code tool} is missing outside CI; in CI a missing tool is a failure. */
    static void require(String tool, String why) {
        boolean there = onPath(tool);
        Assumptions.assumeTrue(there || ci(), tool + " is not installed (and CI is not set): skipped; " + why);
        assertTrue(there, "CI is set but " + tool + " is not installed: .ci/run installs it (" + why + ")");
    }

    /** Runs {@code command} in {@code dir} with the extra environment, no standard input, within {@code seconds}. */
    static Result run(Path dir, Map<String, String> env, long seconds, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("dist-out", ".txt");
        Path err = Files.createTempFile("dist-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + seconds + " s");
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    static Result run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        return run(dir, env, 120, List.of(command));
    }

    /** A fresh, empty folder under target/it. */
    static Path freshDir(String name) throws IOException {
        Path dir = WORK.resolve(name);
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Unpacks the release zip into {@code dir} as unzip does, with the Unix permissions the zip records
     * (read through the JDK's zip file system), and returns the release's home, {@code dir/tracenotes-VERSION}.
     */
    static Path unzip(Path zip, Path dir) throws IOException {
        assertTrue(Files.isRegularFile(zip), zip + " is missing: the ITs run after `package`");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("enablePosixFileAttributes", "true"))) {
            Path top = fs.getPath("/");
            List<Path> entries;
            try (Stream<Path> s = Files.walk(top)) {
                entries = new ArrayList<>(s.toList());
            }
            for (Path e : entries) {
                Path target = dir.resolve(top.relativize(e).toString());
                if (Files.isDirectory(e)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(e, target);
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(e);
                    Files.setPosixFilePermissions(target, perms);
                }
            }
        }
        return dir.resolve("tracenotes-" + VERSION);
    }

    /** The unpacked release {@code home} zipped again as release {@code version} would be: tracenotes-VERSION/ inside. */
    static void rezip(Path home, Path zip, String version) throws IOException {
        Files.createDirectories(zip.getParent());
        Files.deleteIfExists(zip);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("create", "true", "enablePosixFileAttributes", "true"));
             Stream<Path> files = Files.walk(home)) {
            for (Path p : files.toList()) {
                Path target = fs.getPath("tracenotes-" + version, home.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p));
                }
            }
        }
    }
}
