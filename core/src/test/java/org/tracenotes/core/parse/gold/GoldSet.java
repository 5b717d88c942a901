package org.tracenotes.core.parse.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The structure gold set ({@code src/test/resources/gold}, format in its README): for trace blocks of
 * the shared corpus, the tree each block's author meant, line by line.
 */
public final class GoldSet {

    /** Kinds of gold lines that are not steps. */
    public static final List<String> NON_STEP_KINDS = List.of("comment", "cont", "brace", "text");

    /** A note's gold: its corpus-relative path ({@code repo-folder/file}) and its blocks. */
    public record GoldNote(String notePath, List<GoldBlock> blocks) { }

    /** A block: lines {@code first}–{@code last} of the note. */
    public record GoldBlock(int first, int last, boolean notTrace, List<GoldLine> lines) {
        public boolean contains(int line) {
            return line >= first && line <= last;
        }
    }

    /**
     * One line: its parent line ({@code -1} for none, {@code 0} for an implied root), its kind, for an
     * else its chain's {@code if} line (or -1), and whether the reading is ambiguous (not scored).
     */
    public record GoldLine(int line, int parent, String kind, int ifLine, boolean ambiguous) {
        public boolean isStep() {
            return !NON_STEP_KINDS.contains(kind);
        }
    }

    private static final Pattern BLOCK = Pattern.compile("^block\\s+(\\d+)\\s*-\\s*(\\d+)\\s*(not-trace)?\\s*(#.*)?$");
    private static final Pattern LINE =
            Pattern.compile("^(\\d+)\\s+(-|\\d+)(\\?)?\\s+([a-z-]+)((?:\\s+(?:if|alt)=\\d+)*)\\s*(#.*)?$");
    private static final Pattern IF = Pattern.compile("if=(\\d+)");

    private GoldSet() {
    }

    /** Every {@code .gold} file under {@code dir}, in path order. */
    public static List<GoldNote> load(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<GoldNote> notes = new ArrayList<>();
            for (Path f : walk.filter(p -> p.toString().endsWith(".gold")).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                notes.add(read(rel.substring(0, rel.length() - ".gold".length()), Files.readAllLines(f, StandardCharsets.UTF_8), f));
            }
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldNote read(String notePath, List<String> text, Path source) {
        List<GoldBlock> blocks = new ArrayList<>();
        List<GoldLine> lines = null;
        int first = 0;
        int last = 0;
        boolean notTrace = false;
        int n = 0;
        for (String raw : text) {
            n++;
            String s = raw.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            Matcher b = BLOCK.matcher(s);
            if (b.matches()) {
                if (lines != null) {
                    blocks.add(new GoldBlock(first, last, notTrace, List.copyOf(lines)));
                }
                first = Integer.parseInt(b.group(1));
                last = Integer.parseInt(b.group(2));
                notTrace = b.group(3) != null;
                lines = new ArrayList<>();
                continue;
            }
            Matcher m = LINE.matcher(s);
            if (!m.matches() || lines == null) {
                throw new IllegalArgumentException(source + ":" + n + ": not a gold line: " + raw);
            }
            int line = Integer.parseInt(m.group(1));
            if (line < first || line > last) {
                throw new IllegalArgumentException(source + ":" + n + ": line " + line + " is outside its block");
            }
            int parent = m.group(2).equals("-") ? -1 : Integer.parseInt(m.group(2));
            Matcher iff = IF.matcher(m.group(5));
            int ifLine = iff.find() ? Integer.parseInt(iff.group(1)) : -1;
            lines.add(new GoldLine(line, parent, m.group(4), ifLine, m.group(3) != null));
        }
        if (lines != null) {
            blocks.add(new GoldBlock(first, last, notTrace, List.copyOf(lines)));
        }
        return new GoldNote(notePath, blocks);
    }
}
