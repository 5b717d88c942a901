package org.tracenotes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceProgress;
import org.tracenotes.core.source.SourceTrees;

/**
 * The C source index on a kernel-sized tree, generated in the run: {@code tracenotes.files} files
 * (default 70,000) of about 15 KB of kernel-style C each (about 1 GB), in a temporary folder deleted
 * at the end; the soft-offline chain stands in {@code mm/memory-failure.c} and {@code mm/hugetlb.c}
 * among them. A plain harness (each step runs once and is timed with {@code System.nanoTime}): what it
 * times is a cold start and a cache hit, which repeated JMH iterations would turn into warm runs.
 *
 * <p>Times, each with its ratio to the baseline measured in the same run — reading every byte of the
 * tree once (what any index that looks at the files must at least do): the index opened without a
 * cache (the name scan of every file), then opened with its cache (a walk of the tree checking
 * modification times and sizes); {@code lint --source} of the seed, cold and warm. The operating
 * system's page cache is warm throughout (the tree was just written), so "cold" means no
 * {@code .tracenotes-cache}, not a cold disk.
 */
public final class SourceIndexBench {

    private SourceIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        int files = Integer.getInteger("tracenotes.files", 70_000);
        int size = Integer.getInteger("tracenotes.fileBytes", 15_000);
        Path seed = Path.of(System.getProperty("tracenotes.seed", "samples/soft-offline.md")).toAbsolutePath();
        Path fixture = Path.of(System.getProperty("tracenotes.fixture", "core/src/test/resources/source/kernel"));
        Path root = Files.createTempDirectory("tracenotes-kernel-");
        try {
            long t0 = System.nanoTime();
            long bytes = generate(root, fixture, files, size);
            System.out.printf("generated %,d files, %,d bytes in %s (%.1f s)%n", files + 6, bytes, root, secs(t0));

            long c0 = cpu();
            long base = readAll(root);
            baseCpu = cpu() - c0;
            System.out.printf("%-40s %8.2f s                        cpu %6.2f s%n", "baseline: read every file once",
                    base / 1e9, baseCpu / 1e9);

            long cold = time(() -> open(root));
            report("index build, cold (no cache)", cold, base);
            long warm = time(() -> open(root));
            report("index build, warm (cache hit)", warm, base);

            deleteCache(root);
            long lintCold = time(() -> lint(root, seed));
            report("lint --source of the seed, cold", lintCold, base);
            long lintWarm = time(() -> lint(root, seed));
            report("lint --source of the seed, warm", lintWarm, base);
        } finally {
            if (!Boolean.getBoolean("tracenotes.keep")) {
                deleteTree(root);
            }
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void report(String what, long nanos, long base) {
        System.out.printf("%-40s %8.2f s   %5.2f× the baseline   cpu %6.2f s (%.2f× the baseline's)%n", what, nanos / 1e9,
                (double) nanos / base, lastCpu / 1e9, (double) lastCpu / baseCpu);
    }

    /** The process's CPU time of the last step timed, and of the baseline: steadier than wall time on a shared machine. */
    private static long lastCpu;
    private static long baseCpu;

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long time(Runnable r) {
        long c = cpu();
        long t = System.nanoTime();
        r.run();
        long wall = System.nanoTime() - t;
        lastCpu = cpu() - c;
        return wall;
    }

    private static SourceIndex open(Path root) {
        SourceTrees.Result r = SourceTrees.open(root, "c", List.of(), SourceProgress.NONE);
        if (r instanceof SourceTrees.Failed f) {
            throw new IllegalStateException(f.message());
        }
        return ((SourceTrees.Loaded) r).index();
    }

    /** What {@code tracenotes lint --source ROOT SEED} does: open the tree, lint the note against it. */
    private static void lint(Path root, Path seed) {
        SourceIndex index = open(root);
        LintSession.Result r = LintSession.run(List.of(seed), new LintSession.Options(Optional.empty(), Optional.empty(),
                null, index));
        long found = r.files().get(0).findings().stream().filter(d -> d.ruleId().equals("call-not-in-body")
                || d.ruleId().equals("condition-differs")).count();
        if (found != 2) {
            throw new IllegalStateException("expected the seed's two source findings, got " + r.files().get(0).findings());
        }
    }

    private static long readAll(Path root) throws IOException {
        long t = System.nanoTime();
        java.util.concurrent.atomic.LongAdder sum = new java.util.concurrent.atomic.LongAdder();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).parallel().forEach(p -> {
                try {
                    sum.add(Files.readAllBytes(p).length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return System.nanoTime() - t;
    }

    // ---------------------------------------------------------------- the generated tree

    private static final String[] DIRS = {"drivers/net", "drivers/gpu", "drivers/usb", "fs/ext4", "fs/btrfs", "net/ipv4",
        "kernel/sched", "arch/x86/kvm", "sound/core", "mm", "include/linux", "block", "crypto", "lib", "virt/kvm"};

    private static long generate(Path root, Path fixture, int files, int size) throws IOException {
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve(fixture.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
                bytes += Files.size(to);
            }
        }
        Random random = new Random(42);
        List<Path> dirs = new ArrayList<>();
        for (String d : DIRS) {
            for (int i = 0; i < 40; i++) {
                dirs.add(Files.createDirectories(root.resolve(d).resolve("part" + i)));
            }
        }
        for (int i = 0; i < files; i++) {
            Path dir = dirs.get(i % dirs.size());
            String ext = i % 5 == 0 ? ".h" : ".c";
            byte[] text = file(i, size, random).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("gen" + i + ext), text);
            bytes += text.length;
        }
        return bytes;
    }

    /** One file of kernel-style C: functions with ifs, loops, gotos and calls, about {@code size} bytes. */
    private static String file(int n, int size, Random random) {
        StringBuilder sb = new StringBuilder(size + 1024);
        sb.append("// SPDX-License-Identifier: GPL-2.0\n/* generated for the Tracenotes source-index benchmark */\n");
        sb.append("#include <linux/kernel.h>\n#include <linux/mm.h>\n\n");
        int f = 0;
        while (sb.length() < size) {
            String name = "gen" + n + "_fn" + f++;
            sb.append(f % 3 == 0 ? "static int\n" + name : "static int " + name).append("(struct page *page, unsigned long flags)\n{\n");
            sb.append("\tint ret = 0, i;\n\tstruct folio *folio = page_folio(page);\n\n");
            for (int s = 0; s < 6; s++) {
                int k = random.nextInt(1000);
                switch (s % 3) {
                    case 0 -> sb.append("\tif (flags & FLAG_").append(k).append(") {\n\t\tret = helper_").append(k)
                            .append("(folio, flags);\n\t\tif (ret < 0)\n\t\t\tgoto out;\n\t} else {\n\t\tother_")
                            .append(k).append("(page);\n\t}\n");
                    case 1 -> sb.append("\tfor (i = 0; i < ").append(k).append("; i++)\n\t\tstep_").append(k)
                            .append("(page, i);\n");
                    default -> sb.append("\tlist_for_each_entry(folio, &head_").append(k).append(", lru) {\n\t\tvisit_")
                            .append(k).append("(folio);\n\t}\n");
                }
            }
            sb.append("out:\n\treturn ret;\n}\n\n");
        }
        return sb.toString();
    }

    private static void deleteCache(Path root) throws IOException {
        Path cache = root.resolve(".tracenotes-cache");
        if (Files.exists(cache)) {
            deleteTree(cache);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
