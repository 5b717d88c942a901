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
 * editors. Deciding parses as little as it can: nothing without a fence, else the text through the first
 * fenced block with an arrow, and the first MiB only when that holds no trace block. A UTF-8 byte-order mark is reported, so that the editor's document (like core, reading
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
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            return isNote(NoteLoader.parse(new NoteParser(), "describe", head)) ? VALID : INVALID; // refused as binary
        }
        if (!hasFence(text)) {
            return INVALID;
        }
        String first = throughFirstBlock(text);
        if (first.length() < text.length() && isNote(new NoteParser().parse("describe", strip(first)))) {
            return VALID;
        }
        return isNote(NoteLoader.parse(new NoteParser(), "describe", head)) ? VALID : INVALID;
    }

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        char[] buffer = new char[LIMIT];
        int n = 0;
        for (int r; n < LIMIT && (r = contents.read(buffer, n, LIMIT - n)) > 0; ) {
            n += r;
        }
        String text = strip(new String(buffer, 0, n));
        if (!hasFence(text)) {
            return INVALID;
        }
        String first = throughFirstBlock(text);
        return first.length() < text.length() && isNote(new NoteParser().parse("describe", first))
                || isNote(new NoteParser().parse("describe", text)) ? VALID : INVALID;
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether a line starts a fence (a trace block of a Markdown note is fenced): without one, nothing to parse. */
    private static boolean hasFence(String text) {
        return FENCE.matcher(text).find();
    }

    private static final java.util.regex.Pattern FENCE = java.util.regex.Pattern.compile("(?m)^[ \\t]*(```|~~~)");

    /**
     * The text through the line that closes its first fenced block that has an arrow: a note's first
     * trace block is usually there, so the describer (which runs on the UI thread, on every content-type
     * lookup) parses a few KB, not the whole note; when that prefix has no trace block the whole is parsed.
     */
    private static String throughFirstBlock(String text) {
        java.util.regex.Matcher m = FENCE.matcher(text);
        boolean open = false;
        boolean arrow = false;
        int blockStart = 0;
        while (m.find()) {
            if (!open) {
                open = true;
                blockStart = m.end();
            } else {
                String body = text.substring(blockStart, m.start());
                arrow = body.contains("=>") || body.contains("->");
                open = false;
                if (arrow) {
                    int eol = text.indexOf('\n', m.end());
                    return eol < 0 ? text : text.substring(0, eol + 1);
                }
            }
        }
        return text;
    }

    private static boolean isNote(Note note) {
        return !note.traceBlocks().isEmpty();
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[] {IContentDescription.BYTE_ORDER_MARK};
    }
}
