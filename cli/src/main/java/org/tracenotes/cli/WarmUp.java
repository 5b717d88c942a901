package org.tracenotes.cli;

import java.util.Set;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.parse.NoteParser;

/**
 * Start-up work done on another core: while the main thread builds the command line's model (picocli
 * reads the annotations of the command, most of a short run's own time), a daemon thread does first what
 * the main thread will need: it reads the command's annotations (the JDK keeps them with the classes, and
 * the proxy class of each annotation type is made here instead of on the main thread), then loads the
 * parser (its classes, and the prediction cache of the grammar, by parsing a small note) and, for the
 * commands that run notes, the page model's reference traces and the linkage of records' methods. All of
 * these are caches the command fills anyway; nothing here changes what it prints. A failure here is ignored: the command meets it again, on its own thread, and reports it as it
 * would have.
 */
final class WarmUp {

    /** The commands that parse notes; the second set also reads the page model. */
    private static final Set<String> PARSING = Set.of("check", "lint", "fmt", "outline", "graph", "run", "explore");
    private static final Set<String> MODELLING = Set.of("lint", "run", "explore");

    /** A small note of the common line shapes, written for this purpose. */
    private static final String NOTE = """
            ## warm_up

            ```
            warm_up(page, flags)
            => ret = lookup_page(page, flags | FLAG_A)
               ## a comment
               => if ret < 0:
                  => return ret
               -> else if page->count == 1
                  => put_page(page)
               -> else
                  => ret = -EBUSY
            => return ret
            ```
            """;

    private WarmUp() {
    }

    /**
     * Starts the warm-up for the command line {@code args} (none for commands that parse no notes) and
     * returns its thread, or null when there is none.
     */
    static Thread start(String[] args) {
        if (args.length == 0 || !PARSING.contains(args[0])) {
            return null;
        }
        boolean model = MODELLING.contains(args[0]);
        Thread t = new Thread(null, () -> {
            try {
                readAnnotations(TopCommand.class);
                readAnnotations(TracenotesCommand.SUBCOMMANDS.get(args[0]));
                new NoteParser().parse("warm-up.md", NOTE);
                java.nio.file.Path longNote = NoteHeadWarmUp.longNote(args);
                if (longNote != null) {
                    NoteHeadWarmUp.parseHead(longNote);
                }
                if (model) {
                    ReferenceTraces.softOffline66();
                    recordMethods();
                }
            } catch (java.io.IOException | RuntimeException | LinkageError | StackOverflowError e) {
                // the command meets it again and reports it
            }
        }, "tracenotes-warm-up", TracenotesCommand.COMMAND_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** A record of two references, the shape of the records runs compare (the page model's states). */
    private record Pair(Object first, String second) { }

    /**
     * Calls a record's {@code equals} and {@code hashCode}: the first record method a JVM calls is linked by
     * {@code ObjectMethods}, whose start makes some 17 method-handle classes at run time (about 35 ms with C1;
     * a JDK 17 archive cannot hold them), and the runs of lint, run and explore meet it in their first
     * comparison of two records of the page model ({@code PageState} and the records it holds; the values
     * of a run write theirs out). Made here, the command's thread finds them made and links its own
     * records' methods in a few milliseconds each.
     */
    private static boolean recordMethods() {
        Pair a = new Pair("warm", "up");
        Pair b = new Pair("warm", "up");
        return a.equals(b) && a.hashCode() == b.hashCode();
    }

    /**
     * Reads the annotations of {@code type}, its fields and methods, its superclasses' and those of the
     * mixins its fields name, as picocli will on the main thread to build the command's model: the JDK
     * parses them once and keeps them with the class, and makes a proxy class for each annotation type
     * (a start's costliest reflection), so the main thread finds them made.
     */
    private static void readAnnotations(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            c.getAnnotations();
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getAnnotations().length > 0 && f.isAnnotationPresent(picocli.CommandLine.Mixin.class)) {
                    readAnnotations(f.getType());
                }
            }
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                m.getAnnotations();
            }
        }
    }
}
