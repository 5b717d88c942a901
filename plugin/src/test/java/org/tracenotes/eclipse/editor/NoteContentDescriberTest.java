package org.tracenotes.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.junit.jupiter.api.Test;

/** A Markdown file is a note when it holds a trace block, decided from as little of it as needed. */
class NoteContentDescriberTest {

    private static int describe(String text) throws Exception {
        NoteContentDescriber d = new NoteContentDescriber();
        int fromBytes = d.describe(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        int fromChars = d.describe(new StringReader(text), null);
        assertEquals(fromBytes, fromChars, "bytes and characters decide alike");
        return fromBytes;
    }

    @Test
    void theSeedIsANote() throws Exception {
        String seed = Files.readString(Path.of("../samples/soft-offline.md"));
        assertEquals(IContentDescriber.VALID, describe(seed));
        assertEquals(IContentDescriber.VALID, describe(seed.repeat(200)), "a long note, decided by its first block");
    }

    @Test
    void markdownWithoutAFenceOrATraceIsNot() throws Exception {
        assertEquals(IContentDescriber.INVALID, describe("# Notes\n\nNo trace here, though a -> b.\n"));
        assertEquals(IContentDescriber.INVALID, describe("# Code\n\n```java\nint x = 1;\n```\n"));
    }

    @Test
    void aTraceBlockAfterOtherCodeBlocksStillCounts() throws Exception {
        assertEquals(IContentDescriber.VALID, describe("# C\n\n```c\np->next = q;\n```\n\n```sh\nf(x)\n=> g(x)\n=> h(x)\n```\n"));
    }
}
