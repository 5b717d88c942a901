package org.tracenotes.core.ide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.parse.ParseOptions;

/**
 * The parse options of the {@code .tracenotes.yaml} files above a folder (tab width and dialect: the
 * {@code overrides} of a config name rule severities only, so every file of a folder has the same),
 * kept per folder. Looking them up used to walk the folders up to the repository's root and read the
 * configs' times on every keystroke; now it checks only that nothing it read changed: the modification
 * time of every folder above (a config or {@code .git} added, removed or renamed there changes it) and
 * of every config found. When one changed, the folder's options are looked up again with
 * {@link LintConfig#forFile}, which stays the one place that decides them.
 */
final class FolderOptions {

    /** What one lookup read, and what it found. */
    private record Entry(ParseOptions options, List<Path> watched, List<Object> stamps) { }

    private static final Map<Path, Entry> CACHE = new ConcurrentHashMap<>();

    private FolderOptions() {
    }

    /** The parse options lint gives the file {@code file}, before its own name is looked at. */
    static ParseOptions of(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (dir == null) {
            return lookUp(file);
        }
        Entry e = CACHE.get(dir);
        if (e != null && e.stamps().equals(stamps(e.watched()))) {
            return e.options();
        }
        List<Path> watched = new ArrayList<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            watched.add(d);
            Path config = d.resolve(LintConfig.FILE_NAME);
            if (Files.isRegularFile(config)) {
                watched.add(config);
            }
        }
        List<Object> before = stamps(watched);
        ParseOptions options = lookUp(file);
        if (before.equals(stamps(watched))) {
            CACHE.put(dir, new Entry(options, List.copyOf(watched), before));
        }
        return options;
    }

    private static ParseOptions lookUp(Path file) {
        return LintConfig.forFile(file).parseOptions(Optional.empty(), Optional.empty());
    }

    /** Each path's modification time and size, or its absence. */
    private static List<Object> stamps(List<Path> paths) {
        List<Object> out = new ArrayList<>(paths.size());
        for (Path p : paths) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.add(List.of(a.lastModifiedTime(), a.size(), a.isRegularFile()));
            } catch (IOException e) {
                out.add("absent");
            }
        }
        return out;
    }
}
