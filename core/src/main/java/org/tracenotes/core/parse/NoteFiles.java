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
 * The note files under the paths a command is given: files as given, and folders walked for
 * {@code *.md *.markdown *.trace *.txt} (and, for the commands that read a corpus, files without an
 * extension), skipping hidden entries, {@code target}, {@code node_modules} and whatever the
 * {@code .gitignore} files of the repository ignore (JGit reads them, with git's semantics: nested
 * files, negation, directory patterns).
 */
public final class NoteFiles {

    private static final List<String> EXTENSIONS = List.of("md", "markdown", "trace", "txt");

    private NoteFiles() {
    }

    /** The files under {@code paths}, in order; a path that does not exist is kept, so that reading it reports it. */
    public static List<Path> collect(List<Path> paths) {
        return collect(paths, false);
    }

    /** As {@link #collect(List)}; with {@code extensionless}, files without an extension count as notes too. */
    public static List<Path> collect(List<Path> paths, boolean extensionless) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            walk(p, out, extensionless);
        }
        return out;
    }

    /** Whether a folder walk reads {@code f} as a note: md, markdown, trace, txt, or no extension. */
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
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(top)) {
                        String name = dir.getFileName().toString();
                        if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")
                                || ignored(rules, dir, true)) {
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
                            && !ignored(rules, file, false)) {
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
