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

    /** Names the {@code -} path stands for. */
    static final String STDIN = "-";

    /**
     * Whether {@code paths} ask for standard input ({@code -}); null after saying on {@code err} why not
     * when {@code -} stands among other paths.
     */
    static Boolean stdin(java.util.List<Path> paths, String command, PrintWriter err) {
        boolean dash = paths.stream().anyMatch(p -> p.toString().equals(STDIN));
        if (dash && paths.size() > 1) {
            err.println("tracenotes " + command + ": `-` (standard input) is the only path when given");
            return null;
        }
        return dash;
    }

    /** Standard input's bytes, or null after saying on {@code err} why they cannot be read. */
    static byte[] readStdin(java.io.InputStream in, String command, PrintWriter err) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, NoteLoader.MAX_BYTES + 1));
            if (bytes.length > NoteLoader.MAX_BYTES) {
                err.println("tracenotes " + command + ": standard input is over " + NoteLoader.MAX_BYTES
                        + " bytes; notes that large are not read");
                return null;
            }
            return bytes;
        } catch (java.io.IOException e) {
            err.println("tracenotes " + command + ": standard input cannot be read: " + NoteLoader.describe(e));
            return null;
        }
    }

    /** The name a note read from standard input goes by: {@code --stdin-filename}, else {@code <stdin>}. */
    static String stdinName(Path stdinFilename) {
        return stdinFilename == null ? "<stdin>" : stdinFilename.toString();
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
