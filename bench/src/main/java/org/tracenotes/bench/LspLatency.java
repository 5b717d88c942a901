package org.tracenotes.bench;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.tracenotes.cli.lsp.ServerLauncher;
import org.tracenotes.cli.lsp.TracenotesServer;
import org.tracenotes.core.ide.EditorNotes;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/**
 * How soon {@code tracenotes lsp} answers an editor: a scripted client drives the server in process
 * through LSP4J's launcher over piped streams (every message serialized as JSON-RPC, as over stdio)
 * and times, on the seed (the baseline) and on a {@link LongNote} of 10,000 lines, in the same run:
 *
 * <ul>
 *   <li>from a one-character {@code didChange} (an {@code x} typed after {@code folio_put}, then taken
 *       away, alternately) to the {@code publishDiagnostics} of that version, with the server's pause
 *       fixed at 0 ms (the work after the pause: apply the edit, parse, lint, map, send), adaptive (what
 *       {@code tracenotes lsp} does), and fixed at 200 ms (the pause before the adaptive one);</li>
 *   <li>a hover on a call sent right after such a change (the note parsed again and the navigation
 *       rebuilt) and the same hover again (warm);</li>
 *   <li>in process, without the protocol: the whole parse of the changed text, its parse from the last
 *       version's note (the changed section alone, as the server parses it), and its lint.</li>
 * </ul>
 *
 * <p>Each figure is over {@code --reps} changes after {@code --warmup} unmeasured ones, as percentiles;
 * the last column is the long note's median over the seed's. Compare ratios, not times, across
 * machines. Usage: {@code java -cp bench/target/benchmarks.jar org.tracenotes.bench.LspLatency
 * [--reps 40] [--warmup 30] [--lines 10000]}, from the repository root.
 */
public final class LspLatency {

    private static final long TIMEOUT_S = 120;
    /** LSP4J's loggers, silenced: closing a client's pipes makes its reader log a broken pipe. */
    private static final java.util.logging.Logger LSP4J = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");

    private LspLatency() {
    }

    // ------------------------------------------------------------------ the client

    /** A client over pipes to an in-process server; diagnostics are queued with the time they arrived. */
    static final class Client implements LanguageClient, AutoCloseable {
        record Published(long at, PublishDiagnosticsParams params) { }

        final BlockingQueue<Published> diagnostics = new LinkedBlockingQueue<>();
        final LanguageServer server;
        final TracenotesServer impl;
        private final PipedOutputStream toServer;

        Client(long debounceMs) {
            try {
                PipedInputStream serverIn = new PipedInputStream(1 << 20);
                toServer = new PipedOutputStream(serverIn);
                PipedInputStream clientIn = new PipedInputStream(1 << 20);
                PipedOutputStream toClient = new PipedOutputStream(clientIn);
                impl = new TracenotesServer("bench", code -> { }, debounceMs);
                ServerLauncher.create(impl, serverIn, toClient).startListening();
                Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
                launcher.startListening();
                server = launcher.getRemoteProxy();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void initialize(Path folder) throws Exception {
            InitializeParams p = new InitializeParams();
            p.setProcessId((int) ProcessHandle.current().pid());
            p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString())));
            p.setCapabilities(new ClientCapabilities());
            server.initialize(p).get(TIMEOUT_S, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
        }

        /** The diagnostics of {@code version} (older versions' are dropped). */
        Published await(String uri, int version) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            while (System.nanoTime() < end) {
                Published p = diagnostics.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (p != null && p.params.getUri().equals(uri) && p.params.getVersion() != null
                        && p.params.getVersion() >= version) {
                    if (p.params.getVersion() != version) {
                        throw new IllegalStateException("got version " + p.params.getVersion() + ", waiting for " + version);
                    }
                    return p;
                }
            }
            throw new IllegalStateException("no diagnostics of version " + version + " within " + TIMEOUT_S + " s");
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(new Published(System.nanoTime(), params));
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }

