package org.tracenotes.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.tracenotes.core.parse.NoteFiles;

/**
 * The {@code notes} parameter as paths, and paths as the build prints them. Maven hands the mojos
 * absolute files; a finding, a SARIF location and a report name say where a note is relative to the
 * project, with {@code /}, as a reader of the build log finds it.
 */
final class NotePaths {

    private NotePaths() {
    }

    /** The notes to read: each entry resolved against {@code basedir}; none given, the base directory itself. */
    static List<Path> roots(File basedir, List<File> notes) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        if (notes == null || notes.isEmpty()) {
            out.add(base);
            return out;
        }
        for (File f : notes) {
            if (f == null) {
                continue;
            }
            out.add(base.resolve(f.toPath()).normalize());
        }
        if (out.isEmpty()) {
            out.add(base);
        }
        return out;
    }

    /** {@code p} relative to {@code basedir} with {@code /} separators when it lies under it, else absolute. */
    static String display(File basedir, Path p) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return abs.toString();
        }
        String rel = base.relativize(abs).toString().replace(File.separatorChar, '/');
        return rel.isEmpty() ? "." : rel;
    }

    /** The path lint and SARIF report: relative to the project when under it, so SARIF locations are relative URIs. */
    static Path reported(File basedir, Path p) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : abs;
    }

    /**
     * Every note file under {@code roots} (folders walked as {@code tracenotes lint} walks them), each
     * once, with the name of its JUnit report: its path under the root it was found in, without the
     * extension, folders joined with {@code .} ({@code sub/a.md} → {@code sub.a}; a root that is a file
     * gives its own name), characters other than letters, digits, {@code . _ -} as {@code _}; a name
     * taken twice gets {@code -2}, {@code -3} ….
     */
    static Map<Path, String> noteFiles(List<Path> roots) {
        Map<Path, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path root : roots) {
            for (Path f : NoteFiles.collect(List.of(root))) {
                Path abs = f.toAbsolutePath().normalize();
                if (out.containsKey(abs)) {
                    continue;
                }
                Path rel = abs.equals(root) || !abs.startsWith(root) ? abs.getFileName() : root.relativize(abs);
                String name = reportName(rel);
                String unique = name;
                for (int n = 2; !taken.add(unique); n++) {
                    unique = name + "-" + n;
                }
                out.put(abs, unique);
            }
        }
        return out;
    }

    /** {@code sub/soft-offline.annotated.md} → {@code sub.soft-offline.annotated}. */
    static String reportName(Path rel) {
        String s = rel.toString().replace(File.separatorChar, '/');
        int slash = s.lastIndexOf('/');
        int dot = s.lastIndexOf('.');
        if (dot > slash + 1) {
            s = s.substring(0, dot);
        }
        s = s.replace('/', '.').replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() ? "note" : s;
    }
}
