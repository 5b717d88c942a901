package org.tracenotes.core.source.c;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceProgress;
import org.tracenotes.core.source.SourceTrees;

/**
 * A C source tree (the kernel, QEMU) as a {@link SourceIndex}, built lazily: opening it walks the
 * tree and runs the fast name scan ({@link CNameScan}) over every {@code .c} and {@code .h} file, so
 * every name a file may define is known; {@link #lookup} then parses with tree-sitter only the files
 * that may define the name asked for. Both the scan and the parses are cached under the tree's
 * {@code .tracenotes-cache/c/} by path, modification time and size, so a second run reads only what
 * changed. Thread-safe.
 */
public final class CSourceIndex implements SourceIndex {

    private final Path root;
    private final CIndexCache cache;
    private final SourceProgress progress;
    /** Every file of the tree and the names the scan found in it. */
    private final CNameTable names;
    private final Map<String, CIndexCache.Scanned> byFile = new ConcurrentHashMap<>();
    private final Map<String, List<SourceFunction>> parsed = new ConcurrentHashMap<>();
    private CFunctionReader reader;

    private CSourceIndex(Path root, CIndexCache cache, CNameTable names, SourceProgress progress) {
        this.root = root;
        this.cache = cache;
        this.names = names;
        this.progress = progress;
        for (int i = 0; i < names.files.length; i++) {
            byFile.put(names.files[i], new CIndexCache.Scanned(names.mtimes[i], names.sizes[i], new String[0]));
        }
    }

