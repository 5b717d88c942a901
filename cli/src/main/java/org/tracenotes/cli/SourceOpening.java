package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceProgress;
import org.tracenotes.core.source.SourceTrees;

/**
 * Opens a {@code --source} tree for a command, with progress on standard error when that is a terminal
 * (one line, rewritten in place, cleared when done); nothing is printed otherwise.
 */
final class SourceOpening {

    private SourceOpening() {
    }

    /** The index, or null after printing why not ({@code tracenotes CMD: message}). */
    static SourceIndex open(String command, Path root, String lang, List<Path> classpath, boolean quiet, PrintWriter err) {
        Progress progress = new Progress(err, !quiet && stderrIsTerminal());
        SourceTrees.Result r = SourceTrees.open(root, lang, classpath, progress);
        progress.done();
        if (r instanceof SourceTrees.Failed f) {
            err.println("tracenotes " + command + ": " + f.message());
            err.flush();
            return null;
        }
        return ((SourceTrees.Loaded) r).index();
    }

    /** Whether standard error is a terminal: its descriptor links to a tty (Linux), else a console exists. */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // no /proc: fall back to the console
        }
        return System.console() != null;
    }

    /**
     * Prints at most ten updates a second, on one line; silent once {@link #done} (the files a lint parses
     * later are few, and their lines would mix with the report).
     */
    static final class Progress implements SourceProgress {
        private final PrintWriter err;
        private boolean on;
        private long last;
        private boolean printed;

        Progress(PrintWriter err, boolean on) {
            this.err = err;
            this.on = on;
        }

        @Override
        public synchronized void update(String phase, long done, long total) {
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            if (now - last < 100_000_000L && done != total) {
                return;
            }
            last = now;
            String text = total > 0 ? phase + " " + done + "/" + total : phase;
            if (text.length() > 78) {
                text = text.substring(0, 77) + "…";
            }
            err.print("\r\u001b[K" + text);
            err.flush();
            printed = true;
        }

        synchronized void done() {
            on = false;
            if (printed) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
