package org.tracenotes.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.parse.NoteLoader;

/**
 * The one way Tracenotes replaces a file (a note fmt fixes, a report {@code -o} names, a source index's
 * cache): the new bytes go
 * to a temporary file beside it, synced, given the old file's mode (setuid, setgid and sticky bits
 * included), owner, group and user extended attributes where it had them, then renamed over it — so the
 * file is always the old or the new content, byte for byte, whatever kills the process.
 *
 * <p>The temporary file is named {@code .NAME.tracenotes-PID-N.tmp}. A shutdown hook removes it on
 * SIGINT or SIGTERM; one left by a process that was killed outright (SIGKILL, power loss) is removed by
 * the next write of the same file, once no process of that id is alive.
 */
public final class AtomicWrite {

    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.tracenotes-(\\d+)-\\d+\\.tmp");

    private AtomicWrite() {
    }

    /** What a replacement writes into the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Replaces {@code file} with {@code bytes}, keeping its metadata when it exists; null when written, else why not. */
    public static String replace(Path file, byte[] bytes) {
        return replace(file, out -> out.write(bytes));
    }

    /**
     * Replaces {@code file} with what {@code content} writes (a cache streamed out, say), keeping its
     * metadata when it exists; null when written, else why not.
     */
    public static String replace(Path file, Content content) {
        Path dir = file.toAbsolutePath().getParent();
        removeStale(file);
        Path tmp = dir.resolve("." + file.getFileName() + ".tracenotes-" + ProcessHandle.current().pid() + "-"
                + Math.abs(ThreadLocalRandom.current().nextInt()) + ".tmp");
        Thread cleanup = new Thread(() -> {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the JVM is going: nothing more can be done
            }
        }, "tracenotes-write-cleanup");
        boolean hooked = false;
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
            hooked = true;
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            if (Files.exists(file)) {
                keepMetadata(file, tmp);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "not written: " + NoteLoader.describe(e instanceof IOException io ? io : new IOException(e.getMessage()));
        } catch (IllegalStateException e) {
            return "not written: the process is shutting down";
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the rename took it, or there is nothing more to do
            }
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException ignored) {
                    // already shutting down: the hook runs and finds nothing to delete
                }
            }
        }
    }

    /** Removes the temporary files of {@code file} that processes no longer alive left behind. */
    public static void removeStale(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        try (DirectoryStream<Path> tmps = Files.newDirectoryStream(dir, "." + globEscape(name) + ".tracenotes-*.tmp")) {
            for (Path t : tmps) {
                Matcher m = TEMP.matcher(t.getFileName().toString());
                if (m.matches() && m.group(1).equals(name) && ProcessHandle.of(Long.parseLong(m.group(2))).isEmpty()) {
                    Files.deleteIfExists(t);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed: nothing is removed, the write goes on
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    /** Mode (with the setuid, setgid and sticky bits), owner, group and user xattrs of {@code from}, onto {@code to}. */
    private static void keepMetadata(Path from, Path to) throws IOException {
        copyExtendedAttributes(from, to);
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes attrs = view.readAttributes();
        PosixFileAttributeView tmpView = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        try {
            tmpView.setGroup(attrs.group());
            tmpView.setOwner(attrs.owner());
        } catch (IOException | SecurityException e) {
            // only the owner's own group or root can keep them; the bytes and the mode still are
        }
        // after chown, which clears setuid and setgid: the whole mode, special bits included
        try {
            Files.setAttribute(to, "unix:mode", Files.getAttribute(from, "unix:mode"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            Files.setPosixFilePermissions(to, attrs.permissions());
        }
    }

    private static void copyExtendedAttributes(Path from, Path to) {
        try {
            UserDefinedFileAttributeView src = Files.getFileAttributeView(from, UserDefinedFileAttributeView.class);
            UserDefinedFileAttributeView dst = Files.getFileAttributeView(to, UserDefinedFileAttributeView.class);
            if (src == null || dst == null) {
                return;
            }
            for (String name : src.list()) {
                ByteBuffer value = ByteBuffer.allocate(src.size(name));
                src.read(name, value);
                value.flip();
                dst.write(name, value);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // a file system without user attributes: there are none to keep
        }
    }
}
