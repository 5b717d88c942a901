package org.tracenotes.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The note files under the paths a command is given — one definition for {@code check}, {@code lint},
 * {@code fmt}, {@code graph}, the editors and the build plugins: files as given, and folders walked for
 * {@code *.md *.markdown *.rst *.trace *.txt} and files without an extension (many real notes have none),
 * skipping hidden entries, {@code target}, {@code node_modules}, whatever the {@code .gitignore} files
 * of the repository ignore (JGit reads them, with git's semantics: nested files, negation, directory
 * patterns) and whatever the {@code exclude:} globs of the {@code .tracenotes.yaml} files above ignore.
 */
public final class NoteFiles {

    private static final List<String> EXTENSIONS = List.of("md", "markdown", "rst", "trace", "txt");

    private NoteFiles() {
    }

    /** The files under {@code paths}, in order; a path that does not exist is kept, so that reading it reports it. */
    public static List<Path> collect(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            walk(p, out, true);
        }
        return out;
    }

    /** Whether a {@code .tracenotes.yaml} above {@code path} excludes it ({@code exclude:} globs). */
    private static boolean excluded(Path path, java.util.Map<Path, org.tracenotes.core.lint.LintConfig> configs) {
        Path dir = path.toAbsolutePath().normalize().getParent();
        if (dir == null) {
            return false;
        }
        return configs.computeIfAbsent(dir, d -> org.tracenotes.core.lint.LintConfig.forFile(path)).excluded(path);
    }

    /** Whether a folder walk reads {@code f} as a note: md, markdown, rst, trace, txt, or no extension. */
    public static boolean isNoteFile(Path f) {
        return f.getFileName() != null && isNoteFile(f, true);
    }

    private static boolean isNoteFile(Path f, boolean extensionless) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return extensionless;
        }
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private record Rules(Path dir, IgnoreNode node) { }

    private static void walk(Path start, List<Path> out, boolean extensionless) {
        Deque<Rules> rules = new ArrayDeque<>();
        Path top = start.toAbsolutePath().normalize();
        // .gitignore files above the start, up to the repository root, apply too
        List<Path> above = new ArrayList<>();
        for (Path d = top.getParent(); d != null; d = d.getParent()) {
            above.add(0, d);
            if (Files.exists(d.resolve(".git"))) {
                break;
            }
        }
        if (!Files.exists(top.resolve(".git")) && above.stream().noneMatch(d -> Files.exists(d.resolve(".git")))) {
            above.clear();
        }
        for (Path d : above) {
            IgnoreNode n = read(d);
            if (n != null) {
                rules.push(new Rules(d, n));
            }
        }
        List<Path> found = new ArrayList<>();
        java.util.Map<Path, org.tracenotes.core.lint.LintConfig> configs = new java.util.HashMap<>();
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(top)) {
                        String name = dir.getFileName().toString();
                        if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")
                                || ignored(rules, dir, true) || excluded(dir, configs)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    IgnoreNode n = read(dir);
                    if (n != null) {
                        rules.push(new Rules(dir, n));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (!rules.isEmpty() && rules.peek().dir().equals(dir)) {
                        rules.pop();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isNoteFile(file, extensionless) && !file.getFileName().toString().startsWith(".")
                            && !ignored(rules, file, false) && !excluded(file, configs)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(start);
            return;
        }
        found.sort(null);
        for (Path f : found) {
            out.add(start.resolve(top.relativize(f)));
        }
    }

    /** Nearest .gitignore first: the first that decides, decides. */
    private static boolean ignored(Deque<Rules> rules, Path path, boolean dir) {
        for (Rules r : rules) {
            String rel = r.dir().relativize(path).toString().replace('\\', '/');
            IgnoreNode.MatchResult m = r.node().isIgnored(rel, dir);
            if (m == IgnoreNode.MatchResult.IGNORED) {
                return true;
            }
            if (m == IgnoreNode.MatchResult.NOT_IGNORED) {
                return false;
            }
        }
        return false;
    }

    private static IgnoreNode read(Path dir) {
        Path f = dir.resolve(".gitignore");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        IgnoreNode n = new IgnoreNode();
        try (InputStream in = Files.newInputStream(f)) {
            n.parse(f.toString(), in);
            return n;
        } catch (IOException e) {
            return null;
        }
    }
}
