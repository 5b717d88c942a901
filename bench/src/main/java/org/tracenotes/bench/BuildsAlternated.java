package org.tracenotes.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds' corpus parse in one JVM, for a machine too loaded for two processes' figures to compare:
 * each build's {@code benchmarks.jar} in a class loader of its own, their passes over the corpus
 * alternating on one thread (which goes first alternates too), each timed in that thread's CPU time;
 * the figure is the median of the rounds' after/before ratios, so the load's drift over a run falls
 * out of it. Calls {@code NoteParser.parseWhole} (the parse without the thread hand-off), as
 * {@link ThreadCpuTimes} does.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tracenotes.bench.BuildsAlternated BEFORE.jar AFTER.jar [warm-up rounds] [rounds]
 * </pre>
 */
public final class BuildsAlternated {

    private static Object sink;

    private BuildsAlternated() {
    }

    public static void main(String[] a) throws Exception {
        int warm = a.length > 2 ? Integer.parseInt(a[2]) : 30;
        int rounds = a.length > 3 ? Integer.parseInt(a[3]) : 60;
        Corpus corpus = Corpus.locate();
        List<String> texts = corpus.texts();
        List<String> names = corpus.names();
        System.out.println(corpus.describe());
        Method[] parse = new Method[2];
        Object[] parser = new Object[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader cl = new URLClassLoader(new URL[] {Paths.get(a[k]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> np = cl.loadClass("org.tracenotes.core.parse.NoteParser");
            parser[k] = np.getConstructor().newInstance();
            parse[k] = np.getDeclaredMethod("parseWhole", String.class, String.class, List.class);
            parse[k].setAccessible(true);
        }
        Thread t = new Thread(null, () -> {
            try {
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                List<Double> ratio = new ArrayList<>();
                double[] sum = new double[2];
                for (int r = -warm; r < rounds; r++) {
                    double[] ms = new double[2];
                    for (int kk = 0; kk < 2; kk++) {
                        int k = (r & 1) == 0 ? kk : 1 - kk;   // which goes first alternates too
                        long c0 = mx.getCurrentThreadCpuTime();
                        for (int i = 0; i < texts.size(); i++) {
                            sink = parse[k].invoke(parser[k], names.get(i), texts.get(i), List.of());
                        }
                        ms[k] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                    }
                    if (r >= 0) {
                        ratio.add(ms[1] / ms[0]);
                        sum[0] += ms[0];
                        sum[1] += ms[1];
                    }
                }
                Collections.sort(ratio);
                System.out.printf("before %.1f ms, after %.1f ms a pass (means of %d); after/before median %.3f (quartiles %.3f to %.3f)%n",
                        sum[0] / rounds, sum[1] / rounds, rounds, ratio.get(ratio.size() / 2), ratio.get(ratio.size() / 4), ratio.get(3 * ratio.size() / 4));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }, "bench", 1L << 29);
        t.start(); t.join();
    }
}