        @Override
        public void close() throws IOException {
            toServer.close();
        }
    }

    // ------------------------------------------------------------------ one note

    /** A note on disk in a folder of its own (the server's workspace), and where the script edits and hovers. */
    record Subject(String name, Path file, String text, Position edit, Position hover) {

        int lines() {
            return (int) text.lines().count();
        }
    }

    /**
     * The note written to a fresh folder; the edit goes after the {@code folio_put} nearest the middle
     * line, the hover on the {@code get_any_page} call nearest it.
     */
    static Subject subject(String name, String text) throws IOException {
        Path dir = Files.createTempDirectory("tracenotes-lsp-bench-");
        dir.toFile().deleteOnExit();
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        List<String> lines = text.lines().toList();
        return new Subject(name, file, text, near(lines, "=> folio_put(", "folio_put".length()),
                near(lines, "= get_any_page", 2));
    }

    /** The position {@code after} UTF-16 units into {@code marker}'s name, on the line holding it nearest the middle. */
    private static Position near(List<String> lines, String marker, int after) {
        int best = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker) && (best < 0 || Math.abs(i - lines.size() / 2) < Math.abs(best - lines.size() / 2))) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("no `" + marker + "` in the note");
        }
        String l = lines.get(best);
        int name = l.indexOf(marker) + (marker.startsWith("=> ") ? 3 : marker.startsWith("= ") ? 2 : 0);
        return new Position(best, name + after);
    }

    /** The change of version {@code v}: even versions type an {@code x}, odd ones take it away. */
    private static DidChangeTextDocumentParams change(String uri, int v, Position at) {
        boolean type = v % 2 == 0;
        Range r = new Range(at, type ? at : new Position(at.getLine(), at.getCharacter() + 1));
        return new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v),
                List.of(new TextDocumentContentChangeEvent(r, type ? "x" : "")));
    }

    private static String edited(Subject s, int v) {
        if (v % 2 != 0) {
            return s.text;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(s.text.split("\n", -1)));
        String l = lines.get(s.edit.getLine());
        lines.set(s.edit.getLine(), l.substring(0, s.edit.getCharacter()) + "x" + l.substring(s.edit.getCharacter()));
        return String.join("\n", lines);
    }

    /** Times from each change to its diagnostics, in ms, with the server's pause fixed at {@code debounceMs} (-1: adaptive). */
    static double[] diagnostics(Subject s, long debounceMs, int warmup, int reps, long[] pauseAfter) throws Exception {
        try (Client c = new Client(debounceMs)) {
            c.initialize(s.file.getParent());
            String uri = s.file.toUri().toString();
            c.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, s.text)));
            c.await(uri, 1);
            double[] out = new double[reps];
            for (int i = 0; i < warmup + reps; i++) {
                int v = i + 2;
                long start = System.nanoTime();
                c.server.getTextDocumentService().didChange(change(uri, v, s.edit));
                Client.Published p = c.await(uri, v);
                boolean typo = p.params.getDiagnostics().stream().anyMatch(d -> d.getMessage().contains("`folio_putx`"));
                if (typo != (v % 2 == 0)) {
                    throw new IllegalStateException("version " + v + " of " + s.name + ": the typed x was "
                            + (typo ? "still" : "not") + " found");
                }
                if (i >= warmup) {
                    out[i - warmup] = (p.at - start) / 1e6;
                }
            }
            pauseAfter[0] = c.impl.lintPauseMs(uri);
            return out;
        }
    }

    /** Hovers right after a change ([0]) and again once it is linted ([1]), in ms, on the adaptive server. */
    static double[][] hovers(Subject s, int warmup, int reps) throws Exception {
        try (Client c = new Client(-1)) {
            c.initialize(s.file.getParent());
            String uri = s.file.toUri().toString();
            c.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, s.text)));
            c.await(uri, 1);
            double[][] out = new double[2][reps];
            HoverParams hover = new HoverParams(new TextDocumentIdentifier(uri), s.hover);
            for (int i = 0; i < warmup + reps; i++) {
                int v = i + 2;
                c.server.getTextDocumentService().didChange(change(uri, v, s.edit));
                long start = System.nanoTime();
                Hover h = c.server.getTextDocumentService().hover(hover).get(TIMEOUT_S, TimeUnit.SECONDS);
                long cold = System.nanoTime() - start;
                c.await(uri, v);
                start = System.nanoTime();
                Hover again = c.server.getTextDocumentService().hover(hover).get(TIMEOUT_S, TimeUnit.SECONDS);
                long warm = System.nanoTime() - start;
                if (h == null || again == null || !h.getContents().getRight().getValue().contains("get_any_page")) {
                    throw new IllegalStateException("no hover on get_any_page in " + s.name + ": " + h);
                }
                if (i >= warmup) {
                    out[0][i - warmup] = cold / 1e6;
                    out[1][i - warmup] = warm / 1e6;
                }
            }
            return out;
        }
    }

    /**
     * In process, in ms: the whole parse ([0]) of the changed text, its parse from the last version's
     * note ([1], what the server does: the changed section alone), and its lint ([2]).
     */
    static double[][] work(Subject s, int warmup, int reps) {
        double[][] out = new double[3][reps];
        Path path = s.file.toAbsolutePath();
        NoteParser parser = EditorNotes.parser(path, path.toString());
        int at = org.tracenotes.core.ide.TextLines.of(s.text).offset(s.edit.getLine(), s.edit.getCharacter());
        Note last = parser.parse(path.toString(), s.text);
        for (int i = 0; i < warmup + reps; i++) {
            int v = i + 2;
            String text = edited(s, v);
            long start = System.nanoTime();
            Note n = EditorNotes.parse(path, path.toString(), text);
            long parsed = System.nanoTime();
            Note again = v % 2 == 0 ? parser.reparse(last, at, at, "x") : parser.reparse(last, at, at + 1, "");
            long reparsed = System.nanoTime();
            LintSession.Result r = LintSession.lint(again, path, List.of(again), LintSession.Options.defaults());
            long linted = System.nanoTime();
            if (!again.equals(n) || r.files().get(0).findings().isEmpty()) {
                throw new IllegalStateException("the parse from the last version differs from the whole parse, or no findings, in " + s.name);
            }
            last = again;
            if (i >= warmup) {
                out[0][i - warmup] = (parsed - start) / 1e6;
                out[1][i - warmup] = (reparsed - parsed) / 1e6;
                out[2][i - warmup] = (linted - reparsed) / 1e6;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ figures

    /** The nearest-rank percentile {@code p} (0–100) of {@code ms}. */
    static double percentile(double[] ms, double p) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String fmt(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms)
                : String.format(Locale.ROOT, "%.2f", ms);
    }

    public static void main(String[] args) throws Exception {
        int reps = 40;
        int warmup = 30;
        int lines = 10_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--lines" -> lines = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: LspLatency [--reps N] [--warmup N] [--lines N]");
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: LspLatency [--reps N] [--warmup N] [--lines N]");
        }
        LSP4J.setLevel(java.util.logging.Level.OFF);
        String seedText = LongNote.seed();
        List<Subject> subjects = List.of(subject("soft-offline.md", seedText), subject("long-note.md", LongNote.of(seedText, lines)));
        System.out.printf(Locale.ROOT, "tracenotes lsp latency: %d changes measured after %d unmeasured, per figure; "
                        + "%d cores, Java %s, load average %.2f at the start%n", reps, warmup,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Subject s : subjects) {
            System.out.printf(Locale.ROOT, "  %s: %d lines, %d bytes; edit at %d:%d, hover at %d:%d (1-based)%n", s.name, s.lines(),
                    s.text.getBytes(StandardCharsets.UTF_8).length, s.edit.getLine() + 1, s.edit.getCharacter() + 1,
                    s.hover.getLine() + 1, s.hover.getCharacter() + 1);
        }
        // figure name -> one series per subject
        Map<String, List<double[]>> figures = new LinkedHashMap<>();
        Map<String, List<Long>> pauses = new LinkedHashMap<>();
        for (Subject s : subjects) {
            long[] pause = new long[1];
            add(figures, "change → diagnostics, pause 0 ms (the work after the pause)", diagnostics(s, 0, warmup, reps, pause));
            add(figures, "change → diagnostics, adaptive pause (tracenotes lsp)", diagnostics(s, -1, warmup, reps, pause));
            pauses.computeIfAbsent("adaptive", k -> new ArrayList<>()).add(pause[0]);
            add(figures, "change → diagnostics, fixed 200 ms pause (before)", diagnostics(s, 200, warmup, reps, pause));
            double[][] h = hovers(s, warmup, reps);
            add(figures, "hover right after a change", h[0]);
            add(figures, "hover again (warm)", h[1]);
            double[][] w = work(s, warmup, reps);
            add(figures, "in process: whole parse", w[0]);
            add(figures, "in process: parse from the last version (the changed section)", w[1]);
            add(figures, "in process: lint (rules, runs)", w[2]);
        }
        System.out.println();
        System.out.printf("| figure (ms) | %s p50 / p90 / max | %s p50 / p90 / max | ratio of p50 |%n",
                subjects.get(0).name, subjects.get(1).name);
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, List<double[]>> e : figures.entrySet()) {
            double[] seed = e.getValue().get(0);
            double[] big = e.getValue().get(1);
            System.out.printf(Locale.ROOT, "| %s | %s / %s / %s | %s / %s / %s | **%.1f** |%n", e.getKey(),
                    fmt(percentile(seed, 50)), fmt(percentile(seed, 90)), fmt(percentile(seed, 100)),
                    fmt(percentile(big, 50)), fmt(percentile(big, 90)), fmt(percentile(big, 100)),
                    percentile(big, 50) / percentile(seed, 50));
        }
        System.out.println();
        System.out.println("adaptive pause at the end: " + subjects.get(0).name + " " + pauses.get("adaptive").get(0)
                + " ms, " + subjects.get(1).name + " " + pauses.get("adaptive").get(1) + " ms");
        System.exit(0);   // LSP4J's listener threads
    }

    private static void add(Map<String, List<double[]>> figures, String name, double[] ms) {
        figures.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
        System.err.printf(Locale.ROOT, "  %s #%d: p50 %s ms%n", name, figures.get(name).size(), fmt(percentile(ms, 50)));
    }
}
