package org.tracenotes.core.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import org.tracenotes.core.source.c.CSourceIndex;

/**
 * Opens a source tree as a {@link SourceIndex} in its language: the one place every front end (lint,
 * extract, graph, the editors) gets an index from.
 */
public final class SourceTrees {

    private SourceTrees() {
    }

    /** An index, or why none could be opened. */
    public sealed interface Result permits Loaded, Failed { }

    public record Loaded(SourceIndex index) implements Result { }

    public record Failed(String message) implements Result { }

    /** The languages {@link #open} takes. */
    public static final List<String> LANGUAGES = List.of("c", "java");

    /**
     * Opens {@code root} as a source tree.
     *
     * @param lang      {@code c}, {@code java}, or null to detect it from the files
     * @param classpath Java only: jars and folders for bindings (may be empty)
     * @param progress  where to report progress
     */
    public static Result open(Path root, String lang, List<Path> classpath, SourceProgress progress) {
        if (root == null || !Files.isDirectory(root)) {
            return new Failed(root + ": not a folder of source files");
        }
        String language = lang == null ? detect(root) : lang.toLowerCase(Locale.ROOT);
        if (language == null) {
            return new Failed(root + ": no .c, .h or .java files found; give --lang c or --lang java");
        }
        return switch (language) {
            case "c" -> CSourceIndex.open(root, progress);
            // The Java index (Eclipse JDT) is called here and only here, so JDT's classes load only for a Java tree
            case "java" -> openJava(root, classpath == null ? List.of() : classpath, progress);
            default -> new Failed("unknown source language `" + lang + "`; languages: " + String.join(", ", LANGUAGES));
        };
    }

    private record Opened(SourceIndex index, long at) { }

    private static final java.util.Map<Path, Opened> OPENED = new java.util.concurrent.ConcurrentHashMap<>();

    /** How long an editor keeps an opened tree: the lazy index and its disk cache make a new one cheap. */
    private static final long KEEP_NANOS = 60_000_000_000L;

    /**
     * The index of a source folder (language detected) for a long-lived front end — the language
     * server, Eclipse: opened once and kept a minute, which bounds how long a new source file goes unseen;
     * empty when the folder does not open as a source tree.
     */
    public static java.util.Optional<SourceIndex> cached(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        Opened o = OPENED.get(key);
        if (o != null && System.nanoTime() - o.at() < KEEP_NANOS) {
            return java.util.Optional.of(o.index());
        }
        if (open(key, null, List.of(), SourceProgress.NONE) instanceof Loaded loaded) {
            OPENED.put(key, new Opened(loaded.index(), System.nanoTime()));
            return java.util.Optional.of(loaded.index());
        }
        return java.util.Optional.empty();
    }

    /** Forgets the kept index of a folder (its files changed, or a test). */
    public static void forget(Path folder) {
        OPENED.remove(folder.toAbsolutePath().normalize());
    }

    private static Result openJava(Path root, List<Path> classpath, SourceProgress progress) {
        try {
            return org.tracenotes.core.source.java.JavaSourceIndex.open(root, classpath, progress);
        } catch (NoClassDefFoundError e) {
            // core declares JDT optional: a front end without it (or an IDE without the JDT bundle) says so
            return new Failed(root + ": reading Java source needs Eclipse JDT (org.eclipse.jdt.core), which is not on "
                    + "this program's class path (" + e.getMessage() + ")");
        }
    }

    /**
     * The language of a tree: {@code c} or {@code java}, whichever has more files among the first
     * 2,000 source files found; null when there are none.
     */
    public static String detect(Path root) {
        int[] counts = new int[2];
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && n.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String n = file.getFileName().toString();
                    if (n.endsWith(".c") || n.endsWith(".h")) {
                        counts[0]++;
                    } else if (n.endsWith(".java")) {
                        counts[1]++;
                    }
                    return counts[0] + counts[1] >= 2000 ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return null;
        }
        if (counts[0] + counts[1] == 0) {
            return null;
        }
        return counts[1] > counts[0] ? "java" : "c";
    }
}
