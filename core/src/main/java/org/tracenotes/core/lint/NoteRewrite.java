package org.tracenotes.core.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.tracenotes.core.AtomicWrite;
import org.tracenotes.core.lint.NoteFormatter.Edit;
import org.tracenotes.core.lint.NoteFormatter.Outcome;
import org.tracenotes.core.lint.NoteFormatter.Plan;
import org.tracenotes.core.lint.NoteFormatter.Status;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/**
 * Formatting a note file in place: read it (a regular file, not too big), plan its fixes, and replace
 * it atomically — a temp file in the same folder, permissions copied, renamed over — unless it is
 * read-only, has other hard links, or changed while it was being read.
 */
final class NoteRewrite {

    private NoteRewrite() {
    }

    /** Formats {@code file} with the fixes {@code keep} accepts; with {@code check}, writes nothing. */
    static Outcome format(Path file, NoteParser parser, boolean check, Predicate<Edit> keep, Runnable beforeWrite) {
        Snapshot seen;
        byte[] bytes;
        Path target;
        try {
            target = file.toRealPath();
            if (!Files.isRegularFile(target)) {
                return new Outcome(file, Status.REFUSED, List.of(), Files.isDirectory(target) ? "is a directory"
                        : "is not a regular file");
            }
            if (Files.size(target) > NoteLoader.MAX_BYTES) {
                return new Outcome(file, Status.REFUSED, List.of(), "is over " + NoteLoader.MAX_BYTES + " bytes; not read");
            }
            seen = Snapshot.of(target);
            bytes = Files.readAllBytes(target);
        } catch (IOException e) {
            return new Outcome(file, Status.REFUSED, List.of(), NoteLoader.describe(e));
        }
        Plan plan = NoteFormatter.plan(file.toString(), bytes, parser, keep);
        if (plan.outcome().status() != Status.CHANGED) {
            return new Outcome(file, plan.outcome().status(), plan.outcome().edits(), plan.outcome().message());
        }
        if (!check) {
            if (!Files.isWritable(target) || readOnlyByMode(target)) {
                return new Outcome(file, Status.REFUSED, List.of(), "not written: the file is read-only");
            }
            beforeWrite.run();
            if (!seen.unchanged(target, bytes)) {
                return new Outcome(file, Status.REFUSED, List.of(),
                        "not written: the file changed while fmt was reading it (saved by an editor?); run fmt again");
            }
            try {
                Object links = Files.getAttribute(target, "unix:nlink");
                if (links instanceof Integer n && n > 1) {
                    return new Outcome(file, Status.REFUSED, List.of(), "not written: the file has " + n
                            + " hard links, which replacing it would split");
                }
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                // no link count on this file system: nothing to split
            }
            String problem = writeAtomically(target, plan.bytes());
            if (problem != null) {
                return new Outcome(file, Status.REFUSED, List.of(), problem);
            }
        }
        return new Outcome(file, Status.CHANGED, plan.outcome().edits(), null);
    }

    /** What a note file was when fmt read it: a later save by someone else is seen before fmt replaces it. */
    private record Snapshot(long size, FileTime modified, Object key) {

        static Snapshot of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file,
                    BasicFileAttributes.class);
            return new Snapshot(a.size(), a.lastModifiedTime(), a.fileKey());
        }

        /** Whether the file is still the one read: same size, time, inode, and the same bytes. */
        boolean unchanged(Path file, byte[] read) {
            try {
                Snapshot now = of(file);
                return now.size == size && now.modified.equals(modified) && Objects.equals(now.key, key)
                        && Arrays.equals(Files.readAllBytes(file), read);
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Whether the file's mode gives its owner no write permission (root could write it; fmt does not). */
    private static boolean readOnlyByMode(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Writes a temp file beside {@code file} with its permissions, then renames it over; null, or what failed. */
    static String writeAtomically(Path file, byte[] bytes) {
        return AtomicWrite.replace(file, bytes);
    }
}
