package org.tracenotes.eclipse.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/**
 * A Markdown file is a note when it has a trace block; other Markdown files are left to other
 * editors. A UTF-8 byte-order mark is reported, so that the editor's document (like core, reading
 * the file) does not hold it and marker offsets line up.
 */
public final class NoteContentDescriber implements ITextContentDescriber {

    /** Only the first 1 MiB is parsed to decide. */
    private static final int LIMIT = 1 << 20;

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        byte[] head = contents.readNBytes(LIMIT);
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (bom && description != null && description.isRequested(IContentDescription.BYTE_ORDER_MARK)) {
            description.setProperty(IContentDescription.BYTE_ORDER_MARK, IContentDescription.BOM_UTF_8);
        }
        // read as tracenotes reads a file: the mark dropped, binary refused, invalid UTF-8 replaced
        return isNote(NoteLoader.parse(new NoteParser(), "describe", head)) ? VALID : INVALID;
    }

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        char[] buffer = new char[LIMIT];
        int n = 0;
        for (int r; n < LIMIT && (r = contents.read(buffer, n, LIMIT - n)) > 0; ) {
            n += r;
        }
        String text = new String(buffer, 0, n);
        return isNote(new NoteParser().parse("describe", text.startsWith("\uFEFF") ? text.substring(1) : text))
                ? VALID : INVALID;
    }

    private static boolean isNote(Note note) {
        return !note.traceBlocks().isEmpty();
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[] {IContentDescription.BYTE_ORDER_MARK};
    }
}
