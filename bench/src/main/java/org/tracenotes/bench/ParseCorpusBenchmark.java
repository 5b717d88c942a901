package org.tracenotes.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tracenotes.core.parse.NoteParser;

/**
 * Parses the whole note corpus with the Tracenotes parser and, in the same run, with commonmark-java,
 * a plain CommonMark parser that builds a Markdown tree and nothing more. One operation is one pass
 * over every note in the corpus; the score is the average time per pass.
 *
 * <p>Absolute times depend on the machine. What carries across machines is the ratio of the two
 * scores from one run: how many times a Markdown-only parse of the same notes the Tracenotes parse
 * costs.
 *
 * <p>Ten 2-second warmup iterations: on a 2-core machine a Tracenotes pass kept getting faster for
 * about 15 seconds (some 30 passes: JIT compilation of the generated parser, and ANTLR's shared
 * prediction cache filling), so three or five iterations measured a parser still warming up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseCorpusBenchmark {

    /** The corpus and both parsers, made once per trial and shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Notes {

        /** The notes' texts, in memory: no I/O is timed. */
        List<String> texts;

        /** The notes' names, passed to the Tracenotes parser as each note's source. */
        List<String> names;

        /** Thread-safe and reusable, so one instance serves every pass. */
        NoteParser tracenotes;

        /** Thread-safe and reusable once built, like {@link #tracenotes}. */
        Parser commonmark;

        @Setup(Level.Trial)
        public void load() {
            Corpus corpus = Corpus.locate();
            texts = corpus.texts();
            names = corpus.names();
            tracenotes = new NoteParser();
            commonmark = Parser.builder().build();
            System.out.println("corpus: " + corpus.describe());
        }
    }

    /** One pass over the corpus with the Tracenotes parser: front matter, sections, trace blocks, diagnostics. */
    @Benchmark
    public void tracenotesParseCorpus(Notes notes, Blackhole bh) {
        List<String> texts = notes.texts;
        List<String> names = notes.names;
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(notes.tracenotes.parse(names.get(i), texts.get(i)));
        }
    }

    /** One pass over the corpus with commonmark-java's default parser: the baseline. */
    @Benchmark
    public void commonmarkParseCorpus(Notes notes, Blackhole bh) {
        for (String text : notes.texts) {
            bh.consume(notes.commonmark.parse(text));
        }
    }
}
