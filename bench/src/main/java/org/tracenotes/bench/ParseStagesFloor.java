package org.tracenotes.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenStream;
import org.commonmark.parser.Parser;
import org.tracenotes.core.DeepStack;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.grammar.TraceLexer;

/**
 * The floor of the corpus parse: each cumulative stage of a Tracenotes parse timed over the same notes
 * as commonmark-java's parse, in the same round of one JVM (thread CPU time), as a ratio to it. The
 * stages: the decoding and the layout pass alone; the whole lexer (every token fetched, the layout
 * pass included); the lexer and ANTLR's parse (no model; {@code LineFallbackParser}, as
 * {@link NoteParser} runs it, over the parser's view of the tokens); the whole parse, as
 * {@code NoteParser.parse} runs it without its thread. A stage's ratio bounds from below what any
 * work on the stages after it can bring the whole to. With the lines read by hand ({@code CommonLines}),
 * the last two stages are also timed with every line left to ANTLR, and each round's with/without
 * ratio printed: the fast path's effect in one JVM, on the same warmed-up code. It replaces
 * {@code ParseStages}, which timed the last three stages without quartiles.
 *
 * <pre>
 * java -Dtracenotes.corpus=../shared/corpus -cp bench/target/benchmarks.jar org.tracenotes.bench.ParseStagesFloor [warm-up] [rounds]
 * </pre>
 */
public final class ParseStagesFloor {

    private static final String[] STAGES = {
        "decoding + layout pass", "lexer (all tokens, layout included)", "lexer + ANTLR parse (no model)",
        "whole parse (model too)", "lexer + ANTLR parse, no line by hand", "whole parse, no line by hand"};

    private static Object sink;

    private ParseStagesFloor() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Corpus corpus = Corpus.locate();
        List<String> texts = corpus.texts();
        List<String> names = corpus.names();
        NoteParser tracenotes = new NoteParser();
        Parser commonmark = Parser.builder().build();
        Stages stages = new Stages(tracenotes);
        int count = stages.byHand == null ? 4 : STAGES.length;   // before the lines read by hand: the first four
        String result = DeepStack.call("bench", () -> {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            List<List<Double>> ratios = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                ratios.add(new ArrayList<>());
            }
            List<Double> cmMs = new ArrayList<>();
            List<List<Double>> byHandRatio = List.of(new ArrayList<>(), new ArrayList<>());
            for (int r = -warm; r < rounds; r++) {
                long[] stage = new long[count];
                for (int k = 0; k < count; k++) {
                    int s = (k + Math.floorMod(r, count)) % count;   // the order turns each round
                    long c0 = mx.getCurrentThreadCpuTime();
                    for (int i = 0; i < texts.size(); i++) {
                        sink = stages.run(s, names.get(i), texts.get(i));
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
                    for (int s = 0; s < count; s++) {
                        ratios.get(s).add((double) stage[s] / cm);
                    }
                    if (count > 4) {
                        byHandRatio.get(0).add((double) stage[2] / stage[4]);
                        byHandRatio.get(1).add((double) stage[3] / stage[5]);
                    }
                }
            }
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "corpus: %s%ncommonmark-java: %.1f ms a pass (thread CPU, median of %d rounds)%n",
                    corpus.describe(), quartiles(cmMs)[1], rounds));
            out.append("stage / commonmark-java, median (quartiles):");
            for (int s = 0; s < count; s++) {
                double[] q = quartiles(ratios.get(s));
                out.append(String.format(Locale.ROOT, "%n  %-40s %.2f (%.2f-%.2f)", STAGES[s], q[1], q[0], q[2]));
            }
            if (count > 4) {
                double[] parse = quartiles(byHandRatio.get(0));
                double[] all = quartiles(byHandRatio.get(1));
                out.append(String.format(Locale.ROOT, "%nwith lines by hand / without, same round: lexer + ANTLR parse %.3f (%.3f-%.3f),"
                        + " whole parse %.3f (%.3f-%.3f)", parse[1], parse[0], parse[2], all[1], all[0], all[2]));
            }
            return out.toString();
        }).value();
        System.out.println(result);
    }

    /** The stages, each reached through the parser's package-private methods. */
    private static final class Stages {
        private final NoteParser whole;
        private final Constructor<?> newParser;
        private final Method parseNote;
        private final Method parseHere;
        private final Method parserView;
        /** {@code CommonLines.enabled}, or null before the lines read by hand. */
        final java.lang.reflect.Field byHand;

        Stages(NoteParser whole) throws ReflectiveOperationException {
            this.whole = whole;
            Class<?> fallback = Class.forName("org.tracenotes.core.parse.LineFallbackParser");
            newParser = fallback.getDeclaredConstructor(TokenStream.class);
            newParser.setAccessible(true);
            parseNote = fallback.getDeclaredMethod("parseNote");
            parseNote.setAccessible(true);
            parseHere = NoteParser.class.getDeclaredMethod("parseHere", String.class, String.class, List.class);
            parseHere.setAccessible(true);
            Method view = null;
            try {
                // the token view the parser reads when common lines are read by hand (absent before)
                view = Class.forName("org.tracenotes.core.parse.CommonLines")
                        .getDeclaredMethod("parserView", CommonTokenStream.class);
                view.setAccessible(true);
            } catch (ClassNotFoundException | NoSuchMethodException e) {
                view = null;
            }
            parserView = view;
            java.lang.reflect.Field on = null;
            if (view != null) {
                on = view.getDeclaringClass().getDeclaredField("enabled");
                on.setAccessible(true);
            }
            byHand = on;
        }

        Object run(int s, String name, String text) {
            try {
                if (s == 3 || s == 5) {
                    if (s == 5) {
                        byHand.setBoolean(null, false);
                    }
                    try {
                        return parseHere.invoke(whole, name, text, List.of());
                    } finally {
                        if (s == 5) {
                            byHand.setBoolean(null, true);
                        }
                    }
                }
                TraceLexer lexer = TraceLexer.over(text, name);
                lexer.removeErrorListeners();
                if (s == 0) {
                    return lexer.layoutFindings();
                }
                CommonTokenStream tokens = new CommonTokenStream(lexer);
                tokens.fill();
                if (s == 1) {
                    return tokens;
                }
                TokenStream input = parserView == null || s == 4 ? tokens : (TokenStream) parserView.invoke(null, tokens);
                try {
                    return parseNote.invoke(newParser.newInstance(input));
                } catch (InvocationTargetException e) {
                    return e;   // a note SLL and the lines' LL give up on: NoteParser parses it again with LL (rare)
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The lower quartile, median and upper quartile. */
    private static double[] quartiles(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        int n = sorted.size();
        return new double[] {sorted.get(n / 4), sorted.get(n / 2), sorted.get(3 * n / 4)};
    }
}
