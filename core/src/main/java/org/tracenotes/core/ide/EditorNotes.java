package org.tracenotes.core.ide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteFiles;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.parse.ParseOptions;

/**
 * Notes as an editor holds them, read exactly as {@code tracenotes lint} reads the files: a
 * {@code .trace} file is one trace block, and the tab width and dialect come from the nearest
 * {@code .tracenotes.yaml}. So an editor's colours, outline and runs see the note the builder's
 * markers were computed on.
 */
public final class EditorNotes {

    private EditorNotes() {
    }

    /**
     * The text of the file at {@code path} (null when the text has no file) parsed as {@code source}.
     * Offsets are into {@code text} as given: an editor's document, which holds no byte-order mark.
     */
    public static Note parse(Path path, String source, String text) {
        return new NoteParser(options(path, source)).parse(source, text);
    }

    /**
     * The parser {@link #parse} reads the file at {@code path} (null when the text has no file) with:
     * what {@code tracenotes fmt} needs to compute its fixes of the note.
     */
    public static NoteParser parser(Path path, String source) {
        return new NoteParser(options(path, source));
    }

    /** The options lint would parse the file at {@code path} with (the folder's, cached: {@link FolderOptions}). */
    static ParseOptions options(Path path, String source) {
        ParseOptions options = path == null ? ParseOptions.defaults() : FolderOptions.of(path);
        Path named = path != null ? path : Path.of(source.replaceAll("[^A-Za-z0-9._-]", "_"));
        return NoteLoader.optionsFor(named, options);
    }

    /** The notes among {@code files} on disk, each parsed with its folder's options; unreadable files are left out. */
    public static List<Note> load(List<Path> files) {
        List<Note> out = new ArrayList<>();
        for (Path f : files) {
            if (!NoteFiles.isNoteFile(f)) {
                continue;
            }
            if (new NoteLoader(new NoteParser(options(f, f.toString()))).load(f) instanceof NoteLoader.Loaded l) {
                out.add(l.note());
            }
        }
        return out;
    }
}
