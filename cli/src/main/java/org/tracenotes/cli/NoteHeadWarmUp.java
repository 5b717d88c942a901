package org.tracenotes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tracenotes.core.parse.NoteParser;

/**
 * The parser warmed up on the head of a long note, while the command's thread reads and decodes the note:
 * a note of a megabyte or more is parsed in pieces on every core, and its pieces' first milliseconds ran
 * in the interpreter until the JIT had compiled the lexer, the parser and the model's builder (a tenth of
 * the piece workers' CPU over a 20 MB note, nearly all in its first pieces). Until the pieces start, the
 * second core has nothing to do but this thread; here it parses the note's first lines, so that the JIT
 * compiles what the pieces need, and the grammar's prediction cache holds the note's own line shapes,
 * before they start. The parse's result is dropped: only the JVM's and the grammar's caches change, which
 * the command fills anyway; nothing the command prints depends on them.
 */
final class NoteHeadWarmUp {

    /** A note at least this long is parsed in pieces (the core's threshold: 16 pieces of 64 Ki characters). */
    static final long LONG_NOTE_BYTES = 1L << 20;
    /** How much of the head is parsed: about what the second core has time for before the pieces start. */
    static final int HEAD_BYTES = 64 << 10;

    private NoteHeadWarmUp() {
    }

    /** The longest of the regular files among {@code args} if it is a long note, else null. */
    static Path longNote(String[] args) {
        Path longest = null;
        long most = LONG_NOTE_BYTES - 1;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-")) {
                continue;
            }
            try {
                Path p = Path.of(args[i]);
                if (Files.isRegularFile(p)) {
                    long size = Files.size(p);
                    if (size > most) {
                        most = size;
                        longest = p;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not a file this warm-up can read: the command reports it if it must
            }
        }
        return longest;
    }

    /** Parses the first lines of {@code note} (up to {@link #HEAD_BYTES}, cut after a line feed) and drops the result. */
    static void parseHead(Path note) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(note)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        int end = head.length;
        while (end > 0 && head[end - 1] != '\n') {
            end--;
        }
        if (end > 0) {
            new NoteParser().parse("warm-up.md", new String(head, 0, end, StandardCharsets.UTF_8));
        }
    }
}
