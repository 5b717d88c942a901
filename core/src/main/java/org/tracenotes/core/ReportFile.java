package org.tracenotes.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

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
        return write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), inputs);
    }

    /** Writes what {@code content} streams (never held whole) to {@code output}; null when written, else why not. */
    public static String write(Path output, AtomicWrite.Content content, Collection<Path> inputs) {
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
        String problem = AtomicWrite.replace(output, content);
        return problem == null ? null : problem.replaceFirst("^not written: ", "cannot write: ");
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
