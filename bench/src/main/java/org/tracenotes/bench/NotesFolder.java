package org.tracenotes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a folder of generated notes for the lint benchmark: the shared corpus's Markdown notes (or
 * the seed note when the corpus is absent), copied round after round with every copy's function
 * names suffixed so that each note traces its own functions, until the folder holds the bytes asked
 * for. Usage: {@code java -cp bench/target/benchmarks.jar org.tracenotes.bench.NotesFolder OUT BYTES}.
 */
public final class NotesFolder {

    private NotesFolder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: NotesFolder OUT_DIR BYTES");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        Corpus corpus = Corpus.locate();
        System.out.println("from " + corpus.describe());
        Files.createDirectories(out);
        long written = 0;
        int files = 0;
        for (int round = 0; written < target; round++) {
            Path dir = Files.createDirectories(out.resolve(String.format("round-%03d", round)));
            for (int i = 0; i < corpus.size(); i++) {
                if (written >= target) {
                    break;
                }
                String original = corpus.texts().get(i);
                String text = round == 0 ? original : original.replaceAll("\\b([a-z_][a-z0-9_]*)\\(", "$1_r" + round + "(");
                String name = Path.of(corpus.names().get(i)).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
                Path f = dir.resolve(String.format("%04d-%s", files, name.endsWith(".md") ? name : name + ".md"));
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                Files.write(f, bytes);
                written += bytes.length;
                files++;
            }
        }
        System.out.println(out + ": " + files + " notes, " + written + " bytes");
    }
}
