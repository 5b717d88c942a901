package org.tracenotes.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenStream;
import org.commonmark.parser.Parser;
import org.tracenotes.core.DeepStack;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.grammar.TraceLexer;

/**
 * How a parse of the corpus splits into its stages, each as a ratio to commonmark-java's parse of the
 * same texts in the same run (thread CPU time, like {@link ThreadCpuTimes}): the lexer alone (tokens
 * and the layout pass), the lexer and ANTLR's parse (the parse tree, the way {@link NoteParser} makes
 * it: SLL first, the line fallback), and the whole parse (the note model too). The first two are floors
 * of what a parse with the ANTLR grammar can cost: no work on the model brings the whole below them.
 *
 * <pre>
 * java -Dtracenotes.corpus=../shared/corpus -cp bench/target/benchmarks.jar org.tracenotes.bench.ParseStages [warmup] [passes]
 * </pre>
 */
public final class ParseStages {

    private static Object sink;

    private ParseStages() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Corpus corpus = Corpus.locate();
        List<String> texts = corpus.texts();
        List<String> names = corpus.names();
        NoteParser tracenotes = new NoteParser();
        Parser commonmark = Parser.builder().build();
        Class<?> fallback = Class.forName("org.tracenotes.core.parse.LineFallbackParser");
        Constructor<?> newParser = fallback.getDeclaredConstructor(TokenStream.class);
        newParser.setAccessible(true);
        Method parseNote = fallback.getDeclaredMethod("parseNote");
        parseNote.setAccessible(true);
        Method parseHere = NoteParser.class.getDeclaredMethod("parseHere", String.class, String.class, List.class);
        parseHere.setAccessible(true);
        String result = DeepStack.call("bench", () -> {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            List<List<Double>> ratios = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<Double> cmMs = new ArrayList<>();
            for (int r = -warm; r < rounds; r++) {
                long[] stage = new long[3];
                for (int s = 0; s < 3; s++) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    for (int i = 0; i < texts.size(); i++) {
                        sink = stage(s, names.get(i), texts.get(i), tracenotes, newParser, parseNote, parseHere);
                    }
                    stage[s] = mx.getCurrentThreadCpuTime() - c0;
                }
                long c0 = mx.getCurrentThreadCpuTime();
                for (String text : texts) {
                    sink = commonmark.parse(text);
                }
                long cm = mx.getCurrentThreadCpuTime() - c0;
                if (r >= 0) {
                    cmMs.add(cm / 1e6);
                    for (int s = 0; s < 3; s++) {
                        ratios.get(s).add((double) stage[s] / cm);
                    }
                }
            }
            return String.format("corpus: %s%ncommonmark-java: %.1f ms a pass (thread CPU, median of %d)%n"
                    + "lexer alone / commonmark: %.2f%nlexer + ANTLR parse / commonmark: %.2f%n"
                    + "whole parse (model too) / commonmark: %.2f", corpus.describe(), median(cmMs), rounds,
                    median(ratios.get(0)), median(ratios.get(1)), median(ratios.get(2)));
        }).value();
        System.out.println(result);
    }

    private static Object stage(int s, String name, String text, NoteParser whole, Constructor<?> newParser,
            Method parseNote, Method parseHere) {
        try {
            if (s == 2) {
                return parseHere.invoke(whole, name, text, List.of());
            }
            TraceLexer lexer = TraceLexer.over(text, name);
            lexer.removeErrorListeners();
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();
            if (s == 0) {
                return tokens;
            }
            try {
                return parseNote.invoke(newParser.newInstance(tokens));
            } catch (java.lang.reflect.InvocationTargetException e) {
                return e; // a note the SLL stage gives up on: NoteParser parses it again with LL (rare)
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
