package org.tracenotes.eclipse.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/** A Markdown file is a note when it has a trace block; other Markdown files are left to other editors. */
public final class NoteContentDescriber implements IContentDescriber {

    /** Files larger than this are not parsed to be described (the first 1 MiB decides). */
    private static final int LIMIT = 1 << 20;

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        byte[] head = contents.readNBytes(LIMIT);
        Note note = new NoteParser().parse("describe", new String(head, StandardCharsets.UTF_8));
        return note.traceBlocks().isEmpty() ? INVALID : VALID;
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
