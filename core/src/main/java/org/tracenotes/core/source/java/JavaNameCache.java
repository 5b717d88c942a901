package org.tracenotes.core.source.java;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.AtomicWrite;

/**
 * What each Java file of a tree declares, kept between runs in the tree's {@code .tracenotes-cache/java/methods.tsv}:
 * one line a file with its path, modification time and size, the type and method names a text scan finds declared
 * in it ({@link JavaNameScan}), and, once the file has been parsed, the {@code pkg.Type.method} paths it defines
 * ({@code -} before). An entry holds only while the file keeps its time and size. A tree the user cannot write to is
 * indexed without a cache.
 */
final class JavaNameCache {

    static final String FOLDER = ".tracenotes-cache/java";
    static final String FILE = "methods.tsv";
    private static final String HEADER = "# tracenotes java-methods 2";

    /**
     * A file as it was when it was read.
     *
     * @param declared type and method names the scan finds declared (a superset of what the file defines)
     * @param paths    the {@code pkg.Type.method} paths of its methods, or null when it has not been parsed
     */
    record Entry(long mtime, long size, List<String> declared, List<String> paths) { }

    private final Path file;
    private final Map<String, Entry> entries = new HashMap<>();
    private boolean changed;

    private JavaNameCache(Path file) {
        this.file = file;
    }

    static JavaNameCache load(Path root) {
        JavaNameCache cache = new JavaNameCache(root.resolve(FOLDER).resolve(FILE));
        try {
            List<String> lines = Files.readAllLines(cache.file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 5) {
                        List<String> paths = f[4].equals("-") ? null : words(f[4]);
                        cache.entries.put(f[0], new Entry(Long.parseLong(f[1]), Long.parseLong(f[2]), words(f[3]), paths));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            cache.entries.clear(); // no cache or an unreadable one: the index is built again
        }
        return cache;
    }

    private static List<String> words(String s) {
        return s.isEmpty() ? List.of() : List.copyOf(Arrays.asList(s.split(" ")));
    }

    /** The file's entry when the cache has it for the file as it is now, else null. */
    Entry fresh(String relative, long mtime, long size) {
        Entry e = entries.get(relative);
        return e != null && e.mtime == mtime && e.size == size ? e : null;
    }

    void put(String relative, Entry entry) {
        Entry old = entries.put(relative, entry);
        changed |= !entry.equals(old);
    }

    /** Writes the cache when it changed (temporary file, then rename); a tree that cannot be written keeps none. */
    void save() {
        if (!changed) {
            return;
        }
        List<String> lines = new ArrayList<>(entries.size() + 1);
        lines.add(HEADER);
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                lines.add(e.getKey() + "\t" + e.getValue().mtime + "\t" + e.getValue().size + "\t" + String.join(" ", e.getValue().declared)
                        + "\t" + (e.getValue().paths == null ? "-" : String.join(" ", e.getValue().paths))));
        try {
            Files.createDirectories(file.getParent());
            AtomicWrite.replace(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | UnsupportedOperationException e) {
            // read-only tree: index without a cache
        }
        changed = false;
    }
}
