import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs every {@code console} example of README.md and compares what it prints with what the README
 * shows; with {@code --write}, puts the real output in the README (and the files the examples write,
 * such as docs/soft-offline-graph.svg, in docs/). A single-file program: {@code java docs/tools/ReadmeExamples.java --check}.
 *
 * <p>In a {@code ```console} (or {@code ~~~console}) block, a line {@code $ CMD} is a command, run with bash from a scratch copy
 * of the repository (its samples/, docs/ and the source fixtures under core/src/test/resources/source,
 * {@code ./tracenotes} and {@code ../shared}); the lines
 * after it, up to the next command, are its output (standard output and error, as a terminal shows them). A line that
 * is {@code ...} or starts with {@code …} stands for any number of lines the README leaves out. An HTML
 * comment right above the block steers it:
 * <ul>
 * <li>{@code <!-- example: not run: REASON -->} — the block is not run (say why);</li>
 * <li>{@code <!-- example: setup: CMD -->} — CMD runs first, in the scratch copy, its output not shown;</li>
 * <li>{@code <!-- example: cwd-shown-as: PATH -->} — the scratch folder's path is shown as PATH.</li>
 * </ul>
 * Exit 0 when every example is current (or was rewritten), 1 when one is stale, 2 on bad input.
 */
public final class ReadmeExamples {

    private static final String FENCE = "```console";
    /** A block whose output holds ``` lines is fenced with tildes. */
    private static final String TILDE_FENCE = "~~~console";

    record Command(String line, List<String> shown) { }

    record Block(int fenceLine, int endLine, List<Command> commands, Map<String, String> directives) { }

    public static void main(String[] args) throws Exception {
        boolean write = Arrays.asList(args).contains("--write");
        Path readme = Path.of(Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse("README.md"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(readme)) {
            System.err.println("readme-examples: " + readme + ": no such file");
            System.exit(2);
        }
        Path repo = readme.getParent();
        if (!Files.isRegularFile(repo.resolve("cli/target/tracenotes.jar"))) {
            System.err.println("readme-examples: cli/target/tracenotes.jar is missing; build it with: mvn -B -q package -DskipTests");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(readme, StandardCharsets.UTF_8));
        List<Block> blocks = blocks(lines);
        int stale = 0;
        int ran = 0;
        List<String> out = new ArrayList<>(lines);
        // from the last block up, so that a rewritten block does not move the ones above it
        for (int b = blocks.size() - 1; b >= 0; b--) {
            Block block = blocks.get(b);
            String where = readme.getFileName() + ":" + (block.fenceLine() + 1);
            if (block.directives().containsKey("not run")) {
                continue;
            }
            ran++;
            Path scratch = scratch(repo);
            try {
                String setup = block.directives().get("setup");
                if (setup != null) {
                    run(scratch, setup, null);
                }
                List<String> regenerated = new ArrayList<>();
                boolean blockStale = false;
                for (Command c : block.commands()) {
                    List<String> actual = run(scratch, c.line().substring(2), block.directives().get("cwd-shown-as"));
                    regenerated.add(c.line());
                    if (!matches(c.shown(), actual)) {
                        blockStale = true;
                        System.err.println(where + ": `" + c.line().substring(2) + "` prints what the README does not show:");
                        actual.forEach(l -> System.err.println("    | " + l));
                        if (hasElision(c.shown())) {
                            System.err.println("    (the README shows a cut of this output, with … lines: re-cut it by hand)");
                            regenerated.addAll(c.shown());
                            stale++;
                            continue;
                        }
                    }
                    regenerated.addAll(hasElision(c.shown()) ? c.shown() : actual);
                }
                if (blockStale && write) {
                    for (int i = block.endLine() - 1; i > block.fenceLine(); i--) {
                        out.remove(i);
                    }
                    out.addAll(block.fenceLine() + 1, regenerated);
                } else if (blockStale) {
                    stale++;
                }
                stale += docs(repo, scratch, write);
            } finally {
                delete(scratch);
            }
        }
        if (write) {
            Path tmp = Files.createTempFile(repo, ".README", ".tmp");
            Files.write(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, readme, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.err.println("readme-examples: " + ran + " blocks run, " + (blocks.size() - ran) + " not run; "
                + (stale == 0 ? "all current" : stale + " stale" + (write ? " (rewritten where the whole output is shown)" : "")));
        System.exit(stale == 0 || write && stale == 0 ? 0 : 1);
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(FENCE) && !lines.get(i).equals(TILDE_FENCE)) {
                continue;
            }
            String close = lines.get(i).substring(0, 3);
            Map<String, String> directives = new java.util.TreeMap<>();
            for (int k = i - 1; k >= 0 && lines.get(k).startsWith("<!-- example: "); k--) {
                String d = lines.get(k).substring("<!-- example: ".length()).replaceFirst("\\s*-->$", "");
                int colon = d.indexOf(':');
                directives.put(colon < 0 ? d.strip() : d.substring(0, colon).strip(), colon < 0 ? "" : d.substring(colon + 1).strip());
            }
            int end = i + 1;
            List<Command> commands = new ArrayList<>();
            while (end < lines.size() && !lines.get(end).startsWith(close)) {
                String l = lines.get(end);
                if (l.startsWith("$ ")) {
                    commands.add(new Command(l, new ArrayList<>()));
                } else if (!commands.isEmpty()) {
                    commands.get(commands.size() - 1).shown().add(l);
                }
                end++;
            }
            blocks.add(new Block(i, end, commands, directives));
            i = end;
        }
        return blocks;
    }

    static boolean hasElision(List<String> shown) {
        return shown.stream().anyMatch(ReadmeExamples::isElision);
    }

    static boolean isElision(String line) {
        String s = line.strip();
        return s.equals("...") || s.startsWith("…");
    }

    /** Glob matching over lines: an elision line stands for any number of lines. */
    static boolean matches(List<String> shown, List<String> actual) {
        boolean[][] m = new boolean[shown.size() + 1][actual.size() + 1];
        m[shown.size()][actual.size()] = true;
        for (int i = shown.size() - 1; i >= 0; i--) {
            for (int j = actual.size(); j >= 0; j--) {
                if (isElision(shown.get(i))) {
                    m[i][j] = m[i + 1][j] || j < actual.size() && m[i][j + 1];
                } else {
                    m[i][j] = j < actual.size() && shown.get(i).stripTrailing().equals(actual.get(j).stripTrailing()) && m[i + 1][j + 1];
                }
            }
        }
        return m[0][0];
    }

    static List<String> run(Path cwd, String command, String cwdShownAs) throws IOException, InterruptedException {
        // standard output and error into one file, as a terminal shows them; a pipeline whose last
        // command may end before the tool's error stream is written (`| head`) is not deterministic
        // then: such an example sends the error stream elsewhere
        Path output = Files.createTempFile("readme-example", ".out");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(output.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("TERM", "dumb");
        pb.environment().put("NO_COLOR", "1");
        pb.environment().put("COLUMNS", "120");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("`" + command + "` did not end in 10 minutes");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (cwdShownAs != null) {
            text = text.replace(cwd.toString(), cwdShownAs);
        }
        List<String> out = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** A scratch copy: samples/ and docs/ copied, ./tracenotes calling the build's launcher, ../shared linked. */
    static Path scratch(Path repo) throws IOException {
        Path root = Files.createTempDirectory("readme-examples");
        Path copy = Files.createDirectories(root.resolve("repo"));
        copyTree(repo.resolve("samples"), copy.resolve("samples"));
        copyTree(repo.resolve("docs"), copy.resolve("docs"));
        // the rest of the repository (the examples' fixtures under core/src/test/resources, say): read-only
        // copies of the small fixture trees an example points tools at, which may write caches into them
        copyTree(repo.resolve("core/src/test/resources/source"), copy.resolve("core/src/test/resources/source"));
        Path launcher = copy.resolve("tracenotes");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + repo.resolve("tracenotes") + "' \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path shared = repo.resolve("../shared").normalize();
        if (Files.isDirectory(shared)) {
            Files.createSymbolicLink(root.resolve("shared"), shared);
        }
        return copy;
    }

    /** Files under docs/ an example wrote: copied back with --write, stale otherwise. */
    static int docs(Path repo, Path scratch, boolean write) throws IOException {
        int stale = 0;
        if (!Files.isDirectory(scratch.resolve("docs"))) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(scratch.resolve("docs"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = repo.resolve(scratch.relativize(f).toString());
                if (Files.exists(target) && Files.mismatch(f, target) == -1) {
                    continue;
                }
                if (write) {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    System.err.println("readme-examples: wrote " + repo.relativize(target));
                } else {
                    System.err.println("readme-examples: " + repo.relativize(target) + " is not what the README's example writes");
                    stale++;
                }
            }
        }
        return stale;
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void delete(Path scratch) {
        Path root = scratch.getParent();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("readme-examples: could not remove " + root + ": " + e.getMessage());
        }
    }
}
