package org.tracenotes.core.lint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The function names of a real source tree, so that "unknown function" can mean "not in that tree":
 * read from a universal-ctags {@code tags} file, or found in a folder of C files — with
 * {@code ctags} when it is installed, with a built-in scanner of function definitions and
 * function-like macros otherwise.
 *
 * @param names  every function, prototype and macro name found
 * @param origin where they came from, for messages ({@code tags file linux/tags}, {@code ctags on src/})
 */
public record SymbolIndex(Set<String> names, String origin) {

    public SymbolIndex {
        names = Collections.unmodifiableSet(new TreeSet<>(names));
    }

    /** A symbol index, or why it could not be read. */
    public sealed interface Result permits Loaded, Failed { }

    public record Loaded(SymbolIndex index) implements Result { }

    public record Failed(String message) implements Result { }

    private static final Set<String> KINDS = Set.of("f", "p", "d", "function", "prototype", "macro");

    /** Reads a universal-ctags (or exuberant) {@code tags} file: name, file, address, then kind fields. */
    public static Result fromTags(Path tags) {
        if (Files.exists(tags) && !Files.isRegularFile(tags)) {
            // a FIFO would block for ever, a device like /dev/zero never ends: only files are read
            return new Failed(tags + ": not a regular file; a tags file is read only from a file");
        }
        Set<String> names = new TreeSet<>();
        try (Stream<String> lines = Files.lines(tags, StandardCharsets.UTF_8)) {
            lines.forEach(l -> addTagLine(l, names));
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Failed(tags + ": cannot read the tags file: " + e.getMessage());
        }
        if (names.isEmpty()) {
            return new Failed(tags + ": no function, prototype or macro entries; is it a ctags `tags` file?");
        }
        return new Loaded(new SymbolIndex(names, "tags file " + tags));
    }

    private static void addTagLine(String line, Set<String> names) {
        if (line.startsWith("!_TAG_") || line.isBlank()) {
            return;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
            return;
        }
        String kind = null;
        for (int i = 3; i < f.length; i++) {
            String field = f[i];
            if (field.startsWith("kind:")) {
                kind = field.substring(5);
            } else if (!field.contains(":") && kind == null) {
                kind = field;
            }
        }
        if (kind == null || KINDS.contains(kind)) {
            names.add(f[0]);
        }
    }

    /**
     * The functions defined in the C files under {@code dir}: {@code ctags -R} when it is on the PATH,
     * else the built-in scanner.
     */
    public static Result fromSource(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Failed(dir + ": not a folder of source files");
        }
        Result viaCtags = ctags(dir);
        return viaCtags != null ? viaCtags : scan(dir);
    }

    private static Result ctags(Path dir) {
        try {
            Process p = new ProcessBuilder("ctags", "-R", "-f", "-", "--languages=C,C++", "--kinds-C=fpd", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Set<String> names = new TreeSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> addTagLine(l, names));
            }
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            return new Loaded(new SymbolIndex(names, "ctags on " + dir));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A definition starts in column 0: a type and a name, then {@code (}, not ending in {@code ;}. */
    private static final Pattern DEFINITION = Pattern.compile(
            "^(?!(?:if|for|while|switch|return|else|do|typedef|struct|enum|union)\\b)[A-Za-z_][\\w \\t*]*?\\b([A-Za-z_]\\w*)\\s*\\((?!.*;\\s*$)");
    private static final Pattern MACRO = Pattern.compile("^#\\s*define\\s+([A-Za-z_]\\w*)\\(");

    /** The built-in scanner: function definitions and function-like macros in .c and .h files. */
    static Result scan(Path dir) {
        Set<String> names = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".c") || n.endsWith(".h");
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Failed(dir + ": cannot walk the folder: " + e.getMessage());
        }
        for (Path f : files) {
            try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
                lines.forEach(l -> {
                    Matcher m = MACRO.matcher(l);
                    if (m.find()) {
                        names.add(m.group(1));
                        return;
                    }
                    Matcher d = DEFINITION.matcher(l);
                    if (d.find()) {
                        names.add(d.group(1));
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable file adds nothing; the others still count
            }
        }
        return new Loaded(new SymbolIndex(names, "definitions found in " + dir));
    }
}
