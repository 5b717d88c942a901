package org.tracenotes.core.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.TraceRunner;

/** Opening a debug session from files: the notes read, or the file that cannot be. */
class DebugLaunchTest {

    private static final String NOTE = """
            ## do_thing

            ```sh
            do_thing(x)
            => a = 1
            => return a
            ```
            """;

    private static TraceRunner.Request request() {
        return new TraceRunner.Request(null, null, List.of(), Map.of(), false, RunOptions.defaults());
    }

    @Test
    void aMissingNoteIsRefusedNamingItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.md");
        TraceSession.Opening o = DebugLaunch.open(missing, List.of(), ReferenceTraces.softOffline66(), request(), null);
        TraceSession.Refused r = assertInstanceOf(TraceSession.Refused.class, o);
        assertTrue(r.message().startsWith(missing + ": cannot be read: "), r.message());
    }

    @Test
    void aMissingNoteRunWithItIsRefusedNamingItsPath(@TempDir Path dir) throws IOException {
        Path note = Files.writeString(dir.resolve("note.md"), NOTE);
        Path missing = dir.resolve("other.md");
        TraceSession.Opening o = DebugLaunch.open(note, List.of(missing), ReferenceTraces.softOffline66(), request(), null);
        TraceSession.Refused r = assertInstanceOf(TraceSession.Refused.class, o);
        assertTrue(r.message().startsWith(missing + ": cannot be read: "), r.message());
    }

    @Test
    void aReadableNoteOpensASessionOnItsFirstTrace(@TempDir Path dir) throws IOException {
        Path note = Files.writeString(dir.resolve("note.md"), NOTE);
        TraceSession.Opening o = DebugLaunch.open(note, List.of(), ReferenceTraces.softOffline66(), request(), null);
        try (TraceSession s = assertInstanceOf(TraceSession.Opened.class, o,
                () -> ((TraceSession.Refused) o).message()).session()) {
            assertEquals("do_thing", s.trace());
        }
    }
}
