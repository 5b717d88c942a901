package org.tracenotes.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import org.tracenotes.core.parse.NoteLoader;

/**
 * Writes a report to the file a user named ({@code -o}): never over one of the notes the command
 * read, and through a temporary file renamed into place, so that a failed write leaves the old
 * report whole, never a truncated one.
 */
public final class ReportFile {

    private ReportFile() {
    }

    /** Writes {@code text} to {@code output}; null when written, else why not, in words. */
    public static String write(Path output, String text, Collection<Path> inputs) {
        if (output.toString().isEmpty()) {
            return "an empty path is not a file";
        }
        if (Files.isDirectory(output)) {
            return "is a directory";
        }
        for (Path in : inputs) {
            if (same(output, in)) {
                return "is a note this command reads; not overwritten (choose another -o)";
            }
        }
        Path dir = output.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + output.getFileName() + ".", ".tracenotes-tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            }
            return null;
        } catch (IOException e) {
            return "cannot write: " + NoteLoader.describe(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: the report was not written, which the caller says
                }
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
