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
        List<String> command = new java.util.ArrayList<>(List.of("sh", ROOT.resolve("tracenotes").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LC_ALL", locale);
        pb.environment().put("LANG", locale);
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
}
