package org.tracenotes.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the class-data-sharing archive ({@code tracenotes.jsa}): run under
 * {@code -XX:ArchiveClassesAtExit}, it runs the everyday commands on one note in this JVM, so that the
 * classes they load are archived, already parsed and verified, for the next starts. Output is
 * discarded; the exit code is 0 when every command ran (findings or not), 2 when the note is missing.
 *
 * <pre>java -Xint -XX:ArchiveClassesAtExit=tracenotes.jsa -cp tracenotes.jar org.tracenotes.cli.CdsTraining NOTE</pre>
 *
 * <p>{@code -Xint}: a method in the JIT's queue when the archive is written would never be compiled by a JVM
 * mapping it (JDK 17, JDK-8306460; see {@code cli/pom.xml}).
 */
public final class CdsTraining {

    /** The commands trained, each on the note; a note's findings do not stop the training. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("check"), List.of("lint"), List.of("lint", "--format", "json"), List.of("fmt", "--check"),
            List.of("outline"), List.of("graph", "-f", "dot"), List.of("--help"), List.of("check", "--help"));

    private CdsTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: CdsTraining NOTE (an existing note file)");
            System.exit(ExitCodes.USAGE);
        }
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true);
        int worst = 0;
        for (List<String> command : COMMANDS) {
            List<String> line = new ArrayList<>(command);
            if (!command.get(command.size() - 1).equals("--help")) {
                line.add(args[0]);
            }
            String[] argv = line.toArray(String[]::new);
            Thread warmUp = WarmUp.start(argv);   // as main does: its classes are archived too
            int code = TracenotesCommand.executeOnDeepStack(argv, nowhere, nowhere);
            join(warmUp);
            worst = Math.max(worst, code == ExitCodes.FINDINGS ? 0 : code);
        }
        System.exit(worst);
    }

    private static void join(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
