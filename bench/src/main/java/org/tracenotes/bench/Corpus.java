package org.tracenotes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The notes a benchmark parses, read into memory once so that no file I/O is timed.
 *
 * <p>Where the notes come from: the system property {@value #PROPERTY} (a folder or a single file),
 * by default {@value #DEFAULT_CORPUS}, resolved against the working directory. That default is the
 * shared corpus of real notes beside the repository. When the default is absent, the sample note
 * {@value #FALLBACK_SAMPLE} stands in so that the benchmark still runs; a path given explicitly
 * must exist.
 *
 * @param location where the notes were read from, absolute
 * @param names    each note's path relative to {@code location}, in the order of {@code texts}
 * @param texts    each note's text, decoded as UTF-8
 * @param bytes    the notes' total size on disk, in bytes
 * @param fallback whether the sample note stands in for an absent default corpus
 */
public record Corpus(Path location, List<String> names, List<String> texts, long bytes, boolean fallback) {

    /** System property naming the corpus folder (or file). */
    public static final String PROPERTY = "tracenotes.corpus";

    /** The corpus when {@value #PROPERTY} is not set: the shared corpus beside the repository root. */
    public static final String DEFAULT_CORPUS = "../shared/corpus";

    /** The note read when the default corpus is absent. */
    public static final String FALLBACK_SAMPLE = "samples/soft-offline.md";

    /** The corpus's index of where each note came from: not a note. */
    private static final String MANIFEST = "MANIFEST.tsv";

    public Corpus {
        names = List.copyOf(names);
        texts = List.copyOf(texts);
        if (names.size() != texts.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + texts.size() + " texts");
        }
    }

    /** The corpus the system properties name, following the rules in the class comment. */
    public static Corpus locate() {
        String given = System.getProperty(PROPERTY);
        if (given != null) {
            Path path = Path.of(given).toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + given + ": " + path + " does not exist");
            }
            return load(path, false);
        }
        Path corpus = Path.of(DEFAULT_CORPUS).toAbsolutePath().normalize();
        if (Files.isDirectory(corpus)) {
            return load(corpus, false);
        }
        Path sample = Path.of(FALLBACK_SAMPLE).toAbsolutePath().normalize();
        if (Files.isRegularFile(sample)) {
            return load(sample, true);
        }
        throw new IllegalStateException("neither the corpus " + corpus + " nor the sample note " + sample
                + " exists: run from the repository root, or pass -D" + PROPERTY + "=FOLDER");
    }

    /**
     * Reads every note under {@code location}, or {@code location} itself when it is a file. Notes
     * are the files named {@code *.md} or without an extension, except hidden ones and
     * {@value #MANIFEST}; they are read in path order so that every run sees the same sequence.
     */
    public static Corpus load(Path location, boolean fallback) {
        boolean folder = Files.isDirectory(location);
        List<Path> files = folder ? notesUnder(location) : List.of(location);
        if (files.isEmpty()) {
            throw new IllegalStateException("no notes (*.md or no extension) under " + location);
        }
        List<String> names = new ArrayList<>(files.size());
        List<String> texts = new ArrayList<>(files.size());
        long bytes = 0;
        for (Path file : files) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            bytes += content.length;
            names.add(folder ? location.relativize(file).toString() : file.toString());
            texts.add(withoutBom(new String(content, StandardCharsets.UTF_8)));
        }
        return new Corpus(location, names, texts, bytes, fallback);
    }

    /** How many notes there are. */
    public int size() {
        return texts.size();
    }

    /** One line on what was loaded, for the benchmark's log. */
    public String describe() {
        return String.format(Locale.ROOT, "%d note file(s), %d bytes, from %s%s", size(), bytes, location,
                fallback ? " (fallback: " + DEFAULT_CORPUS + " not found)" : "");
    }

    private static List<Path> notesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> isNote(folder.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Whether a file, by its path relative to the corpus folder, is a note to parse. */
    static boolean isNote(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = relative.getFileName().toString();
        if (name.equals(MANIFEST)) {
            return false;
        }
        return name.indexOf('.') < 0 || name.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** A byte-order mark is not part of the note: neither parser should see it. */
    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