    /** Opens {@code root}: walks it and scans what the cache does not hold. */
    public static SourceTrees.Result open(Path root, SourceProgress progress) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            return new SourceTrees.Failed(root + ": not a folder of source files");
        }
        try {
            Class.forName("org.treesitter.TreeSitterC");
            new CFunctionReader();
        } catch (Throwable e) {   // UnsatisfiedLinkError from the native library is an Error
            return new SourceTrees.Failed("cannot load tree-sitter's C parser on this platform ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + e);
        }
        CIndexCache cache = CIndexCache.forTree(abs);
        Path tableFile = cache.dir() == null ? null : cache.dir().resolve("names.bin");
        progress.update("walking " + root, 0, -1);
        Map<String, long[]> found = new HashMap<>();
        try {
            walk(abs, found);
        } catch (IOException e) {
            return new SourceTrees.Failed(root + ": cannot walk the folder: " + e.getMessage());
        }
        CNameTable table = CNameTable.read(tableFile);
        if (table != null && unchanged(table, found)) {
            return new SourceTrees.Loaded(new CSourceIndex(abs, cache, table, progress));
        }
        Map<String, CIndexCache.Scanned> cached = table == null ? Map.of() : table.scanned();
        Map<String, CIndexCache.Scanned> files = new ConcurrentHashMap<>();
        List<String> toScan = new ArrayList<>();
        for (Map.Entry<String, long[]> e : found.entrySet()) {
            CIndexCache.Scanned c = cached.get(e.getKey());
            if (c != null && c.mtime() == e.getValue()[0] && c.size() == e.getValue()[1]) {
                files.put(e.getKey(), c);
            } else {
                toScan.add(e.getKey());
            }
        }
        AtomicLong done = new AtomicLong();
        long total = toScan.size();
        toScan.parallelStream().forEach(rel -> {
            long[] key = found.get(rel);
            String[] scanned;
            try {
                scanned = CNameScan.names(Files.readAllBytes(abs.resolve(rel))).toArray(String[]::new);
            } catch (IOException | RuntimeException e) {
                scanned = new String[0];   // an unreadable file defines nothing; the others still count
            }
            files.put(rel, new CIndexCache.Scanned(key[0], key[1], scanned));
            long d = done.incrementAndGet();
            if (d % 2000 == 0 || d == total) {
                progress.update("scanning names", d, total);
            }
        });
        table = CNameTable.build(files);
        table.write(tableFile);
        return new SourceTrees.Loaded(new CSourceIndex(abs, cache, table, progress));
    }

    /** Whether the tree has exactly the table's files, each with the same modification time and size. */
    private static boolean unchanged(CNameTable table, Map<String, long[]> found) {
        if (table.files.length != found.size()) {
            return false;
        }
        for (int i = 0; i < table.files.length; i++) {
            long[] f = found.get(table.files[i]);
            if (f == null || f[0] != table.mtimes[i] || f[1] != table.sizes[i]) {
                return false;
            }
        }
        return true;
    }

    private static void walk(Path root, Map<String, long[]> out) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                if (!dir.equals(root) && name != null && name.toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;   // .git, .tracenotes-cache, editors' folders
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String n = file.getFileName().toString();
                if (attrs.isRegularFile() && (n.endsWith(".c") || n.endsWith(".h"))) {
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    out.put(rel, new long[] {attrs.lastModifiedTime().toMillis(), attrs.size()});
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public String language() {
        return "c";
    }

    @Override
    public String origin() {
        return "C source under " + root + " (" + String.format("%,d", names.files.length) + " files)";
    }

    @Override
    public Path root() {
        return root;
    }

    /** How many files of the tree have been parsed so far (the rest were only scanned). */
    public int parsedFiles() {
        return parsed.size();
    }

    /** Where the cache is kept, or null when neither the tree nor the user's cache folder can be written. */
    public Path cacheDir() {
        return cache.dir();
    }

    @Override
    public List<SourceFunction> lookup(String name) {
        List<String> candidates = names.filesOf(name);
        List<SourceFunction> out = new ArrayList<>();
        for (String rel : candidates) {
            for (SourceFunction f : parse(rel)) {
                if (f.name().equals(name)) {
                    out.add(f);
                }
            }
        }
        // a real definition before a macro of the same name; .c files before headers (the path order otherwise)
        out.sort(java.util.Comparator.comparing((SourceFunction f) -> f.marks().contains("macro"))
                .thenComparing(f -> f.marks().contains("header")));
        return out;
    }

    private List<SourceFunction> parse(String rel) {
        List<SourceFunction> done = parsed.get(rel);
        if (done != null) {
            return done;
        }
        synchronized (this) {
            done = parsed.get(rel);
            if (done != null) {
                return done;
            }
            CIndexCache.Scanned s = byFile.get(rel);
            Path file = root.resolve(rel);
            List<SourceFunction> fs = cache.readParsed(rel, s.mtime(), s.size(), file);
            if (fs == null) {
                progress.update("parsing " + rel, parsed.size(), -1);
                try {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    if (reader == null) {
                        reader = new CFunctionReader();
                    }
                    fs = reader.read(file, text);
                } catch (IOException | RuntimeException e) {
                    fs = List.of();
                }
                cache.writeParsed(rel, s.mtime(), s.size(), fs);
            }
            parsed.put(rel, fs);
            return fs;
        }
    }

    @Override
    public List<String> similarNames(String name, int limit) {
        if (name.length() < 3) {
            return List.of();
        }
        int max = name.length() >= 8 ? 2 : 1;
        // only names of about the same length are worth comparing
        List<String> near = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (Math.abs(names.length(i) - name.length()) <= max) {
                String n = names.name(i);
                if (!n.equals(name)) {
                    near.add(n);
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (String n : Suggestions.nearest(name, near, limit * 4, max)) {
            if (!lookup(n).isEmpty()) {
                found.add(n);
            }
            if (found.size() == limit) {
                break;
            }
        }
        return found;
    }

    @Override
    public Set<String> knownNames() {
        return names.nameSet();
    }

    /** Whether the scan found {@code name} as a candidate in some file (cheap; {@link #lookup} confirms). */
    public boolean mayDefine(String name) {
        return names.find(name) >= 0;
    }

    /** Parses, ahead of use, the files that may define any of {@code names} (with progress). */
    public void prepare(Collection<String> wanted) {
        Set<String> rels = new LinkedHashSet<>();
        for (String n : wanted) {
            rels.addAll(names.filesOf(n));
        }
        long i = 0;
        for (String rel : rels) {
            parse(rel);
            progress.update("parsing", ++i, rels.size());
        }
    }
}
