package org.tracenotes.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Json;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/** The outline writers walk the steps from a heap stack: a deep note needs no deep thread stack. */
class IterativeOutlineTest {

    private static Note nested(int levels) {
        StringBuilder note = new StringBuilder("```\nf()\n");
        for (int i = 0; i < levels; i++) {
            note.append(" ".repeat(i)).append("=> g").append(i).append("()\n");
        }
        return new NoteParser().parse("n.md", note.append("```\n").toString());
    }

    /** What {@code work} returns, run on a thread with a stack of 512 KB; fails on a StackOverflowError. */
    private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                value.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 << 10);
        t.start();
        t.join();
        assertNull(failure.get(), () -> String.valueOf(failure.get()));
        return value.get();
    }

    @Test
    void theJsonOutlineOfAThreeThousandLevelNoteIsWrittenOnASmallStack() throws Exception {
        Note note = nested(3_000);
        // indented JSON of 3,000 levels is ~1 GB of spaces: counted, not kept
        long[] chars = {0};
        java.io.Writer counting = new java.io.Writer() {
            @Override
            public void write(char[] b, int off, int len) {
                chars[0] += len;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        onSmallStack(() -> {
            try {
                JsonOutline.write(note, counting);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        assertTrue(chars[0] > 3_000L * 3_000, "written: " + chars[0]);
        String small = JsonOutline.render(nested(40));
        assertTrue(small.contains("\"depth\" : 40,"), small);
        assertEquals("tracenotes.outline/1", Json.MAPPER.readTree(small).get("schema").asText());
    }

    @Test
    void theTextOutlineOfAThreeThousandLevelNoteIsWrittenOnASmallStack() throws Exception {
        Note note = nested(3_000);
        String text = onSmallStack(() -> TextOutline.render(note));
        assertEquals(3_000 + 4, text.lines().count());
    }
}
