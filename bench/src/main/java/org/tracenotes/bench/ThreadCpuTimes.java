package org.tracenotes.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.commonmark.parser.Parser;
import org.tracenotes.core.DeepStack;
import org.tracenotes.core.ide.EditorDocument;
import org.tracenotes.core.ide.EditorNotes;
import org.tracenotes.core.ide.Highlights;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/**
 * The CPU time of the parse-corpus and keystroke operations, measured on the thread that does the
 * work, for a machine too busy for wall-clock figures (JMH's scores on a shared 2-core machine swung
 * by 3×; a thread's CPU time does not count the time other processes hold the core). Everything runs
 * on one {@link DeepStack} thread, so every parse runs on it too. Not JMH: no forks, no blackholes;
 * each figure is the median over many operations after a warm-up, and each ratio is of two figures of
 * the same run.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tracenotes.bench.ThreadCpuTimes corpus [warmup passes] [passes]
 * java -cp bench/target/benchmarks.jar org.tracenotes.bench.ThreadCpuTimes keystroke [warmup] [keystrokes]
 * </pre>
 */
public final class ThreadCpuTimes {

    private static Object sink;
    private static java.lang.reflect.Method parseHere;

    private ThreadCpuTimes() {
    }

    public static void main(String[] args) throws IOException {
        String what = args.length > 0 ? args[0] : "corpus";
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        String result = switch (what) {
            case "corpus" -> corpus(warm, rounds);
            case "keystroke" -> keystroke(warm, rounds);
            default -> throw new IllegalArgumentException("corpus or keystroke, not " + what);
        };
        System.out.println(result);
    }

    /** One pass of the Tracenotes parser and one of commonmark-java over the corpus, alternating. */
    static String corpus(int warm, int rounds) {
        Corpus corpus = Corpus.locate();
        List<String> texts = corpus.texts();
        List<String> names = corpus.names();
        NoteParser tracenotes = new NoteParser();
        Parser commonmark = Parser.builder().build();
        return DeepStack.call("bench", () -> {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            List<Double> tn = new ArrayList<>();
            List<Double> cm = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            for (int r = -warm; r < rounds; r++) {
                long c0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < texts.size(); i++) {
                    sink = parseHere(tracenotes, names.get(i), texts.get(i));
                }
                long c1 = mx.getCurrentThreadCpuTime();
                for (String text : texts) {
                    sink = commonmark.parse(text);
                }
                long c2 = mx.getCurrentThreadCpuTime();
                if (r >= 0) {
                    tn.add((c1 - c0) / 1e6);
                    cm.add((c2 - c1) / 1e6);
                    ratio.add((double) (c1 - c0) / (c2 - c1));
                }
            }
            return String.format("corpus: %s%nthread CPU ms per pass, median of %d: tracenotes %.1f, commonmark %.1f;"
                    + " ratio median %.2f (quartiles %.2f to %.2f)", corpus.describe(), rounds, median(tn),
                    median(cm), median(ratio), quantile(ratio, 0.25), quantile(ratio, 0.75));
        }).value();
    }

    /**
     * An {@code x} typed after the {@code folio_put} nearest the middle of the 10,000-line note and taken
     * away, in turn: {@link EditorDocument#update} and the highlights, against the whole parse and the
     * highlights of the same text (what the editor did before).
     */
    static String keystroke(int warm, int rounds) throws IOException {
        String text = LongNote.of(LongNote.seed(), 10_000);
        Path file = Files.createTempDirectory("tracenotes-editor").resolve("long-note.md");
        Files.writeString(file, text);
        int middle = text.length() / 2;
        int before = text.lastIndexOf("=> folio_put(", middle);
        int after = text.indexOf("=> folio_put(", middle);
        int at = (after < 0 || (before >= 0 && middle - before < after - middle) ? before : after)
                + "=> folio_put".length();
        String typed = text.substring(0, at) + "x" + text.substring(at);
        return DeepStack.call("bench", () -> {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            EditorDocument doc = new EditorDocument(file, file.toString());
            doc.update(text);
            List<Double> key = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            List<Double> highlights = new ArrayList<>();
            for (int r = -warm; r < rounds; r++) {
                String now = (r & 1) == 0 ? typed : text;
                long c0 = mx.getCurrentThreadCpuTime();
                sink = Highlights.of(doc.update(now));
                long c1 = mx.getCurrentThreadCpuTime();
                Note note = EditorNotes.parse(file, file.toString(), now);
                long c2 = mx.getCurrentThreadCpuTime();
                sink = Highlights.of(note);
                long c3 = mx.getCurrentThreadCpuTime();
                if (r >= 0) {
                    key.add((c1 - c0) / 1e6);
                    whole.add((c3 - c1) / 1e6);
                    highlights.add((c3 - c2) / 1e6);
                }
            }
            return String.format("thread CPU ms over %d keystrokes in %d lines: keystroke (EditorDocument + highlights)"
                    + " p50 %.2f p90 %.2f; whole parse + highlights p50 %.2f p90 %.2f; highlights alone p50 %.2f;"
                    + " ratio of p50 %.3f", rounds, text.lines().count(), median(key), quantile(key, 0.9),
                    median(whole), quantile(whole, 0.9), median(highlights), median(key) / median(whole));
        }).value();
    }

    /**
     * {@code NoteParser}'s parse on this thread, without the hand-off to a deep-stack thread: the build
     * before issue 17's work started a thread per parse, whose CPU time this thread would not see, so
     * the corpus figure calls the private method both builds have, for a before-and-after on the same
     * footing (the thread hand-off is left out of both).
     */
    private static Object parseHere(NoteParser parser, String name, String text) {
        try {
            if (parseHere == null) {
                parseHere = NoteParser.class.getDeclaredMethod("parseHere", String.class, String.class, List.class);
                parseHere.setAccessible(true);
            }
            return parseHere.invoke(parser, name, text, List.of());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> xs) {
        return quantile(xs, 0.5);
    }

    private static double quantile(List<Double> xs, double q) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
    }
}
