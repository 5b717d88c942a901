package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import org.tracenotes.core.ReportFile;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;

/** What every command does with files: read one note, write a report to standard output or {@code -o}. */
final class CommandIo {

    private CommandIo() {
    }

    /** The note at {@code path}, or null after saying on {@code err} why it cannot be read. */
    static Note load(NoteLoader loader, Path path, PrintWriter err) {
        NoteLoader.Result r = loader.load(path);
        if (r instanceof NoteLoader.Unreadable u) {
            err.println(u.path() + ": error: " + u.reason());
            return null;
        }
        return ((NoteLoader.Loaded) r).note();
    }

    /**
     * Prints {@code report}, or writes it to {@code output} (never over one of {@code inputs}, through a
     * temporary file); false after saying on {@code err} why it could not.
     */
    static boolean write(String report, Path output, Collection<Path> inputs, PrintWriter out, PrintWriter err) {
        if (output == null) {
            out.print(report);
            out.flush();
            return true;
        }
        String problem = ReportFile.write(output, report, inputs);
        if (problem != null) {
            err.println(output + ": error: " + problem);
            return false;
        }
        return true;
    }
}
