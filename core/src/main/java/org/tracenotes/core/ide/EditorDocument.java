package org.tracenotes.core.ide;

import java.nio.file.Path;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.parse.ParseOptions;

/**
 * One document open in an editor and the note of its last text. A new text is parsed from the last
 * note: the one range where the two texts differ is handed to {@link NoteParser#reparse}, which parses
 * the changed section alone when it can and the whole text when it cannot, with the same result as
 * {@link EditorNotes#parse} either way. The parse options (the nearest {@code .tracenotes.yaml}'s tab
 * width and dialect) are looked up once per change through {@link EditorNotes#options}, which caches
 * them per folder; a change of options parses the whole text. Not thread-safe: the editor calls it
 * under its own lock.
 */
public final class EditorDocument {

    private final Path path;
    private final String source;
    private Note note;
    private ParseOptions options;

    /** The document of the file at {@code path} (null when the text has no file), named {@code source}. */
    public EditorDocument(Path path, String source) {
        this.path = path;
        this.source = source;
    }

    /** The note of {@code text}, parsed from the last text's note when there is one. */
    public Note update(String text) {
        ParseOptions now = EditorNotes.options(path, source);
        if (note != null && now.equals(options)) {
            if (note.text().equals(text)) {
                return note;
            }
            String old = note.text();
            int from = 0;
            int max = Math.min(old.length(), text.length());
            while (from < max && old.charAt(from) == text.charAt(from)) {
                from++;
            }
            int oldEnd = old.length();
            int newEnd = text.length();
            while (oldEnd > from && newEnd > from && old.charAt(oldEnd - 1) == text.charAt(newEnd - 1)) {
                oldEnd--;
                newEnd--;
            }
            note = new NoteParser(now).reparse(note, from, oldEnd, text.substring(from, newEnd));
        } else {
            note = new NoteParser(now).parse(source, text);
            options = now;
        }
        return note;
    }

    /** Whether this is the document of the file at {@code path} named {@code source}. */
    public boolean isFor(Path path, String source) {
        return java.util.Objects.equals(this.path, path) && this.source.equals(source);
    }

    /** The note of the last text given to {@link #update}, or null before the first. */
    public Note note() {
        return note;
    }
}
