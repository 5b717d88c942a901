package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./tracenotes} launcher on the built jar, as a user's shell runs it. */
class LauncherIT {

    static final Path ROOT = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize();

    private record Result(int code, String out, String err) { }

    private static Result launch(String locale, File stdout, String... args) throws Exception {
        return launch(locale, stdout, java.util.Map.of(), args);
    }

    private static Result launch(String locale, File stdout, java.util.Map<String, String> env, String... args)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", ROOT.resolve("tracenotes").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LC_ALL", locale);
        pb.environment().put("LANG", locale);
        pb.environment().putAll(env);
        Path err = Files.createTempFile("tracenotes-err", ".txt");
        pb.redirectError(err.toFile());
        Path out = stdout == null ? Files.createTempFile("tracenotes-out", ".txt") : null;
        pb.redirectOutput(stdout != null ? stdout : out.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher ends");
        return new Result(p.exitValue(), out == null ? "" : Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aNoteWithANonAsciiNameIsReadUnderThePosixLocale(@TempDir Path dir) throws Exception {
        Path note = Files.copy(ROOT.resolve("samples/soft-offline.md"), dir.resolve("笔记.md"));
        Result r = launch("C", null, "check", note.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("checked 1 note: 0 errors"), r.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnErrorNotASuccess() throws Exception {
        File full = new File("/dev/full");
        if (!full.exists()) {
            return;   // not Linux: there is no device that is always full
        }
        Result r = launch("C.UTF-8", full, "outline", ROOT.resolve("samples/soft-offline.md").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("standard output could not be written"), r.err());
    }

    /** The JVM's flags as {@code -XX:+PrintCommandLineFlags} prints them first on standard output. */
    private static String jvmFlags(Path dir, String... args) throws Exception {
        Result r = launch("C.UTF-8", null, java.util.Map.of("TRACENOTES_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), args);
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        return r.out().lines().findFirst().orElse("");
    }

    @Test
    void aShortRunOfAFewNotesCompilesWithC1AloneAndTheSerialCollector(@TempDir Path dir) throws Exception {
        String flags = jvmFlags(dir, "check", ROOT.resolve("samples/soft-offline.md").toString());
        assertTrue(flags.contains("-XX:TieredStopAtLevel=1") && flags.contains("-XX:+UseSerialGC"), flags);
    }

    @Test
    void aRunOfMoreThanTwoMegabytesOfNotesKeepsC2(@TempDir Path dir) throws Exception {
        String seed = Files.readString(ROOT.resolve("samples/soft-offline.md"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("big.md"), seed.repeat(3_000_000 / seed.length() + 1));
        String flags = jvmFlags(dir, "run", dir.resolve("big.md").toString());
        assertTrue(flags.contains("-XX:+UseSerialGC") && !flags.contains("TieredStopAtLevel"), flags);
    }

    @Test
    void aLintOfMoreThanTwoMegabytesOfNotesStillCompilesWithC1Alone(@TempDir Path dir) throws Exception {
        String seed = Files.readString(ROOT.resolve("samples/soft-offline.md"), StandardCharsets.UTF_8);
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("note-" + i + ".md"), seed.repeat(Math.max(1, 200_000 / seed.length() + 1)));
        }
        String flags = jvmFlags(dir, "lint", dir.toString());
        assertTrue(flags.contains("-XX:+UseSerialGC") && flags.contains("-XX:TieredStopAtLevel=1"), flags);
    }

    @Test
    void aCheckOfMoreThanTwoMegabytesStillCompilesWithC1Alone(@TempDir Path dir) throws Exception {
        String seed = Files.readString(ROOT.resolve("samples/soft-offline.md"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("big.md"), seed.repeat(3_000_000 / seed.length() + 1));
        String flags = jvmFlags(dir, "check", dir.resolve("big.md").toString());
        assertTrue(flags.contains("-XX:+UseSerialGC") && flags.contains("-XX:TieredStopAtLevel=1"), flags);
    }

    @Test
    void aCheckOfAMegabyteOrMoreCompilesAtHalfTheUsualCountsAndAShortOneAtTheUsual(@TempDir Path dir) throws Exception {
        String seed = Files.readString(ROOT.resolve("samples/soft-offline.md"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("long.md"), seed.repeat(1_200_000 / seed.length() + 1));
        String flags = jvmFlags(dir, "check", dir.resolve("long.md").toString());
        assertTrue(flags.contains("-XX:CompileThresholdScaling=0.5") && flags.contains("-XX:TieredStopAtLevel=1"), flags);
        String shortCheck = jvmFlags(dir, "check", ROOT.resolve("samples/soft-offline.md").toString());
        assertTrue(!shortCheck.contains("CompileThresholdScaling"), shortCheck);
        String lint = jvmFlags(dir, "lint", dir.resolve("long.md").toString());
        assertTrue(!lint.contains("CompileThresholdScaling"), lint);
    }

    @Test
    void aCommandThatReadsNoNotesKeepsTheJvmsDefaults(@TempDir Path dir) throws Exception {
        String flags = jvmFlags(dir, "--version");
        assertTrue(!flags.contains("TieredStopAtLevel") && !flags.contains("UseSerialGC"), flags);
    }
}
