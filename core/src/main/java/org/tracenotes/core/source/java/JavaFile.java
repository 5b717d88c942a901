package org.tracenotes.core.source.java;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One {@code .java} file of a source tree as the walk found it: its path, its path relative to the
 * tree's root, its modification time and size (what the name cache keys it by).
 */
record JavaFile(Path path, String relative, long mtime, long size) {

    /** The {@code .java} files under {@code root} (an absolute, normalised path), hidden folders skipped, by relative path. */
    static List<JavaFile> walk(Path root) throws IOException {
        List<JavaFile> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
                    files.add(new JavaFile(file, root.relativize(file).toString(), attrs.lastModifiedTime().toMillis(), attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(JavaFile::relative));
        return files;
    }

    /** The file's text: UTF-8, else Latin-1; empty if it cannot be read. */
    String read() {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            try {
                return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                return "";
            }
        }
    }
}
