package org.tracenotes.core.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.TraceRunner;

/**
 * Opening a debug session from files: reads the note to debug and the notes run with it, then opens a
 * {@link TraceSession} on them as the request asks — or says which file could not be read, or why the
 * session cannot be opened.
 */
public final class DebugLaunch {

    private DebugLaunch() {
    }

    /**
     * A session on the note at {@code note}, with the notes at {@code with} whose traced functions its
     * calls may run, against {@code model}; refused, naming the path, if a file cannot be read.
     */
    public static TraceSession.Opening open(Path note, List<Path> with, ReferenceTraces model,
                                            TraceRunner.Request request, SessionOutput output) {
        NoteLoader loader = new NoteLoader(new NoteParser());
        NoteLoader.Result main = loader.load(note);
        if (!(main instanceof NoteLoader.Loaded loaded)) {
            return unreadable(note, main);
        }
        List<Note> others = new ArrayList<>();
        for (Path p : with) {
            NoteLoader.Result r = loader.load(p);
            if (!(r instanceof NoteLoader.Loaded l)) {
                return unreadable(p, r);
            }
            others.add(l.note());
        }
        return TraceSession.open(loaded.note(), others, model, request, output);
    }

    private static TraceSession.Refused unreadable(Path p, NoteLoader.Result r) {
        String reason = r instanceof NoteLoader.Unreadable u ? u.reason() : "unreadable";
        return new TraceSession.Refused(p + ": cannot be read: " + reason);
    }
}
