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
     * Whether {@code note} has no model to run (it nests deeper than the parser's limits or did not
     * parse), after printing why on {@code err}, as the other commands print a note's errors.
     */
    static boolean unread(Note note, PrintWriter err) {
        java.util.List<org.tracenotes.core.model.Diagnostic> why = org.tracenotes.core.parse.DepthLimits.unread(note);
        why.forEach(d -> err.println(d.format(note.source())));
        return !why.isEmpty();
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
        return write((Streamed) w -> w.write(report), output, inputs, out, err);
    }

    /** A report written as it is made, never held whole. */
    @FunctionalInterface
    interface Streamed {
        void writeTo(java.io.Writer out) throws java.io.IOException;
    }

    /** As {@link #write(String, Path, Collection, PrintWriter, PrintWriter)}, the report streamed. */
    static boolean write(Streamed report, Path output, Collection<Path> inputs, PrintWriter out, PrintWriter err) {
        if (output == null) {
            try {
                report.writeTo(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);   // a PrintWriter never throws; it records the error
            }
            out.flush();
            return true;
        }
        String problem = ReportFile.write(output, bytes -> {
            java.io.Writer w = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8);
            report.writeTo(w);
            w.flush();
        }, inputs);
        if (problem != null) {
            err.println(output + ": error: " + problem);
            return false;
        }
        return true;
    }
}
